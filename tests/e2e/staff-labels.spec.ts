import { expect, test, type Browser, type Page } from "@playwright/test";
import de from "../../messages/de.json" with { type: "json" };
import en from "../../messages/en.json" with { type: "json" };
import ja from "../../messages/ja.json" with { type: "json" };
import { COUNTRY_CODES, countryName } from "../../lib/inquiries/countries";
import { municipalitySeeds } from "../../prisma/seed/municipalities";
import { organisationDisplayNames } from "../../prisma/seed/organisations";
import { withE2eDatabase } from "./support/database";
import { signIn } from "./support/staff";

// Issue #18, item 5: no staff view names a language, country, sector or organisation in
// another language than the reader's. The walker signs in as the gateway, a municipality
// and the Tokyo partner, visits their pages in Japanese and in German, and fails on any
// name from the other languages' catalogues in text of the page's own language (text
// marked with another lang, like the applicant's original answers or the language
// switcher, is the other language by right).

type Locale = "de" | "ja" | "en";
const LOCALES: Locale[] = ["de", "ja", "en"];
const messages = { de, ja, en };

/** Every catalogued name in `locale`: languages, countries, sectors, organisations and municipalities. */
function names(locale: Locale): string[] {
  const languages = LOCALES.map((code) => new Intl.DisplayNames([locale], { type: "language" }).of(code)!);
  const countries = COUNTRY_CODES.map((code) => countryName(code, locale));
  const sectors = Object.values(messages[locale].catalog.sectors);
  const organisations = [...Object.values(organisationDisplayNames), ...municipalitySeeds.map((m) => m.displayNames)].map((n) => n[locale]);
  const places = municipalitySeeds.map((m) => m.texts[locale].name);
  return [...languages, ...countries, ...sectors, ...organisations, ...places];
}

/** Names of the other languages that the reader's own names neither equal nor contain ("EWG" is in エッセン経済振興公社（EWG）). */
function forbidden(reader: "de" | "ja"): string[] {
  const own = names(reader);
  const others = LOCALES.filter((l) => l !== reader).flatMap(names);
  return [...new Set(others)].filter((name) => !own.some((mine) => mine.includes(name)));
}

/** Text of the page in its own language: text nodes and labels outside elements marked with another language. */
async function ownLanguageTexts(page: Page, locale: string): Promise<string[]> {
  return page.evaluate((pageLocale) => {
    const texts: string[] = [];
    const inOwnLanguage = (element: Element | null) => (element?.closest("[lang]")?.getAttribute("lang") ?? "").split("-")[0] === pageLocale;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("script, style, template") || !node.textContent?.trim()) continue;
      if (inOwnLanguage(parent)) texts.push(node.textContent);
    }
    for (const element of document.querySelectorAll("[aria-label], [title]")) {
      if (!inOwnLanguage(element)) continue;
      for (const attribute of ["aria-label", "title"]) {
        const value = element.getAttribute(attribute);
        if (value) texts.push(value);
      }
    }
    texts.push(document.title);
    return texts;
  }, locale);
}

/** A name found as a word: Latin names not inside a longer word ("Oman" in "Romania" is no hit). */
function matcher(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return /\p{Script=Latin}/u.test(name) ? new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "u") : new RegExp(escaped, "u");
}

const FORBIDDEN = { de: forbidden("de").map((name) => ({ name, re: matcher(name) })), ja: forbidden("ja").map((name) => ({ name, re: matcher(name) })) };

async function expectOnlyOwnNames(page: Page, locale: "de" | "ja", path: string) {
  await page.goto(`/${locale}${path}`);
  await expect(page.locator("main h1").first()).toBeVisible();
  const hits = new Set<string>();
  for (const text of await ownLanguageTexts(page, locale)) {
    for (const { name, re } of FORBIDDEN[locale]) if (re.test(text)) hits.add(`${name} in "${text.trim().slice(0, 120)}"`);
  }
  expect([...hits], `${path} in ${locale}`).toEqual([]);
}

async function staffPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, "de");
  return page;
}

test("staff pages name languages, countries, sectors and organisations in the reader's language (ja and de)", async ({ browser }) => {
  test.setTimeout(120_000);
  // A Japanese inquiry that Essen has accepted: the contact person, with the Latin spelling, is on its page.
  const reference = await withE2eDatabase(async (client) => {
    const { rows } = await client.query<{ reference: string }>(
      `SELECT i.reference FROM "Inquiry" i JOIN "Assignment" a ON a."inquiryId" = i.id JOIN "Organisation" o ON o.id = a."organisationId"
       WHERE o.slug = 'essen' AND a.state = 'ACCEPTED' AND i.locale = 'ja' AND i."contactNameLatin" IS NOT NULL AND i."anonymisedAt" IS NULL
       ORDER BY i."submittedAt" DESC LIMIT 1`,
    );
    return rows[0]!.reference;
  });
  const visits: [string, string[]][] = [
    ["gateway@example.org", ["/admin/inquiries", `/admin/inquiries/${reference}`, "/admin/dashboard", "/admin/report", "/admin/saved-replies", "/admin/account"]],
    ["essen@example.org", ["/admin/inquiries", `/admin/inquiries/${reference}`, "/admin/dashboard"]],
    ["tokyo@example.org", ["/admin/inquiries", "/admin/dashboard"]],
  ];
  for (const [email, paths] of visits) {
    const page = await staffPage(browser, email);
    for (const locale of ["ja", "de"] as const) {
      for (const path of paths) await expectOnlyOwnNames(page, locale, path);
    }
    if (email === "essen@example.org") {
      // The contact person's name as written, with its Latin spelling beside it, each marked with its language.
      await page.goto(`/de/admin/inquiries/${reference}`);
      const latin = page.getByTestId("latin-spelling").last();
      await expect(latin.locator("bdi")).toHaveAttribute("lang", "ja-Latn");
      await expect(latin.locator("xpath=preceding-sibling::bdi[1]")).toHaveAttribute("lang", "ja");
      await expect(page.locator("dd").filter({ hasText: "Japanisch" }).first()).toBeVisible();
    }
    await page.context().close();
  }
});
