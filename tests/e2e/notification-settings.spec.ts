// Staff choose their notifications on the account page and keep their organisation's
// saved replies: both forms work without JavaScript, refused input answers with a
// translated error (a saved reply's text is kept), and axe finds nothing in de/ja/en,
// error states included.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { withE2eDatabase } from "./support/database";
import { signIn } from "./support/staff";
import { axeViolations } from "./support/axe";

const axe = (page: Page) => axeViolations(page);

/** A signed-in page with JavaScript (for axe) and one without, sharing the session. */
async function signedIn(browser: Browser, email: string) {
  const withScript = await browser.newContext();
  const page = await withScript.newPage();
  await signIn(page, email, "de");
  const withoutScript = await browser.newContext({ javaScriptEnabled: false, storageState: await withScript.storageState() });
  return { page, plain: await withoutScript.newPage(), close: async () => (await withoutScript.close(), await withScript.close()) };
}

const settingsOf = (email: string) =>
  withE2eDatabase(async (c) => {
    const user = (await c.query<{ id: string; mailLocale: string | null; uiLocale: string | null }>(`SELECT id, "mailLocale", "uiLocale" FROM "User" WHERE email = $1`, [email])).rows[0]!;
    const modes = (await c.query<{ kind: string; mode: string }>(`SELECT kind, mode FROM "NotificationPreference" WHERE "userId" = $1 ORDER BY kind`, [user.id])).rows;
    return { mailLocale: user.mailLocale, uiLocale: user.uiLocale, modes: Object.fromEntries(modes.map((m) => [m.kind, m.mode])) };
  });

test("a partner chooses a daily digest for replies and English mails, without JavaScript; the form is accessible in de/ja/en", async ({ browser }) => {
  const email = "koeln@example.org";
  const { page, plain, close } = await signedIn(browser, email);

  await plain.goto("/de/admin/account");
  const replies = plain.getByRole("group", { name: "Die anfragende Person hat geantwortet" });
  await expect(replies.getByRole("radio", { name: "Sofort" })).toBeChecked();
  await expect(plain.getByLabel("Sprache meiner E-Mails")).toHaveValue("");
  await replies.getByRole("radio", { name: "Tägliche Zusammenfassung" }).check();
  await plain.getByRole("group", { name: "Eine Weiterleitung an meine Stelle wurde zurückgezogen" }).getByRole("radio", { name: "Aus" }).check();
  await plain.getByLabel("Sprache meiner E-Mails").selectOption("en");
  await plain.getByRole("button", { name: "Einstellungen speichern" }).click();
  await expect(plain).toHaveURL(/notifications=saved/);
  await expect(plain.locator("#notifications-result")).toHaveText("Ihre Einstellungen sind gespeichert.");
  await expect(replies.getByRole("radio", { name: "Tägliche Zusammenfassung" })).toBeChecked();
  await expect(plain.getByLabel("Sprache meiner E-Mails")).toHaveValue("en");
  expect(await settingsOf(email)).toEqual({
    mailLocale: "en",
    uiLocale: "de",
    modes: { forwarded: "IMMEDIATE", reply: "DIGEST", responded: "IMMEDIATE", withdrawn: "OFF", reminder: "IMMEDIATE" },
  });

  // A hand-made answer the form never sends is refused with a translated message; nothing is stored.
  await page.goto("/de/admin/account");
  await page.getByRole("group", { name: "Die anfragende Person hat geantwortet" }).getByRole("radio", { name: "Sofort" }).evaluate((radio: HTMLInputElement) => {
    radio.value = "HOURLY";
    radio.checked = true;
  });
  await page.getByRole("button", { name: "Einstellungen speichern" }).click();
  await expect(page.locator("#notifications-result")).toHaveText(/Ihre Auswahl konnte nicht gelesen werden/);
  expect((await settingsOf(email)).modes.reply).toBe("DIGEST");
  expect(await axe(page)).toEqual([]);

  // Using the staff area in Japanese makes it the language of the mails (once "same as the staff area" is chosen again).
  for (const [locale, save, saved] of [
    ["ja", "設定を保存", "設定を保存しました。"],
    ["en", "Save settings", "Your settings have been saved."],
  ] as const) {
    await page.goto(`/${locale}/admin/account`);
    expect(await axe(page)).toEqual([]);
    await page.locator("#mail-locale").selectOption("");
    await page.getByRole("button", { name: save }).click();
    await expect(page.locator("#notifications-result")).toHaveText(saved);
    expect(await axe(page)).toEqual([]);
    expect(await settingsOf(email)).toMatchObject({ mailLocale: null, uiLocale: locale });
  }

  // Back to the defaults and German, for the other tests of the run.
  await page.goto("/de/admin/account");
  for (const group of await page.locator("fieldset").all()) await group.getByRole("radio", { name: "Sofort" }).check();
  await page.getByRole("button", { name: "Einstellungen speichern" }).click();
  await expect(page.locator("#notifications-result")).toHaveText("Ihre Einstellungen sind gespeichert.");
  expect(await settingsOf(email)).toMatchObject({ mailLocale: null, uiLocale: "de", modes: { forwarded: "IMMEDIATE", reply: "IMMEDIATE", responded: "IMMEDIATE", withdrawn: "IMMEDIATE", reminder: "IMMEDIATE" } });
  await close();
});

