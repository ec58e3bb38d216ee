import { expect, test } from "@playwright/test";

const LOCALES = [
  { locale: "de", tag: "de-DE", heading: /Nordrhein-Westfalen/ },
  { locale: "ja", tag: "ja-JP", heading: /ノルトライン/ },
  { locale: "en", tag: "en", heading: /North Rhine-Westphalia/ },
];

for (const { locale, heading } of LOCALES) {
  test(`/${locale} answers in its language with hreflang alternates`, async ({ page }) => {
    const response = await page.goto(`/${locale}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    for (const { tag } of LOCALES) {
      await expect(page.locator(`link[rel="alternate"][hreflang="${tag}"]`)).toHaveCount(1);
    }
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute("href", /\/de$/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/${locale}$`));
  });
}

test("/ redirects by Accept-Language, then to German", async ({ request }) => {
  const ja = await request.get("/", { headers: { "Accept-Language": "ja,en;q=0.8" }, maxRedirects: 0 });
  expect(ja.status()).toBeGreaterThanOrEqual(300);
  expect(ja.headers()["location"]).toMatch(/\/ja$/);
  const other = await request.get("/", { headers: { "Accept-Language": "fr-FR" }, maxRedirects: 0 });
  expect(other.headers()["location"]).toMatch(/\/de$/);
});

test("/ prefers the language cookie over Accept-Language", async ({ request }) => {
  const response = await request.get("/", { headers: { "Accept-Language": "ja", Cookie: "NEXT_LOCALE=en" }, maxRedirects: 0 });
  expect(response.headers()["location"]).toMatch(/\/en$/);
});

test("the language switcher keeps the current page", async ({ page }) => {
  await page.goto("/de/municipalities");
  await page.getByRole("navigation", { name: "Sprache wählen" }).getByRole("link", { name: "日本語" }).click();
  await expect(page).toHaveURL(/\/ja\/municipalities$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
});

test("an unknown page gets a 404 in the visitor's language", async ({ page }) => {
  const response = await page.goto("/ja/does-not-exist");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("お探しのページは見つかりませんでした");
});

test("/api/health reports the database up and migrations current", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.database.reachable).toBe(true);
  expect(body.migrations.current).toBe(true);
  expect(body.migrations.pending).toEqual([]);
});
