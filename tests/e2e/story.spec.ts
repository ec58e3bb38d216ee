// The whole story once, in English: a company sends an inquiry through the public
// form, NRW.Global Business forwards it to Essen, Essen accepts and closes it,
// Köln never sees it, and the applicant's status page follows every step.
import { expect, test, type Page } from "@playwright/test";
import { signIn, signOut } from "./support/staff";

const EMAIL = `story.${Date.now()}@example.de`;
const COMPANY = `Rheinwerk Sensorik GmbH ${Date.now()}`;

async function statusOf(page: Page, reference: string) {
  await page.goto("/en/inquiry/status");
  await page.getByLabel("Reference number").fill(reference);
  await page.getByLabel("Email address").fill(EMAIL);
  await page.getByRole("button", { name: "Check status" }).click();
  return page.getByTestId("status-stage");
}

// The form refuses journeys faster than INQUIRY_MIN_FILL_SECONDS (3 s): a bot's pace.
const MIN_FILL_MS = 3_500;

test("from the public form through the gateway to Essen, with the status page following", async ({ page, browser }) => {
  await page.goto("/en/inquiry?municipality=essen");
  await page.getByLabel("Tokyo → NRW").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Name of the company or organisation").fill(COMPANY);
  await page.getByLabel("City of headquarters").fill("Tokyo");
  await page.getByLabel("Country of headquarters").selectOption("JP");
  await page.getByLabel("10 to 49").check();
  await page.getByRole("group", { name: /start-up/ }).getByLabel("Yes").check();
  await page.getByRole("group", { name: "Sectors" }).getByLabel(/Energy/).first().check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("group", { name: "What support would you like?" }).getByRole("checkbox").first().check();
  await page.getByRole("group", { name: /When do you want/ }).getByLabel("In 6 to 12 months").check();
  await page.getByLabel("Describe your project").fill(
    "We build sensors that monitor hydrogen pipelines and want a service base in the Ruhr area close to our first European customers.",
  );
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Your name", { exact: true }).fill("Kenji Watanabe");
  await page.getByLabel("Email address").fill(EMAIL);
  await page.getByLabel("Phone number").fill("+81 3 5555 0101");
  await page.getByLabel(/I have read the privacy notice/).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
  // Playwright types faster than any person; the journey (from the first saved step) must take
  // at least as long as a person would, or the form treats it as a bot.
  await page.waitForTimeout(MIN_FILL_MS);
  await page.getByRole("button", { name: "Send inquiry" }).click();
  const reference = ((await page.getByTestId("reference").textContent()) ?? "").trim();
  expect(reference).toMatch(/^NT-\d{4}-\d{5}$/);
  await expect(await statusOf(page, reference)).toContainText("Received");

  const staff = await browser.newPage({ baseURL: test.info().project.use.baseURL });
  await signIn(staff, "gateway@example.org");
  await staff.goto(`/en/admin/inquiries?q=${encodeURIComponent(COMPANY)}`);
  await staff.getByRole("link", { name: reference }).click();
  await expect(staff.getByText("Inquiry received")).toBeVisible();
  // Answers read as the applicant chose them, not as stored codes.
  for (const answer of ["Tokyo, Japan", "10 to 49", "In 6 to 12 months"]) await expect(staff.getByRole("definition").filter({ hasText: answer })).toHaveCount(1);
  await staff.getByRole("checkbox", { name: "EWG" }).check();
  await staff.getByRole("button", { name: "Forward" }).click();
  await expect(staff.locator("#result")).toHaveText("Saved.");
  await expect(await statusOf(page, reference)).toContainText("Forwarded");
  await signOut(staff);

  await signIn(staff, "koeln@example.org");
  expect((await staff.goto(`/en/admin/inquiries/${reference}`))?.status()).toBe(404);
  await staff.goto("/en/admin/inquiries");
  await signOut(staff);

  await signIn(staff, "essen@example.org");
  await staff.goto(`/en/admin/inquiries/${reference}`);
  await staff.getByRole("button", { name: "Accept" }).click();
  await expect(staff.locator("h1 + p")).toContainText("Accepted");
  await expect(await statusOf(page, reference)).toContainText("In progress");
  await closeWith(staff, "Settled / subsidiary founded", "Service base opened in Essen.");
  await expect(staff.locator("#result")).toHaveText("Closed.");
  await signOut(staff);

  // Essen closed its part; the gateway confirms and closes the inquiry.
  await signIn(staff, "gateway@example.org");
  await staff.goto(`/en/admin/inquiries/${reference}`);
  await closeWith(staff, "Settled / subsidiary founded", "Sensor company settled in Essen.");
  await expect(staff.locator("h1 + p")).toContainText("Closed");
  await expect(await statusOf(page, reference)).toContainText("Closed");
  await staff.close();
});

/** The deliberate close: outcome, summary, then the confirmation step. */
async function closeWith(staff: Page, outcome: string, summary: string) {
  await staff.getByRole("radio", { name: outcome }).check();
  await staff.getByLabel("Short summary").fill(summary);
  await staff.getByRole("button", { name: "Continue to confirmation" }).click();
  await staff.getByRole("button", { name: "Close now" }).click();
}
