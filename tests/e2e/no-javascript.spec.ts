// Issue #23: content pages are delivered as HTML and CSS only (decision 0026). Each
// content page, in every language, references no script (no script element, no script
// preload), from its first render and from the cache, and its policy names no inline
// script; pages that need client code (the inquiry journey) keep theirs.
import { expect, test } from "@playwright/test";
import { locales } from "../../lib/i18n/routing";
import { referencesScript } from "../../lib/security/plain-html";
import de from "../../messages/de.json" with { type: "json" };
import ja from "../../messages/ja.json" with { type: "json" };

// Every cached content page (lib/security/cached-pages.ts) and a municipality profile.
const CONTENT_PATHS = ["", "/municipalities", "/municipalities/essen", "/tokyo", "/events", "/about", "/imprint", "/privacy", "/accessibility", "/leichte-sprache"];

test("content pages reference no script, in de, ja and en, first render and cached", async ({ request }) => {
  for (const locale of locales) {
    for (const path of CONTENT_PATHS) {
      const url = `/${locale}${path}`;
      for (const attempt of ["first", "cached"]) {
        const response = await request.get(url);
        expect(response.status(), url).toBe(200);
        const html = await response.text();
        expect(referencesScript(html), `${url} (${attempt}) references a script`).toBe(false);
        expect(html, url).toContain("<main");
        const scriptSrc = (response.headers()["content-security-policy"] ?? "").split("; ").find((d) => d.startsWith("script-src "));
        expect(scriptSrc, url).toBe("script-src 'self'");
      }
    }
  }
  // The directory with filters is rendered per request (not cached) and sent without scripts too.
  for (const locale of locales) {
    const url = `/${locale}/municipalities?sector=digital&service=location-search`;
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    const html = await response.text();
    expect(referencesScript(html), `${url} references a script`).toBe(false);
    expect(html, url).toContain("<main");
    const scriptSrc = (response.headers()["content-security-policy"] ?? "").split("; ").find((d) => d.startsWith("script-src "));
    expect(scriptSrc, url).toBe("script-src 'self'");
  }
  // The inquiry keeps its client code (inline validation): the check above can tell them apart.
  expect(referencesScript(await (await request.get("/de/inquiry")).text())).toBe(true);
});

test("a profile on a phone loads no script and its menu and language switch work", async ({ page }) => {
  const scripts: string[] = [];
  page.on("request", (r) => r.resourceType() === "script" && scripts.push(r.url()));
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/ja/municipalities/essen", { waitUntil: "load" });
  await page.locator("header details summary").click();
  await expect(page.locator("header details")).toHaveAttribute("open", "");
  await page.getByRole("navigation", { name: "言語を選択" }).getByRole("link", { name: /Deutsch/ }).click();
  await expect(page).toHaveURL(/\/de\/municipalities\/essen$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  expect(scripts).toEqual([]);
});

// Next.js 16 renders notFound() as an error shell whose text only its scripts render
// (vercel/next.js#62228): a 404, cached (an unknown profile) or per request, keeps them.
test("404 pages, cached and per request, show their text in a browser", async ({ page, request }) => {
  for (const [url, locale] of [["/de/municipalities/nowhere", "de"], ["/ja/does-not-exist", "ja"]] as const) {
    for (const attempt of ["first", "cached"]) {
      expect((await request.get(url)).status(), `${url} (${attempt})`).toBe(404);
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(404);
      await expect(page.getByRole("heading", { level: 1 }), `${url} (${attempt})`).toHaveText({ de, ja }[locale].notFound.heading);
    }
  }
});
