import { expect, test } from "@playwright/test";
import { signIn } from "./support/staff";
import { expectNoAxeViolations } from "./support/axe";

// The staff dashboard: readable in every language and on a phone, axe-clean, and
// sharing its filters with the inbox in both directions.
const TITLES = { de: "Dashboard", ja: "ダッシュボード", en: "Dashboard" } as const;
const WEEKLY = { de: "Anfragen pro Woche", ja: "週ごとのお問い合わせ件数", en: "Inquiries per week" } as const;


for (const locale of ["de", "ja", "en"] as const) {
  test(`the dashboard in ${locale} shows its figures, has no axe violations and fits a phone`, async ({ page }) => {
    await signIn(page, "gateway@example.org", locale);
    const link = page.locator('nav a[href$="/admin/dashboard"]');
    await expect(link).toHaveText(TITLES[locale]);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/admin/dashboard$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLES[locale]);
    await expect(page.getByRole("heading", { level: 2, name: WEEKLY[locale] })).toBeVisible();
    // 26 weeks by default, each a row of the table behind the chart.
    await page.locator("figure details summary").click();
    await expect(page.locator("figure details tbody tr")).toHaveCount(26);
    await expectNoAxeViolations(page);

    await page.setViewportSize({ width: 375, height: 800 });
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLES[locale]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectNoAxeViolations(page);
  });
}

function countIn(text: string | null): number {
  return Number((text ?? "").replace(/[^\d]/g, "") || "0");
}

test("inbox and dashboard carry the same filters to each other and count the same inquiries", async ({ page }) => {
  await signIn(page, "gateway@example.org");
  await page.goto("/en/admin/inquiries?direction=TOKYO_TO_NRW");
  await page.getByRole("link", { name: "Show these filters on the dashboard" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/dashboard\?direction=TOKYO_TO_NRW$/);
  await expect(page.locator("#f-direction")).toHaveValue("TOKYO_TO_NRW");
  const directions = page.locator("table").filter({ has: page.locator("caption", { hasText: "By direction" }) });
  await expect(directions.locator("tbody tr").filter({ hasText: "NRW → Tokyo" }).locator("td")).toHaveText("0");
  const total = countIn(await page.locator("dl dd").first().textContent());
  expect(total).toBeGreaterThan(0);

  await page.getByRole("link", { name: "Show these inquiries in the inbox" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/inquiries\?.*direction=TOKYO_TO_NRW/);
  await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}/);
  expect(countIn(await page.locator("p[role=status]").textContent())).toBe(total);
});

const ESSEN = { de: "EWG – Essener Wirtschaftsförderungsgesellschaft", ja: "エッセン経済振興公社（EWG）", en: "EWG – Essen Economic Development Agency" } as const;
const OWN = { de: `Zahlen Ihrer Stelle (${ESSEN.de})`, ja: `${ESSEN.ja}の数値`, en: `Figures of your organisation (${ESSEN.en})` } as const;

for (const locale of ["de", "ja", "en"] as const) {
  test(`a partner's dashboard in ${locale} covers its own organisation only and has no axe violations`, async ({ page }) => {
    await signIn(page, "essen@example.org", locale);
    const link = page.locator('nav a[href$="/admin/dashboard"]');
    await expect(link).toHaveText(TITLES[locale]);
    await link.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLES[locale]);
    await expect(page.getByText(OWN[locale])).toBeVisible();
    // No "currently with" filter, and the per-partner table has Essen's row only.
    await expect(page.locator("#f-organisation")).toHaveCount(0);
    const partners = page.locator("table").filter({ has: page.locator("caption", { hasText: { de: "Nach Partner", ja: "パートナー別", en: "By partner" }[locale] }) });
    await expect(partners.locator("tbody tr")).toHaveCount(1);
    await expect(partners.locator("tbody tr th, tbody tr td").first()).toHaveText(ESSEN[locale]);
    await expectNoAxeViolations(page);
    if (locale !== "en") await page.screenshot({ path: `test-results/partner-dashboard-${locale}-1280.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 800 });
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectNoAxeViolations(page);
    if (locale !== "en") await page.screenshot({ path: `test-results/partner-dashboard-${locale}-390.png`, fullPage: true });
  });
}

test("administrators get no dashboard and no link to it", async ({ page }) => {
  await signIn(page, "admin@example.org");
  await expect(page.getByRole("link", { name: "Dashboard" })).toHaveCount(0);
  const response = await page.goto("/en/admin/dashboard");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Inquiries per week" })).toHaveCount(0);
});
