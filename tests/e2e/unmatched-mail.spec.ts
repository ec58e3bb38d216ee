// The gateway's list "unmatched mail" (issue #16): mails the reply job could not file,
// written straight into the browser tests' database as the job would store them.
// axe in de/ja/en with and without an error, hostile text inert, filing by reference
// (the reply appears on the case), discarding, and the wall for partners.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { withE2eDatabase } from "./support/database";
import { signIn, signOut } from "./support/staff";
import { expectNoAxeViolations } from "./support/axe";


const HOSTILE_SUBJECT = `<img src=x onerror="window.__pwned=1"> Re: NT-2026-00001 ${"A".repeat(120)}`;
const HOSTILE_TEXT = `Hello <script>window.__pwned=1</script>\n<b>bold?</b> \u202Egnp.exe\n\n> quoted`;
const JAPANESE_TEXT = "ご連絡ありがとうございます。\n来週伺います。\n\n2026年12月2日(水) 10:00 NRW.Global Business <replies@agency.example>:\n> 以前のメッセージ";

type Row = { id: string; subject: string; fromAddress: string; fromName: string; text: string; reason: string };

async function insertMails(rows: Omit<Row, "id">[]): Promise<Row[]> {
  return withE2eDatabase(async (client) => {
    const stored: Row[] = [];
    for (const row of rows) {
      const id = randomUUID();
      await client.query(
        `INSERT INTO "InboundMail" ("id", "messageId", "status", "reason", "fromAddress", "fromName", "subject", "text", "receivedAt")
         VALUES ($1, $2, 'UNMATCHED', $3::"UnmatchedReason", $4, $5, $6, $7, now())`,
        [id, `<e2e-${id}@example.test>`, row.reason, row.fromAddress, row.fromName, row.subject, row.text],
      );
      stored.push({ id, ...row });
    }
    return stored;
  });
}

/** An open inquiry to file the mail on; another browser test may have written to it, so the checks look for this mail's own text. */
const openReference = () =>
  withE2eDatabase(async (client) => {
    const { rows } = await client.query<{ reference: string }>(
      `SELECT reference FROM "Inquiry" WHERE status <> 'CLOSED' AND "anonymisedAt" IS NULL ORDER BY reference DESC LIMIT 1`,
    );
    return rows[0]!.reference;
  });

test("the gateway's unmatched mail: accessible in de/ja/en, hostile text inert, file by reference and discard", async ({ page }) => {
  const [hostile, japanese, german] = await insertMails([
    { subject: HOSTILE_SUBJECT, fromAddress: "mallory@attacker.example", fromName: '"><svg onload=alert(1)>', text: HOSTILE_TEXT, reason: "NO_MATCH" },
    { subject: "Re: 照会のお礼", fromAddress: "hanako@example.jp", fromName: "山田 花子", text: JAPANESE_TEXT, reason: "NO_MATCH" },
    { subject: "Abwesenheitsnotiz", fromAddress: "anna@example.de", fromName: "Anna Schmidt", text: "Ich bin bis Montag nicht im Büro.", reason: "AUTOMATIC" },
  ]);
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  await signIn(page, "gateway@example.org", "de");
  for (const [locale, title] of [["de", "Nicht zugeordnete Mails"], ["ja", "未割り当てのメール"], ["en", "Unmatched mail"]] as const) {
    await page.goto(`/${locale}/admin/unmatched-mail`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByRole("navigation").getByRole("link", { name: title })).toBeVisible();
    // The nav says how many wait (three inserted above, perhaps more from the seed or other tests).
    await expect(page.getByRole("navigation").getByRole("link", { name: title })).toHaveAccessibleName(new RegExp(`^${title}.*\\d`));
    await expectNoAxeViolations(page);
  }

  // Hostile sender, subject and text are shown as text: no element, no script ran.
  const item = page.locator(`#mail-${hostile!.id}`);
  await expect(item.getByRole("heading", { level: 3 })).toHaveText(HOSTILE_SUBJECT);
  await expect(item).toContainText('"><svg onload=alert(1)> <mallory@attacker.example>');
  await item.getByText("Show the text as received").click();
  await expect(item.locator("pre")).toHaveText(HOSTILE_TEXT);
  await expect(page.locator('img[src="x"], svg[onload], script:text("__pwned")')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator(`#mail-${german!.id}`)).toContainText("it is an automatic answer (out of office, delivery report)");

  // A wrong reference: a translated error beside the field, what was typed kept, still accessible.
  const field = page.locator(`#reference-${japanese!.id}`);
  await field.fill("nt-2026");
  await page.locator(`#mail-${japanese!.id}`).getByRole("button", { name: "File on this case" }).click();
  await expect(page.locator(`#mail-${japanese!.id}-error`)).toHaveText("Enter a reference like NT-2026-00012.");
  await expect(field).toHaveValue("NT-2026");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
  for (const locale of ["de", "ja"] as const) {
    await page.goto(`/${locale}/admin/unmatched-mail?error=notFound&mail=${japanese!.id}&reference=NT-2026-99999#mail-${japanese!.id}`);
    await expect(page.locator(`#mail-${japanese!.id}-error`)).toContainText("NT-2026-99999");
    await expectNoAxeViolations(page);
  }

  // Filed on a case by reference: the reply without the quoted history appears there.
  const reference = await openReference();
  await page.goto("/en/admin/unmatched-mail");
  await page.locator(`#reference-${japanese!.id}`).fill(reference.toLowerCase());
  await page.locator(`#mail-${japanese!.id}`).getByRole("button", { name: "File on this case" }).click();
  await expect(page.getByRole("status")).toHaveText(`The mail was filed on ${reference} as the applicant's reply.`);
  await expect(page.locator(`#mail-${japanese!.id}`)).toHaveCount(0);
  await expect(page.locator("li", { hasText: `filed a mail on ${reference}` })).toBeVisible();
  await page.getByRole("status").getByRole("link", { name: reference }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(reference);
  await expect(page.getByText(/ご連絡ありがとうございます。\s*来週伺います。/)).toBeVisible();
  await expect(page.getByText("以前のメッセージ")).toHaveCount(0);
  await expect(page.getByText("E-mail from the applicant filed from the unmatched mail")).toBeVisible();

  // Discarded: gone from the list, recorded as handled.
  await page.goto("/ja/admin/unmatched-mail");
  await page.locator(`#mail-${german!.id}`).getByRole("button", { name: "破棄する" }).click();
  await expect(page.getByRole("status")).toHaveText("メールを破棄し、その内容を削除しました。");
  await expect(page.locator(`#mail-${german!.id}`)).toHaveCount(0);
  await expectNoAxeViolations(page);

  for (const [locale, width] of [["ja", 390], ["ja", 1280], ["de", 390], ["de", 1280]] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/${locale}/admin/unmatched-mail`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${locale} at ${width}px scrolls sideways`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-results/unmatched-mail-${locale}-${width}.png`, fullPage: true });
  }
  expect(dialogs).toEqual([]);
  await signOut(page);

  // A partner has no such page and no link to it.
  await signIn(page, "essen@example.org", "en");
  await expect(page.getByRole("navigation").getByRole("link", { name: "Unmatched mail" })).toHaveCount(0);
  const response = await page.goto("/en/admin/unmatched-mail");
  expect(response?.status()).toBe(404);
});
