// The inquiry journey in a real browser: with and without JavaScript, in
// Japanese and German, errors shown and fixed, the reference number, the
// status look-up, and axe on every step in every language.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { fillInquiry } from "./support/inquiry-form";

const REFERENCE = /NT-\d{4}-\d{5}/;
// The form refuses journeys faster than INQUIRY_MIN_FILL_SECONDS (3 s): a bot's pace.
const MIN_FILL_MS = 3_500;
// The error summary (Next.js adds a route announcer that is an alert, too).
const errorSummary = (page: Page) => page.locator('[role="alert"][aria-labelledby="error-summary-title"]');

async function expectNoAxeViolations(page: Page, what: string) {
  // After a client-side navigation Next.js streams the new <title> in a moment later.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `axe violations on ${what}`).toEqual([]);
}

const JA = {
  direction: "東京 → NRW州",
  companyName: "株式会社さくらテック",
  companyNameLatin: "Sakura Tech K.K.",
  hqCity: "東京都千代田区",
  description:
    "当社は中小製造業向けの生産管理ソフトウェアを開発しています。欧州のお客様へのサポート体制を強化するため、NRW州に販売・サービス拠点を設けたいと考えています。候補地の紹介と現地法人設立の手続きについてご相談させてください。",
  contactName: "佐藤 花子",
  email: "hanako.sato@example.jp",
  phone: "+81 3-1234-5678",
};