test("Essen edits and deletes its saved replies without JavaScript; a refused edit keeps the text", async ({ browser }) => {
  const { page, plain, close } = await signedIn(browser, "essen@example.org");
  await plain.goto("/de/admin/saved-replies");
  await expect(plain.getByRole("heading", { level: 1 })).toHaveText("Textbausteine");
  const german = plain.getByTestId("saved-reply").filter({ hasText: "Übernahme und Besichtigung" });
  const edited = "Wir haben Ihre Anfrage übernommen. <b>Besichtigung</b> gern ab Januar.";
  await german.getByLabel("Titel").fill("");
  await german.getByLabel("Text").fill(edited);
  await german.getByRole("button", { name: "Änderungen speichern" }).click();
  const refused = plain.getByTestId("saved-reply").filter({ hasText: "Übernahme und Besichtigung" });
  await expect(refused.getByRole("alert")).toContainText("Geben Sie einen Titel");
  await expect(refused.getByLabel("Text")).toHaveValue(edited);
  await refused.getByLabel("Titel").fill("Übernahme und Besichtigung (Januar)");
  await refused.getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(plain.getByRole("status").filter({ hasText: "Änderungen gespeichert." })).toBeVisible();
  expect(
    await withE2eDatabase(async (c) => (await c.query(`SELECT 1 FROM "MessageTemplate" WHERE title = $1 AND body = $2`, ["Übernahme und Besichtigung (Januar)", edited])).rowCount),
  ).toBe(1);

  // Deleting asks once more (a details element, no script needed).
  const japanese = plain.getByTestId("saved-reply").filter({ hasText: "担当のご挨拶と視察のご案内" });
  await japanese.getByText("Löschen …").click();
  await japanese.getByRole("button", { name: "Endgültig löschen" }).click();
  await expect(plain.locator("#result")).toHaveText("Der Textbaustein wurde gelöscht.");
  await expect(plain.getByText("担当のご挨拶と視察のご案内")).toHaveCount(0);

  // axe in every language, the error state included.
  for (const locale of ["de", "ja", "en"]) {
    await page.goto(`/${locale}/admin/saved-replies`);
    expect(await axe(page)).toEqual([]);
    const first = page.getByTestId("saved-reply").first();
    await first.locator('input[name="title"]').fill("");
    await first.locator('button[type="submit"]').first().click();
    await expect(first.getByRole("alert")).toBeVisible();
    expect(await axe(page)).toEqual([]);
  }
  await close();
});
