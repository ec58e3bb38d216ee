// Issue 24: what a new user met on a phone in Japanese and a desktop in German.
// Screenshots of the header, the hero, the map and the inbox at 390 px and 1280 px
// in Japanese and German are written to test-results/ (kept after the run) and
// attached to the report.
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { fillInquiry, sendInquiry } from "./support/inquiry-form";
import { signIn, signOut } from "./support/staff";
import { expectNoAxeViolations as expectAxeClean, WCAG } from "./support/axe";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const LOCALES = ["de", "ja", "en"] as const;

const expectNoAxeViolations = (page: Page, label: string) => expectAxeClean(page, label, [...WCAG, "wcag22aa"]);

async function shoot(page: Page, info: TestInfo, name: string, options: { fullPage?: boolean; clip?: string } = {}) {
  const file = info.outputPath(`${name}.png`);
  if (options.clip) await page.locator(options.clip).first().screenshot({ path: file });
  else await page.screenshot({ path: file, fullPage: options.fullPage ?? false });
  await info.attach(name, { path: file, contentType: "image/png" });
}

async function noHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test.describe("header, hero and map", () => {
  for (const locale of ["ja", "de"] as const) {
    test(`in ${locale}: compact header on a phone, hero and map at both widths (screenshots)`, async ({ page }, info) => {
      await page.setViewportSize(PHONE);
      await page.goto(`/${locale}`);
      const header = page.locator("body > header, header").first();
      const height = (await header.boundingBox())!.height;
      expect(height, "header height on a phone").toBeLessThanOrEqual(64);
      // The language switch is one tap away: its links are on screen without opening the menu.
      const languages = header.getByRole("navigation", { name: locale === "ja" ? "言語を選択" : "Sprache wählen" });
      for (const link of await languages.getByRole("link").all()) await expect(link).toBeInViewport();
      await noHorizontalScroll(page);
      await shoot(page, info, `header-hero-${locale}-390`);
      await header.locator("summary").click();
      await expect(header.getByRole("link", { name: locale === "ja" ? "パートナー自治体" : "Partnerkommunen" })).toBeVisible();
      await shoot(page, info, `header-menu-open-${locale}-390`);

      await page.setViewportSize(DESKTOP);
      await page.goto(`/${locale}`);
      await expect(header.locator("summary")).toBeHidden();
      await expect(page.locator("#hero-heading")).toBeVisible();
      await shoot(page, info, `header-hero-${locale}-1280`);

      for (const size of [PHONE, DESKTOP]) {
        await page.setViewportSize(size);
        await page.goto(`/${locale}/municipalities`);
        await noHorizontalScroll(page);
        const map = page.locator("figure").filter({ has: page.locator("svg") });
        for (const link of await map.getByRole("link").all()) {
          const box = (await link.boundingBox())!;
          expect(box.height).toBeGreaterThanOrEqual(24);
        }
        await map.scrollIntoViewIfNeeded();
        await shoot(page, info, `map-${locale}-${size.width}`, { clip: "figure" });
      }
    });
  }

  test("the phone menu opens and leads on without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    await page.goto("/de/about");
    const header = page.locator("header").first();
    const summary = header.locator("summary");
    await expect(summary).toHaveAccessibleName("Menü");
    await expect(header.getByRole("link", { name: "Veranstaltungen" })).toBeHidden();
    await summary.click();
    await header.getByRole("link", { name: "Veranstaltungen" }).click();
    await expect(page).toHaveURL(/\/de\/events$/);
    // A new page: the menu is closed again.
    await expect(header.getByRole("link", { name: "Partnerkommunen" })).toBeHidden();
    await context.close();
  });

  for (const locale of LOCALES) {
    test(`home and directory in ${locale} have no axe violations at phone width, menu open`, async ({ page }) => {
      await page.setViewportSize(PHONE);
      for (const path of ["", "/municipalities"]) {
        await page.goto(`/${locale}${path}`);
        await page.locator("header summary").click();
        await expectNoAxeViolations(page, `/${locale}${path} (phone, menu open)`);
      }
    });
  }
});