test.describe("with JavaScript", () => {
  test("the full journey in Japanese, with an error fixed and an answer changed", async ({ page }) => {
    await page.goto("/ja/inquiry?municipality=essen");
    // Hydrated, so that this run exercises the JavaScript path (the other describe covers posting without it).
    await page.waitForLoadState("networkidle");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ご計画の内容");
    await expect(page.getByText(/エッセン/).first()).toBeVisible();
    await expectNoAxeViolations(page, "ja direction");

    // Continue without an answer: the summary and the field both say what to do.
    await page.getByRole("button", { name: "次へ" }).click();
    const summary = errorSummary(page);
    await expect(summary).toContainText("ご計画の方向を選択してください");
    await expect(page.locator("#direction-error")).toContainText("ご計画の方向を選択してください");
    await expectNoAxeViolations(page, "ja direction with an error");
    await summary.getByRole("link", { name: "ご計画の方向を選択してください" }).click();
    await expect(page.locator("#field-direction")).toBeFocused();

    await page.getByLabel(JA.direction).check();
    await page.getByRole("button", { name: "次へ" }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("企業情報");
    // Back shows the saved answer, forward returns to the step.
    await page.goBack();
    await expect(page.getByLabel(JA.direction)).toBeChecked();
    await page.goForward();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("企業情報");
    await expectNoAxeViolations(page, "ja company");
    await page.getByLabel("企業名・団体名").fill(JA.companyName);
    await page.getByLabel(/企業名（ローマ字/).fill(JA.companyNameLatin);
    await page.getByLabel("本社所在地（市区町村）").fill(JA.hqCity);
    await page.getByLabel("本社所在国").selectOption("JP");
    await page.getByLabel("10～49人").check();
    await page.getByLabel(/^設立年/).fill("２０１８");
    await page.getByRole("group", { name: /スタートアップ/ }).getByLabel("はい").check();
    await page.getByRole("group", { name: "業種" }).getByLabel(/機械/).check();
    await page.getByRole("button", { name: "次へ" }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("計画とご希望の支援");
    // The municipality chosen before the journey is ticked.
    await expect(page.getByRole("group", { name: /パートナー自治体/ }).getByLabel(/エッセン/)).toBeChecked();
    await page.screenshot({ path: "test-results/inquiry-ja-plans.png", fullPage: true });
    await expectNoAxeViolations(page, "ja plans");
    await page.getByRole("group", { name: "ご希望の支援内容" }).getByRole("checkbox").first().check();
    await page.getByRole("group", { name: "ご計画の実施時期" }).getByLabel("6か月～1年後").check();
    await page.getByLabel("ご計画の内容をご記入ください").fill("短すぎる説明です。");
    await page.getByRole("button", { name: "次へ" }).click();
    await expect(errorSummary(page)).toContainText("50文字以上");
    await expect(page.getByLabel("ご計画の内容をご記入ください")).toHaveAttribute("aria-invalid", "true");
    await page.getByLabel("ご計画の内容をご記入ください").fill(JA.description);
    await page.getByRole("button", { name: "次へ" }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ご連絡先");
    await expectNoAxeViolations(page, "ja contact");
    await page.getByLabel("お名前", { exact: true }).fill(JA.contactName);
    await page.getByLabel("メールアドレス").fill(JA.email);
    await page.getByLabel("電話番号").fill(JA.phone);
    await expect(page.getByRole("group", { name: "ご回答の言語" }).getByLabel("日本語")).toBeChecked();
    await page.getByLabel(/プライバシーポリシーを読みました/).check();
    await page.getByRole("button", { name: "次へ" }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("入力内容をご確認ください");
    await expect(page.getByText(JA.companyName)).toBeVisible();
    await expect(page.getByText(JA.contactName)).toBeVisible();
    await expectNoAxeViolations(page, "ja check");

    // Change one answer: back to its question, then straight back here.
    await page.getByRole("link", { name: "変更 本社所在地（市区町村）" }).click();
    await expect(page.getByLabel("本社所在地（市区町村）")).toHaveValue(JA.hqCity);
    await page.getByLabel("本社所在地（市区町村）").fill("東京都港区");
    await page.getByRole("button", { name: "変更を保存" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("入力内容をご確認ください");
    await expect(page.getByText("東京都港区")).toBeVisible();

    await page.getByRole("button", { name: "送信する" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("お問い合わせを受け付けました");
    const reference = (await page.getByTestId("reference").textContent())?.trim() ?? "";
    expect(reference).toMatch(REFERENCE);
    await expect(page.getByText(/営業日以内/)).toBeVisible();
    await expectNoAxeViolations(page, "ja confirmation");

    // Reloading the confirmation shows the same number; nothing is sent twice.
    await page.reload();
    await expect(page.getByTestId("reference")).toHaveText(reference);

    await page.getByRole("link", { name: "お問い合わせの状況を確認する" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("お問い合わせ状況の確認");
    await page.getByLabel("受付番号").fill(reference.toLowerCase().replaceAll("-", " "));
    await page.getByLabel("メールアドレス").fill(JA.email);
    await page.getByRole("button", { name: "状況を確認する" }).click();
    await expect(page.getByTestId("status-stage")).toContainText("受付済み");
    await expect(page.getByTestId("status-stage")).toContainText("NRW.Global Business");
    await expectNoAxeViolations(page, "ja status");

    // A wrong e-mail address gets the same answer as an unknown reference.
    await page.getByLabel("メールアドレス").fill("someone.else@example.jp");
    await page.getByRole("button", { name: "状況を確認する" }).click();
    await expect(page.getByText("この受付番号とメールアドレスに該当するお問い合わせは見つかりませんでした", { exact: false })).toBeVisible();
  });

  test("the question pages load one script of ours, which checks in place and clears what was fixed", async ({ page }) => {
    // Decision 0031: Next.js's client code stays off the question pages; lib/inquiries/step-script.ts does the checks.
    const scripts: string[] = [];
    const posts: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "script") scripts.push(new URL(r.url()).pathname);
      if (r.method() === "POST") posts.push(r.url());
    });
    await page.goto("/en/inquiry", { waitUntil: "networkidle" });
    await page.locator('input[name="direction"][value="TOKYO_TO_NRW"]').check();
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your company");
    expect(posts).toHaveLength(1);

    // Two questions unanswered: both are marked, the summary lists both and takes focus; nothing is sent.
    await page.getByLabel("Name of the company or organisation").fill("Sakura Tech K.K.");
    await page.getByRole("button", { name: "Continue" }).click();
    const summary = errorSummary(page);
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link")).toContainText(["Enter the city of your headquarters", "Select how many employees your company has"]);
    const city = page.getByLabel("City of headquarters");
    await expect(city).toHaveAttribute("aria-invalid", "true");
    await expect(city).toHaveAttribute("aria-describedby", "hqCity-error");
    await expect(page.locator("#hqCity-error")).toHaveText("Error: Enter the city of your headquarters");
    await expect(page.getByLabel("Name of the company or organisation")).not.toHaveAttribute("aria-invalid");
    await expect(page.getByRole("group", { name: "Number of employees" })).toHaveAttribute("aria-describedby", "sizeBand-error");
    expect(posts).toHaveLength(1);

    // The city answered: its error goes, the others stay.
    await city.fill("Tokyo");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(summary.getByRole("link", { name: "Enter the city of your headquarters" })).toHaveCount(0);
    await expect(page.locator("#hqCity-error")).toHaveCount(0);
    await expect(city).not.toHaveAttribute("aria-invalid");
    await expect(city).not.toHaveAttribute("aria-describedby");
    await expect(summary).toContainText("Select how many employees your company has");
    expect(posts).toHaveLength(1);
    await expectNoAxeViolations(page, "en company, checked in the browser");

    // The rest answered, the step is sent; on the next, the description counts as it is typed.
    await page.locator('input[name="sizeBand"][value="10-49"]').check();
    await page.locator('select[name="hqCountry"]').selectOption("JP");
    await page.locator('input[name="isStartup"][value="yes"]').check();
    await page.locator('input[name="sectors"]').first().check();
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Plans and support needed");
    expect(posts).toHaveLength(2);
    const description = page.getByLabel("Describe your project");
    await description.fill("We make sensors. ");
    await expect(page.locator("#description-count")).toHaveText("17 of 4,000 characters");
    await description.fill("x".repeat(4005));
    await expect(page.locator("#description-count")).toHaveText("5 characters too many");

    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toMatch(/^\/generated\/inquiry-step-[A-Z0-9]+\.js$/);
  });

  for (const { locale, next, errorText } of [
    { locale: "de", next: "Weiter", errorText: "Wählen Sie aus, in welche Richtung Ihr Vorhaben geht" },
    { locale: "en", next: "Continue", errorText: "Select which direction your project is going" },
  ]) {
    test(`every step in ${locale} passes axe, including an error state`, async ({ page }) => {
      // Seven axe analyses of whole pages: more than the default minute when two servers share two cores.
      test.setTimeout(120_000);
      await page.goto(`/${locale}/inquiry`);
      await page.waitForLoadState("networkidle");
      await expectNoAxeViolations(page, `${locale} direction`);
      await page.getByRole("button", { name: next }).click();
      await expect(errorSummary(page)).toContainText(errorText);
      await expectNoAxeViolations(page, `${locale} direction with an error`);
      await page.locator("#field-direction").check();
      await page.getByRole("button", { name: next }).click();
      await expect(page).toHaveURL(/\/inquiry\/company$/);
      await page.getByRole("button", { name: next }).click();
      await expect(errorSummary(page)).toBeVisible();
      await expectNoAxeViolations(page, `${locale} company with errors`);
      await page.locator("#field-companyName").fill("Beispiel GmbH");
      await page.locator("#field-hqCity").fill("Köln");
      await page.locator("#field-hqCountry").selectOption("DE");
      await page.locator("#field-sizeBand").check();
      await page.locator("#field-isStartup").check();
      await page.locator("#field-sectors").check();
      await page.getByRole("button", { name: next }).click();
      await expect(page).toHaveURL(/\/inquiry\/plans$/);
      await expectNoAxeViolations(page, `${locale} plans`);
      await page.locator("#field-supportNeeds").check();
      await page.locator("#field-timeline").check();
      await page.locator("#field-description").fill("We build sensors for hydrogen plants and would like to find partners in the region.");
      await page.getByRole("button", { name: next }).click();
      await expect(page).toHaveURL(/\/inquiry\/contact$/);
      await page.getByRole("button", { name: next }).click();
      await expect(errorSummary(page)).toBeVisible();
      await expectNoAxeViolations(page, `${locale} contact with errors`);
      await page.locator("#field-contactName").fill("Erika Beispiel");
      await page.locator("#field-contactEmail").fill("erika@example.de");
      await page.locator("#field-contactPhone").fill("+49 221 1234567");
      await page.locator("#field-privacyConsent").check();
      await page.getByRole("button", { name: next }).click();
      await expect(page).toHaveURL(/\/inquiry\/check$/);
      await expectNoAxeViolations(page, `${locale} check`);
      await page.goto(`/${locale}/inquiry/status`);
      await expectNoAxeViolations(page, `${locale} status`);
    });
  }
});

/** On the check page: makes the form's key another draft's, as a page left open while a new journey started would have. */
async function makeCheckPageStale(page: Page) {
  await expect(page).toHaveURL(/\/inquiry\/check$/);
  await page.locator('input[name="idempotencyKey"]').evaluate((input: HTMLInputElement) => {
    input.value = "a-key-of-an-older-draft";
  });
}

const STALE = { en: "This page was out of date.", de: "Diese Seite war nicht mehr aktuell.", ja: "このページの情報が古くなっていました。" };
const ANSWERS = { companyName: "Kōbō Lighting GmbH", contactName: "Aiko Weber", email: "aiko.weber@example.de", phone: "+49 211 5550100", description: "Wir planen einen Vertrieb für LED-Leuchten in Tokyo und suchen Ansprechpartner." };

test("with JavaScript, a refused submission shows its error in place and keeps the page", async ({ page }) => {
  await fillInquiry(page, "/ja/inquiry", ANSWERS);
  await page.waitForTimeout(MIN_FILL_MS);
  await makeCheckPageStale(page);
  await page.locator('main form button[type="submit"]').click();
  await expect(errorSummary(page)).toContainText(STALE.ja);
  await expect(errorSummary(page)).toBeFocused();
  await expect(page).toHaveURL(/\/ja\/inquiry\/check$/);
  await expect(page.getByText(ANSWERS.companyName)).toBeVisible();
  // The page, reloaded, carries the draft's own key again and sends.
  await page.reload();
  await page.locator('main form button[type="submit"]').click();
  await expect(page.getByTestId("reference")).toHaveText(REFERENCE);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of ["de", "en"] as const) {
    test(`a refused submission comes back to the check page with its error (${locale})`, async ({ page }) => {
      await fillInquiry(page, `/${locale}/inquiry`, ANSWERS);
      await page.waitForTimeout(MIN_FILL_MS);
      await makeCheckPageStale(page);
      await page.locator('main form button[type="submit"]').click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/inquiry/check\\?error=stale$`));
      await expect(errorSummary(page)).toContainText(STALE[locale]);
      await expect(page.getByText(ANSWERS.companyName)).toBeVisible();
      await page.goto(`/${locale}/inquiry/check`);
      await page.locator('main form button[type="submit"]').click();
      await expect(page.getByTestId("reference")).toHaveText(REFERENCE);
    });
  }

  test("the full journey in German: errors shown, typed values kept, fixed and sent", async ({ page }) => {
    await page.goto("/de/inquiry");
    await page.getByLabel("Tokyo → NRW").check();
    await page.getByRole("button", { name: "Weiter" }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihr Unternehmen");
    await page.getByLabel("Name des Unternehmens oder der Einrichtung").fill("Müller & Söhne Präzisionstechnik GmbH");
    await page.getByLabel("Website (optional)").fill("kein link");
    await page.getByLabel("Ort des Hauptsitzes").fill("Düsseldorf");
    await page.getByLabel("Land des Hauptsitzes").selectOption("DE");
    await page.getByLabel("50 bis 249").check();
    await page.getByRole("group", { name: /Start-up/ }).getByLabel("Nein").check();
    await page.getByRole("group", { name: "Branchen" }).getByLabel("Maschinen- und Anlagenbau").check();
    await page.getByRole("button", { name: "Weiter" }).click();

    // The server answered with the page again: error summary, field message, and everything typed kept.
    await expect(errorSummary(page)).toContainText("Geben Sie die Website im Format https://www.example.com ein");
    await expect(page.locator("#website-error")).toContainText("Geben Sie die Website im Format https://www.example.com ein");
    await expect(page.getByLabel("Website (optional)")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Name des Unternehmens oder der Einrichtung")).toHaveValue("Müller & Söhne Präzisionstechnik GmbH");
    await expect(page.getByLabel("50 bis 249")).toBeChecked();
    await expect(page.getByLabel("Maschinen- und Anlagenbau")).toBeChecked();
    // A reload keeps the typed values too: they are in the server-side draft.
    await page.goto("/de/inquiry/company");
    await expect(page.getByLabel("Website (optional)")).toHaveValue("kein link");
    await page.getByLabel("Website (optional)").fill("www.mueller-praezision.example.de");
    await page.getByRole("button", { name: "Weiter" }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pläne und Unterstützungsbedarf");
    await page.getByLabel("Standortsuche").check();
    await page.getByLabel("Fachkräfte").check();
    await page.getByLabel("In 1 bis 2 Jahren").check();
    await page.getByLabel("Geplante Investition (optional)").selectOption("1m-5m");
    await page.getByLabel("Geplante Arbeitsplätze (optional)").fill("25");
    await page.getByRole("group", { name: /Partnerkommunen/ }).getByLabel("Düsseldorf").check();
    await page
      .getByLabel("Beschreiben Sie Ihr Vorhaben")
      .fill("Wir fertigen Präzisionsteile für Werkzeugmaschinen und möchten mit einem Partner aus Tokyo eine gemeinsame Fertigung in Düsseldorf aufbauen.");
    await page.getByRole("button", { name: "Weiter" }).click();
    // The post and its redirect must have landed before going back (a back during that navigation races it).
    await expect(page).toHaveURL(/\/de\/inquiry\/contact$/);

    // Back and forward: the previous step still shows what was saved.
    await page.goBack();
    await expect(page).toHaveURL(/\/de\/inquiry\/plans$/);
    await page.reload();
    await expect(page.getByLabel("Geplante Arbeitsplätze (optional)")).toHaveValue("25");
    await page.goto("/de/inquiry/contact");

    await page.getByLabel("Ihr Name", { exact: true }).fill("Jürgen Müller");
    await page.getByLabel("E-Mail-Adresse").fill("juergen.mueller@");
    // A German number without the country code is fine now (the headquarters are in Germany); a number too short is not.
    await page.getByLabel("Telefonnummer").fill("0211 12");
    await page.getByRole("button", { name: "Weiter" }).click();
    const summary = errorSummary(page);
    await expect(summary).toContainText("Geben Sie eine E-Mail-Adresse im Format name@example.com ein");
    await expect(summary).toContainText("Geben Sie eine vollständige Telefonnummer ein");
    await expect(page.getByLabel("Telefonnummer")).toHaveValue("0211 12");
    await expect(summary).toContainText("Bestätigen Sie, dass Sie die Datenschutzhinweise gelesen haben");
    await expect(page.getByLabel("Ihr Name", { exact: true })).toHaveValue("Jürgen Müller");
    await page.getByLabel("E-Mail-Adresse").fill("juergen.mueller@example.de");
    await page.getByLabel("Telefonnummer").fill("+49 (0)211 123-456");
    await page.getByLabel(/Ich habe die Datenschutzhinweise gelesen/).check();
    await page.getByRole("button", { name: "Weiter" }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Prüfen Sie Ihre Angaben");
    await expect(page.getByText("https://www.mueller-praezision.example.de")).toBeVisible();
    await page.getByRole("link", { name: "Ändern Ihr Name", exact: true }).click();
    await page.getByLabel("Ihr Name", { exact: true }).fill("Dr. Jürgen Müller");
    await page.getByRole("button", { name: "Änderung übernehmen" }).click();
    await expect(page.getByText("Dr. Jürgen Müller")).toBeVisible();

    await page.waitForTimeout(MIN_FILL_MS);
    await page.getByRole("button", { name: "Anfrage absenden" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Anfrage gesendet");
    const reference = (await page.getByTestId("reference").textContent())?.trim() ?? "";
    expect(reference).toMatch(REFERENCE);
    await expect(page.getByText("Werktagen")).toBeVisible();

    await page.goto("/de/inquiry/status");
    await page.getByLabel("Referenznummer").fill(reference);
    await page.getByLabel("E-Mail-Adresse").fill("JUERGEN.MUELLER@example.de");
    await page.getByRole("button", { name: "Status abfragen" }).click();
    await expect(page.getByTestId("status-stage")).toContainText("Eingegangen");
    await expect(page.getByTestId("status-stage")).toContainText("NRW.Global Business");
  });
});
