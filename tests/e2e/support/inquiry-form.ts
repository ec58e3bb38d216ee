// Fills the public inquiry form by its field names, so that one helper serves
// every language (the labels themselves are checked by the inquiry and journey specs).
import { expect, type Page } from "@playwright/test";

export type InquiryAnswers = {
  companyName: string;
  contactName: string;
  email: string;
  phone: string;
  description: string;
};

// The form refuses journeys faster than INQUIRY_MIN_FILL_SECONDS (3 s), a bot's pace: sendInquiry
// waits until that much has passed since the first step was answered (no wait when a spec already took longer).
const MIN_FILL_MS = 3_500;
const journeyStarted = new WeakMap<Page, number>();

/** The form's own submit button (the header's language switcher is no form). */
const submit = (page: Page) => page.locator('main form button[type="submit"]');

/**
 * Walks the four steps to the check page, from `startUrl` (e.g. /ja/inquiry?municipality=essen)
 * or, when it is null, from the first step the page already shows.
 */
export async function fillInquiry(page: Page, startUrl: string | null, answers: InquiryAnswers): Promise<void> {
  if (startUrl) await page.goto(startUrl);
  await page.locator('input[name="direction"][value="TOKYO_TO_NRW"]').check();
  await submit(page).click();
  // The first step's answer starts the draft, and with it the form's clock.
  await page.locator('input[name="companyName"]').waitFor();
  journeyStarted.set(page, Date.now());

  await page.locator('input[name="companyName"]').fill(answers.companyName);
  await page.locator('input[name="hqCity"]').fill("Tokyo");
  await page.locator('select[name="hqCountry"]').selectOption("JP");
  await page.locator('input[name="sizeBand"][value="10-49"]').check();
  await page.locator('input[name="isStartup"][value="yes"]').check();
  await page.locator('input[name="sectors"]').first().check();
  await submit(page).click();

  await page.locator('input[name="supportNeeds"]').first().check();
  await page.locator('input[name="timeline"][value="6-12"]').check();
  await page.locator('textarea[name="description"]').fill(answers.description);
  await submit(page).click();

  await page.locator('input[name="contactName"]').fill(answers.contactName);
  await page.locator('input[name="contactEmail"]').fill(answers.email);
  await page.locator('input[name="contactPhone"]').fill(answers.phone);
  await page.locator('input[name="privacyConsent"]').check();
  await submit(page).click();
  await expect(page).toHaveURL(/\/inquiry\/check$/);
}

/** Sends the checked inquiry; returns the reference from the confirmation page. */
export async function sendInquiry(page: Page): Promise<string> {
  const wait = (journeyStarted.get(page) ?? 0) + MIN_FILL_MS - Date.now();
  if (wait > 0) await page.waitForTimeout(wait);
  await submit(page).click();
  const reference = ((await page.getByTestId("reference").textContent({ timeout: 15_000 })) ?? "").trim();
  expect(reference).toMatch(/^NT-\d{4}-\d{5}$/);
  return reference;
}