test.describe("the inbox", () => {
  for (const locale of ["ja", "de"] as const) {
    test(`in ${locale}: a wide table on a desktop, cards on a phone, words kept whole (screenshots)`, async ({ page }, info) => {
      await signIn(page, "gateway@example.org", locale);
      await page.setViewportSize(DESKTOP);
      await page.goto(`/${locale}/admin/inquiries`);
      const table = page.locator("main table");
      await expect(table.locator("tbody tr").first()).toBeVisible();
      expect((await table.boundingBox())!.width, "the table uses the width").toBeGreaterThan(1180);
      await expect(table.locator("thead")).toBeVisible();
      // No cell breaks inside a Latin-script word (Japanese may break between any
      // two characters): every such word of a cell stays on one line.
      const split = await table.evaluate((el) =>
        [...el.querySelectorAll("tbody td")].flatMap((td) => {
          const range = document.createRange();
          const words: string[] = [];
          const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) {
            const node = walker.currentNode as Text;
            for (const match of node.data.matchAll(/[\p{Script=Latin}\d][\p{Script=Latin}\d.&']*/gu)) {
              range.setStart(node, match.index!);
              range.setEnd(node, match.index! + match[0].length);
              if (range.getClientRects().length > 1) words.push(match[0]);
            }
          }
          return words;
        }),
      );
      expect(split).toEqual([]);
      await shoot(page, info, `inbox-${locale}-1280`, { fullPage: true });
      await expectNoAxeViolations(page, `inbox ${locale} desktop`);

      await page.setViewportSize(PHONE);
      await page.reload();
      await noHorizontalScroll(page);
      await expect(table.locator("thead")).not.toBeInViewport();
      const firstRow = table.locator("tbody tr").first();
      const reference = firstRow.locator("td").first();
      const company = firstRow.locator("td").nth(2);
      // Stacked: the cells of a card are below one another, each with its column's name.
      expect((await company.boundingBox())!.y).toBeGreaterThan((await reference.boundingBox())!.y + 10);
      expect(await company.evaluate((el) => getComputedStyle(el, "::before").content)).toContain(locale === "ja" ? "企業名" : "Unternehmen");
      await firstRow.scrollIntoViewIfNeeded();
      await shoot(page, info, `inbox-${locale}-390`);
      await expectNoAxeViolations(page, `inbox ${locale} phone`);
    });
  }
});

test.describe("sectors robotics and electronics", () => {
  const LABELS = {
    de: ["Robotik und Automatisierung", "Elektronik und Halbleiter"],
    ja: ["ロボット・自動化", "エレクトロニクス・半導体"],
    en: ["Robotics and automation", "Electronics and semiconductors"],
  } as const;
  for (const locale of LOCALES) {
    test(`appear in the directory filter, the staff inbox filter and a case in ${locale}`, async ({ page }) => {
      await page.goto(`/${locale}/municipalities`);
      for (const label of LABELS[locale]) await expect(page.locator("main select option", { hasText: label })).toHaveCount(1);
      await page.goto(`/${locale}/municipalities?sector=robotics`);
      await expect(page.locator("main ul li article, main ul li a").first()).toBeVisible();

      await page.goto(`/${locale}/inquiry`);
      await page.locator('input[name="direction"][value="TOKYO_TO_NRW"]').check();
      await page.locator('main form button[type="submit"]').click();
      for (const label of LABELS[locale]) await expect(page.getByRole("checkbox", { name: label })).toHaveCount(1);

      await signIn(page, "gateway@example.org", locale);
      await page.goto(`/${locale}/admin/inquiries`);
      for (const label of LABELS[locale]) await expect(page.locator("main select option", { hasText: label })).toHaveCount(1);
      await page.goto(`/${locale}/admin/inquiries?sector=robotics`);
      const row = page.locator("main table tbody tr").first();
      await expect(row).toContainText(LABELS[locale][0]);
      await row.getByRole("link").first().click();
      await expect(page.locator("main")).toContainText(LABELS[locale][0]);
    });
  }
});

test.describe("the inquiry journey", () => {
  const submit = (page: Page) => page.locator('main form button[type="submit"]');

  for (const javaScriptEnabled of [true, false]) {
    test(`switching language on a step keeps what was typed (${javaScriptEnabled ? "with" : "without"} JavaScript)`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled, viewport: PHONE });
      const page = await context.newPage();
      await page.goto("/de/inquiry");
      await page.locator('input[name="direction"][value="TOKYO_TO_NRW"]').check();
      await submit(page).click();
      await expect(page).toHaveURL(/\/de\/inquiry\/company$/);
      await page.locator('input[name="companyName"]').fill("株式会社サクラ精機");
      await page.locator('input[name="hqCity"]').fill("東京都大田区");
      await page.locator('select[name="hqCountry"]').selectOption("JP");
      await page.locator('input[name="sectors"][value="robotics"]').check();
      // Half done, the applicant switches to Japanese: nothing typed is lost, nothing is refused yet.
      await page.getByRole("navigation", { name: "Sprache wählen" }).getByRole("button", { name: "日本語" }).click();
      await expect(page).toHaveURL(/\/ja\/inquiry\/company$/);
      await expect(page.locator("html")).toHaveAttribute("lang", "ja");
      await expect(page.locator('input[name="companyName"]')).toHaveValue("株式会社サクラ精機");
      await expect(page.locator('input[name="hqCity"]')).toHaveValue("東京都大田区");
      await expect(page.locator('select[name="hqCountry"]')).toHaveValue("JP");
      await expect(page.locator('input[name="sectors"][value="robotics"]')).toBeChecked();
      await expect(page.locator('main [role="alert"]')).toHaveCount(0);
      // Japan's country list: Japan, Germany, then the neighbours.
      const countries = await page.locator('select[name="hqCountry"] option').allTextContents();
      expect(countries.slice(1, 6)).toEqual(["日本", "ドイツ", "韓国", "中国", "台湾"]);
      await context.close();
    });
  }

  test("a domestic Japanese number is accepted and shown in international form; the status result takes focus on a phone", async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto("/ja/inquiry");
    await page.locator('input[name="direction"][value="TOKYO_TO_NRW"]').check();
    await submit(page).click();
    await page.locator('input[name="companyName"]').fill("株式会社ミナト電子");
    await page.locator('input[name="hqCity"]').fill("東京都港区");
    await page.locator('select[name="hqCountry"]').selectOption("JP");
    await page.locator('input[name="sizeBand"][value="10-49"]').check();
    await page.locator('input[name="isStartup"][value="no"]').check();
    await page.locator('input[name="sectors"][value="electronics"]').check();
    await submit(page).click();
    await page.locator('input[name="supportNeeds"]').first().check();
    await page.locator('input[name="timeline"][value="6-12"]').check();
    await page.locator('textarea[name="description"]').fill("半導体検査装置の販売拠点をNRW州に設けたいと考えています。\t現地の販売代理店と、技術サポートの人材を探しています。");
    await submit(page).click();
    await page.locator('input[name="contactName"]').fill("港 太郎");
    await page.locator('input[name="contactEmail"]').fill("taro.minato@example.jp");
    await page.locator('input[name="contactPhone"]').fill("03-1234-5678");
    await page.locator('input[name="privacyConsent"]').check();
    await page.waitForTimeout(3_500);
    await submit(page).click();
    await expect(page).toHaveURL(/\/ja\/inquiry\/check$/);
    await expect(page.locator("main")).toContainText("+81 3 1234 5678");
    await submit(page).click();
    const reference = ((await page.getByTestId("reference").textContent({ timeout: 15_000 })) ?? "").trim();

    await page.goto("/ja/inquiry/status");
    await page.locator("#field-reference").fill(reference);
    await page.locator("#field-email").fill("taro.minato@example.jp");
    await page.locator('main form button[type="submit"]').click();
    const result = page.getByTestId("status-result");
    await expect(result).toBeFocused();
    await expect(result).toBeInViewport();
    await expect(page.getByTestId("status-stage")).toContainText("受付済み");
    await expectNoAxeViolations(page, "status ja phone");
  });
});

