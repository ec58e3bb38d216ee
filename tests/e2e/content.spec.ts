import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { signIn, signOut } from "./support/staff";

// The content area (issue #19): Essen's staff edit their profile in de/ja/en side by side;
// a draft leaves the public page alone; a missing Japanese text blocks publishing with a
// message naming field and language; the gateway approves and the public profile shows
// the change in all three languages on the next request; Köln cannot open Essen's editor;
// restoring the first version brings the seed's text back (so the rest of the suite sees it).
const EDITOR = "/admin/content/profile/essen";
const NEW = { de: "Essen: Wasserstoff, Energie und Gesundheit – neu beschrieben", ja: "水素・エネルギー・医療のまち、エッセン（改訂）", en: "Essen: hydrogen, energy and health – described anew" } as const;

const publicTagline = async (page: Page, locale: string) => {
  await page.goto(`/${locale}/municipalities/essen`);
  return page.locator("main h1 ~ p.max-w-3xl.text-lg").textContent();
};

test("essen@ edits its profile, the gateway approves, the public sees it; koeln@ gets 404; restore brings the first version back", async ({ page }) => {
  // Three sign-ins and a dozen pages, four of them analysed by axe.
  test.setTimeout(240_000);
  const before = { de: await publicTagline(page, "de"), ja: await publicTagline(page, "ja"), en: await publicTagline(page, "en") };

  await signIn(page, "essen@example.org", "de");
  await page.goto(`/de${EDITOR}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Essen");
  // The three languages side by side, each labelled with field and language.
  await expect(page.getByLabel("Kurzbeschreibung (Japanisch)")).toHaveValue(before.ja!);
  await expectNoAxeViolations(page, "editor de");

  await page.locator("#field-tagline-de").fill(NEW.de);
  await page.locator("button[name=intent][value=draft]").click();
  await expect(page.locator("#result[role=status]")).toContainText("Entwurf ist gespeichert");
  await expect(page.locator("#field-tagline-de")).toHaveValue(NEW.de);
  const editorUrl = page.url();
  expect(await publicTagline(page, "de")).toBe(before.de);

  await page.goto(editorUrl);
  await page.locator("#field-tagline-ja").fill("");
  await page.locator("button[name=intent][value=publish]").click();
  await expect(page.locator("#result[role=alert]")).toContainText("Japanisch: Kurzbeschreibung fehlt");
  await expect(page.locator("#field-tagline-ja")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#field-tagline-de")).toHaveValue(NEW.de);
  await expectNoAxeViolations(page, "editor de, error");
  // The same error state in Japanese and English.
  await page.goto(`/ja${EDITOR}?result=blocked`);
  await expect(page.locator("#result[role=alert]")).toContainText("日本語：概要が入力されていません");
  await expectNoAxeViolations(page, "editor ja, error");
  await page.goto(`/en${EDITOR}?result=blocked`);
  await expect(page.locator("#result[role=alert]")).toContainText("Japanese: Short description is missing");
  await expectNoAxeViolations(page, "editor en, error");

  await page.goto(`/de${EDITOR}`);
  await page.locator("#field-tagline-ja").fill(NEW.ja);
  await page.locator("#field-tagline-en").fill(NEW.en);
  await page.locator("button[name=intent][value=publish]").click();
  await expect(page.locator("#result[role=status]")).toContainText("zur Freigabe vorgelegt");
  expect(await publicTagline(page, "de")).toBe(before.de);
  await page.goto(`/de${EDITOR}`);
  await signOut(page);

  await signIn(page, "koeln@example.org", "de");
  expect((await page.goto(`/de${EDITOR}`))?.status()).toBe(404);
  // The 404 page is a public page without the staff navigation: sign out from the staff area.
  await page.goto("/de/admin");
  await signOut(page);

  await signIn(page, "gateway@example.org", "ja");
  await page.goto(`/ja${EDITOR}`);
  await expectNoAxeViolations(page, "editor ja, approval");
  await page.locator("form:has(input[name=number]) button", { hasText: "承認して公開" }).click();
  await expect(page.locator("#result[role=status]")).toContainText("承認し、公開しました");
  for (const locale of ["de", "ja", "en"] as const) expect(await publicTagline(page, locale)).toBe(NEW[locale]);

  await page.goto(`/en${EDITOR}`);
  await expectNoAxeViolations(page, "editor en");
  await page.getByRole("button", { name: "Restore version 1" }).click();
  await expect(page.locator("#result[role=status]")).toContainText("Version 1 is restored");
  await expect(page.locator("#field-tagline-en")).toHaveValue(before.en!);
  await page.locator("button[name=intent][value=publish]").click();
  await expect(page.locator("#result[role=status]")).toContainText("Published");
  for (const locale of ["de", "ja", "en"] as const) expect(await publicTagline(page, locale)).toBe(before[locale]);
});
