// Issue #23: content pages are delivered as HTML and CSS only (decision 0026). Each
// content page, in every language, references no script (no script element, no script
// preload), from its first render and from the cache, and its policy names no inline
// script; the inquiry's question pages load one script of our own (decision 0031).
import { type APIResponse, expect, test } from "@playwright/test";
import { locales } from "../../lib/i18n/routing";
import { referencesScript } from "../../lib/security/plain-html";
import { expectNoAxeViolations } from "./support/axe";
import de from "../../messages/de.json" with { type: "json" };
import en from "../../messages/en.json" with { type: "json" };
import ja from "../../messages/ja.json" with { type: "json" };

const STEP_SCRIPT = /<script src="\/generated\/inquiry-step-[A-Z0-9]+\.js" defer><\/script>/;
const withoutStepScript = (html: string) => {
  expect(html.match(new RegExp(STEP_SCRIPT, "g")) ?? []).toHaveLength(1);
  return html.replace(STEP_SCRIPT, "");
};
const scriptSrcOf = (response: APIResponse) => (response.headers()["content-security-policy"] ?? "").split("; ").find((d) => d.startsWith("script-src "));

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
        expect(scriptSrcOf(response), url).toBe("script-src 'self'");
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
    expect(scriptSrcOf(response), url).toBe("script-src 'self'");
  }
});

test("the question pages reference one script, of our own, and allow no other", async ({ request }) => {
  // Decision 0031: the inquiry's inline checks come from lib/inquiries/step-script.ts, not Next.js's runtime.
  for (const locale of locales) {
    const url = `/${locale}/inquiry`;
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    const html = await response.text();
    expect(referencesScript(html), url).toBe(true);
    expect(referencesScript(withoutStepScript(html)), `${url} references a script beside its own`).toBe(false);
    expect(scriptSrcOf(response), url).toBe("script-src 'self'");
  }
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

// Next.js 16 renders notFound() as an empty error shell whose text only its scripts
// render (vercel/next.js#62228). The portal sends its 404 page in its place, a cached
// content page (lib/security/not-found-page.ts): for an unknown path, an unknown profile
// (a cached route), an unknown inquiry step (a page rendered per request), a path below
// /events (a route handler) and the 404 page's own address.
const NOT_FOUND_PATHS = ["/does-not-exist", "/a/b/c", "/municipalities/nowhere", "/inquiry/nope", "/events/nope", "/events/nope.ics", "/404"];

test("every 404 is the 404 page in its language, without scripts, first render and cached", async ({ request }) => {
  for (const locale of locales) {
    for (const path of NOT_FOUND_PATHS) {
      const url = `/${locale}${path}`;
      for (const attempt of ["first", "cached"]) {
        const response = await request.get(url);
        const what = `${url} (${attempt})`;
        expect(response.status(), what).toBe(404);
        const html = await response.text();
        expect(referencesScript(html), `${what} references a script`).toBe(false);
        expect(html, what).toContain(`<html lang="${locale}"`);
        expect(html, what).toContain({ de, ja, en }[locale].notFound.heading);
        // A route handler's answer (/events/nope) keeps the proxy's nonce, which no script carries.
        expect(scriptSrcOf(response), what).toMatch(/^script-src 'self'(?: 'nonce-[^']+')?$/);
      }
    }
  }
});

test("a 404 shows its text and links in a browser, without JavaScript and with it (axe: no violations)", async ({ browser, page }) => {
  const withoutJs = await browser.newContext({ javaScriptEnabled: false, baseURL: test.info().project.use.baseURL });
  for (const tab of [await withoutJs.newPage(), page]) {
    const scripts: string[] = [];
    tab.on("request", (r) => r.resourceType() === "script" && scripts.push(r.url()));
    for (const [url, locale] of [["/ja/municipalities/nowhere", "ja"], ["/de/inquiry/nope", "de"], ["/en/does-not-exist", "en"]] as const) {
      const response = await tab.goto(url);
      expect(response?.status(), url).toBe(404);
      await expect(tab.getByRole("heading", { level: 1 }), url).toHaveText({ de, ja, en }[locale].notFound.heading);
      await expect(tab.getByRole("main").getByRole("link", { name: { de, ja, en }[locale].notFound.inquiry, exact: true }), url).toHaveAttribute("href", `/${locale}/inquiry`);
      if (tab === page) await expectNoAxeViolations(tab, url);
    }
    expect(scripts).toEqual([]);
  }
  await withoutJs.close();
});