test("staff: a forward without a recipient names and marks the field; accepting is one timeline entry; the portal routes", async ({ page }) => {
  await fillInquiry(page, "/en/inquiry", {
    companyName: "Polish Timeline K.K.",
    contactName: "Emi Sato",
    email: "emi.sato@example.jp",
    phone: "+81 3 5555 0199",
    description: "We build inspection robots for semiconductor fabs and look for a service partner in North Rhine-Westphalia.",
  });
  await page.waitForTimeout(3_500);
  const reference = await sendInquiry(page);

  await signIn(page, "gateway@example.org");
  await page.goto(`/en/admin/inquiries/${reference}`);
  await page.getByRole("button", { name: "Forward" }).click();
  const banner = page.locator("#result");
  await expect(banner).toHaveText("Choose at least one recipient under “Forward to”.");
  const targets = page.locator("#forward-targets");
  await expect(targets).toHaveAccessibleDescription("Choose at least one recipient under “Forward to”.");
  await expect(targets.locator("#forward-targets-error")).toBeVisible();
  await banner.getByRole("link").click();
  await expect(page).toHaveURL(/#forward-targets$/);
  await expectNoAxeViolations(page, "detail with forward error");

  await targets.getByRole("checkbox", { name: "EWG" }).check();
  await page.getByRole("button", { name: "Forward" }).click();
  await expect(banner).toHaveText("Saved.");
  await expect(page.locator("#forward-targets-error")).toHaveCount(0);
  await signOut(page);

  await signIn(page, "essen@example.org");
  await page.goto(`/en/admin/inquiries/${reference}`);
  await page.getByRole("button", { name: "Accept" }).click();
  await expect(page.locator("h1 + p")).toContainText("Accepted");
  const timeline = page.locator("ol").filter({ hasText: "Inquiry received" });
  await expect(timeline.locator("li").filter({ hasText: /^Accepted/ })).toHaveCount(1);
  await expect(timeline).not.toContainText("Status: Accepted");
  await expect(timeline.locator("li").filter({ hasText: "Routed to NRW.Global Business" })).toContainText("by the portal (automatically)");
  await expect(timeline.locator("li").filter({ hasText: "Inquiry received" })).toContainText("by Applicant");
});
