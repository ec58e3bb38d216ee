import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { MUNICIPALITY_SLUGS } from "../../lib/domain/catalog";
import { PUBLIC_PATHS } from "../../lib/public-pages";

const LOCALES = ["de", "ja", "en"] as const;
const PAGES = [...PUBLIC_PATHS.filter((p) => !p.startsWith("/inquiry")), ...MUNICIPALITY_SLUGS.map((slug) => `/municipalities/${slug}`)];

test.describe("every public page", () => {
  for (const locale of LOCALES) {
    for (const path of PAGES) {
      test(`/${locale}${path} answers 200 and has no axe violations`, async ({ page }) => {
        const response = await page.goto(`/${locale}${path}`);
        expect(response?.status()).toBe(200);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expect(page.locator("h1")).toHaveCount(1);
        await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/${locale}${path}$`));
        const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      });
    }
  }
});

test("every profile links to the inquiry form with its municipality preselected", async ({ page }) => {
  for (const slug of MUNICIPALITY_SLUGS) {
    await page.goto(`/en/municipalities/${slug}`);
    await expect(page.locator(`main a[href="/en/inquiry?municipality=${slug}"]`)).toHaveCount(1);
  }
});

test("the sitemap lists every page in every language with its alternates", async ({ request }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  for (const locale of LOCALES) {
    for (const path of [...PUBLIC_PATHS, ...MUNICIPALITY_SLUGS.map((slug) => `/municipalities/${slug}`)]) {
      expect(xml).toContain(`/${locale}${path}</loc>`);
    }
  }
  expect(xml).toContain('hreflang="ja-JP"');
  expect(xml).toContain('hreflang="x-default"');
});

test("an event can be downloaded as an iCalendar file", async ({ page, request }) => {
  await page.goto("/ja/events");
  const href = await page.locator('a[href$=".ics"]').first().getAttribute("href");
  expect(href).toMatch(/^\/ja\/events\/.+\.ics$/);
  const response = await request.get(href!);
  expect(response.headers()["content-type"]).toContain("text/calendar");
  const body = await response.text();
  expect(body).toContain("BEGIN:VEVENT");
  expect(body).toMatch(/DTSTART:\d{8}T\d{6}Z/);
});

test("events show both German and Japanese time", async ({ page }) => {
  await page.goto("/en/events");
  const first = page.locator("article").first();
  await expect(first.getByText("Time in Germany")).toBeVisible();
  await expect(first.getByText("Time in Tokyo")).toBeVisible();
});
