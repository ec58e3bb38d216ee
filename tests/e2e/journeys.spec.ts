// The whole story in each language: browse the directory, open Essen's profile,
// send an inquiry from it, NRW.Global Business forwards it to Essen, Essen
// accepts, and the applicant's status page follows. Screenshots of the key pages
// at phone and desktop width are attached to the report (test-results/, not committed).
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { fillInquiry, sendInquiry } from "./support/inquiry-form";
import { signIn, signOut } from "./support/staff";

const LOCALES = ["de", "ja", "en"] as const;
type Locale = (typeof LOCALES)[number];

async function messages(locale: Locale) {
  const load = async (file: string) => (await import(`../../messages/${file}`, { with: { type: "json" } })).default;
  const [ui, inquiry, admin] = await Promise.all([load(`${locale}.json`), load(`inquiry/${locale}.json`), load(`admin/${locale}.json`)]);
  return { ...ui, ...inquiry, ...admin };
}

/** The fixed start of a message with placeholders, e.g. "取次済み：お問い合わせは" of "取次済み：お問い合わせは{names}に…". */
const lead = (message: string): string => message.split("{")[0] ?? message;

const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } } as const;

async function screenshots(page: Page, info: TestInfo, name: string) {
  const original = page.viewportSize();
  for (const [label, size] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(size);
    // Written into the test's output folder (test-results/, kept after the run) and attached to the report.
    const path = info.outputPath(`${name}-${label}.png`);
    await page.screenshot({ path, fullPage: true });
    await info.attach(`${name}-${label}`, { path, contentType: "image/png" });
  }
  if (original) await page.setViewportSize(original);
  await page.evaluate(() => window.scrollTo(0, 0));
}

// The form refuses journeys faster than INQUIRY_MIN_FILL_SECONDS (3 s): a bot's pace.
const MIN_FILL_MS = 3_500;

for (const locale of LOCALES) {
  test(`the whole story in ${locale}: directory, profile, inquiry, forwarding, acceptance, status`, async ({ page, browser }, info) => {
    test.setTimeout(180_000); // three people, two sign-ins, a dozen screenshots
    const t = await messages(locale);
    const email = `journey.${locale}.${Date.now()}@example.org`;

    await page.goto(`/${locale}/municipalities`);
    await screenshots(page, info, `${locale}-directory`);
    await page.locator('main a[href$="/municipalities/essen"]').first().click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/municipalities/essen$`));
    await screenshots(page, info, `${locale}-profile-essen`);
    const inquire = page.locator('main a[href*="/inquiry?municipality=essen"]').first();
    await expect(inquire).toHaveText(t.profile.inquire.replace("{name}", { de: "Essen", ja: "エッセン", en: "Essen" }[locale]));
    await inquire.click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/inquiry\\?municipality=essen`));

    await fillInquiry(page, null, {
      companyName: { de: "Rheinwerk Sensorik GmbH", ja: "さくらロボティクス株式会社", en: "Harbour Analytics Ltd" }[locale],
      contactName: { de: "Anna Becker", ja: "田中 由紀", en: "Sam Taylor" }[locale],
      email,
      phone: "+49 201 555 0100",
      description: {
        de: "Wir entwickeln Sensoren für Wasserstoffleitungen und suchen einen Servicestandort im Ruhrgebiet nahe bei unseren ersten Kunden.",
        ja: "当社は病院向けのサービスロボットを開発しており、欧州で最初の拠点と研究パートナーをルール地方で探しています。現地の大学との共同研究にも関心があります。",
        en: "We build analytics software for port logistics and want a first European office close to research partners in the Rhine-Ruhr region.",
      }[locale],
    });
    await screenshots(page, info, `${locale}-inquiry-check`);
    await page.waitForTimeout(MIN_FILL_MS);
    const reference = await sendInquiry(page);
    await screenshots(page, info, `${locale}-inquiry-confirmation`);

    const statusShows = async (stage: "received" | "forwarded" | "in-progress") => {
      await page.goto(`/${locale}/inquiry/status`);
      await page.locator('input[name="reference"]').fill(reference);
      await page.locator('input[name="email"]').fill(email);
      await page.locator('main form button[type="submit"]').click();
      await expect(page.getByTestId("status-stage")).toContainText(lead(t.inquiryStatus.stages[stage]));
    };
    await statusShows("received");

    const staff = await browser.newPage({ baseURL: info.project.use.baseURL });
    await signIn(staff, "gateway@example.org", locale);
    await staff.goto(`/${locale}/admin/inquiries/${reference}`);
    await staff.getByRole("checkbox", { name: "EWG" }).check();
    await staff.getByRole("button", { name: t.admin.actions.forward, exact: true }).click();
    await expect(staff.locator("#result")).toHaveText(t.admin.detail.result.done);
    await screenshots(staff, info, `${locale}-staff-detail-forwarded`);
    await signOut(staff);
    await statusShows("forwarded");

    await signIn(staff, "essen@example.org", locale);
    await staff.goto(`/${locale}/admin/inquiries`);
    await expect(staff.getByRole("link", { name: reference })).toBeVisible();
    await screenshots(staff, info, `${locale}-staff-inbox-essen`);
    await staff.getByRole("link", { name: reference }).click();
    await staff.getByRole("button", { name: t.admin.actions.accept, exact: true }).click();
    await expect(staff.locator("#result")).toHaveText(t.admin.detail.result.done);
    await staff.close();

    await statusShows("in-progress");
    await screenshots(page, info, `${locale}-status-in-progress`);
  });
}
