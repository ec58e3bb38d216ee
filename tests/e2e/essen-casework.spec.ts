// Essen's casework in a real browser against the production build (issue #17): a
// case forwarded to Essen shows essen@ no contact person until Essen accepts (not in
// the page's HTML either); on accepting the contact details appear and the release is
// on the timeline; Essen names its colleague (essen2@) as owner, who finds the case
// under "mine", writes a private note that the gateway cannot see, and closes Essen's
// part after the confirmation step; the gateway closes the inquiry and the dashboard
// counts the outcome. axe on the case page (pending; with owner and notes) and on the
// close's confirmation step, in de, ja and en; screenshots at 390 and 1280 px.
import { expect, test, type Page } from "@playwright/test";
import { fillInquiry, sendInquiry } from "./support/inquiry-form";
import { signIn, signOut } from "./support/staff";
import { axeViolations } from "./support/axe";

const axe = (page: Page) => axeViolations(page);
const LOCALES = ["de", "ja", "en"] as const;

const applicant = {
  companyName: "Kawasemi Sensor Works K.K.",
  contactName: "Rintaro Kawasemi",
  email: "rintaro.kawasemi@kawasemi-sensor.example.jp",
  phone: "+81 3 4567 8912",
  description: "We build industrial humidity sensors and look for a service base in the Ruhr area with a small team of engineers.",
};
const CONTACT_TRACES = [applicant.contactName, applicant.email, "4567", "8912"];
const PRIVATE_NOTE = "Private to Essen: Ms Demir calls the company on Monday about the Zollverein site.";

/** The count in the dashboard's "Closed, by outcome" table for one outcome. */
async function closedWith(page: Page, outcome: string): Promise<number> {
  await page.goto("/en/admin/dashboard");
  const table = page.locator("table", { has: page.locator("caption", { hasText: "Closed, by outcome" }) });
  const cell = table.locator("tr", { has: page.getByRole("rowheader", { name: outcome, exact: true }) }).locator("td").first();
  return Number((await cell.textContent())?.replace(/\D/g, ""));
}

/** The close form up to its confirmation step (field names: the same in every language). */
async function reviewClose(page: Page, summary: string) {
  await page.locator('input[name="outcome"][value="partnership"]').check();
  await page.locator('input[name="jobs"]').fill("12");
  await page.locator('textarea[name="summary"]').fill(summary);
  await page.locator('button[name="intent"][value="review"]').click();
  await expect(page.locator('button[name="intent"][value="confirm"]')).toBeVisible();
}

test("Essen: no contact details before accepting, a named owner, a private note, a deliberate close", async ({ page }) => {
  test.setTimeout(240_000);
  await fillInquiry(page, "/en/inquiry?municipality=essen", applicant);
  const reference = await sendInquiry(page);
  const casePath = (locale: string) => `/${locale}/admin/inquiries/${reference}`;

  // The gateway forwards it to Essen (EWG) and notes the dashboard's count.
  await signIn(page, "gateway@example.org");
  const before = await closedWith(page, "Partnership or cooperation agreed");
  await page.goto(casePath("en"));
  await page.getByRole("checkbox", { name: "EWG – Essen Economic Development Agency", exact: true }).check();
  await page.getByRole("button", { name: "Forward" }).click();
  await expect(page.locator("#result")).toHaveText("Saved.");
  await signOut(page);

  // Before accepting, essen@ sees what it needs to decide, but no contact person: not on the page, not in its HTML.
  await signIn(page, "essen@example.org");
  await page.goto(casePath("en"));
  await expect(page.getByTestId("contact-withheld")).toContainText("Shown once EWG – Essen Economic Development Agency accepts the case");
  await expect(page.locator("#answers-heading + div")).toContainText(applicant.companyName);
  const html = [await page.content(), await (await page.request.get(casePath("en"))).text(), await (await page.request.get(casePath("ja"))).text()].join("\n");
  for (const trace of CONTACT_TRACES) expect(html, trace).not.toContain(trace);
  for (const locale of LOCALES) {
    await page.goto(casePath(locale));
    expect(await axe(page), `pending case page in ${locale}`).toEqual([]);
  }

  // Essen accepts: the contact person appears, the release is on the timeline; Elif Demir becomes the owner.
  await page.goto(casePath("en"));
  await page.getByRole("button", { name: "Accept" }).click();
  await expect(page.locator("#result")).toHaveText("Saved.");
  await expect(page.locator("#answers-heading + div")).toContainText(applicant.email);
  await expect(page.locator("#answers-heading + div")).toContainText(applicant.contactName);
  await expect(page.locator("#timeline-heading + div")).toContainText("Contact details released to EWG – Essen Economic Development Agency with its acceptance");
  await expect(page.getByTestId("own-owner")).toHaveText("Nobody at EWG – Essen Economic Development Agency owns this case yet.");
  await page.locator("#owner-select").selectOption({ label: "Elif Demir" });
  await page.getByRole("button", { name: "Change owner" }).click();
  await expect(page.locator("#result")).toHaveText("Owner saved.");
  await expect(page.getByTestId("own-owner")).toHaveText("Owner at EWG – Essen Economic Development Agency: Elif Demir");
  await expect(page.locator("#timeline-heading + div")).toContainText(/EWG – Essen Economic Development Agency: \u2068Elif Demir\u2069 owns the case now/);
  await signOut(page);

  // The colleague finds it under "mine" and writes a note, private to Essen by default.
  await signIn(page, "essen2@example.org");
  await page.goto("/en/admin/inquiries");
  await page.locator("#f-owner").selectOption("mine");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/owner=mine/);
  const row = page.locator("tr", { has: page.getByRole("link", { name: reference }) });
  await expect(row).toContainText("Owner: Elif Demir");
  await row.getByRole("link", { name: reference }).click();
  await expect(page.getByRole("radio", { name: "Only EWG" })).toBeChecked();
  await page.getByLabel("Note", { exact: true }).fill(PRIVATE_NOTE);
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.locator("#result")).toHaveText("Saved.");
  await expect(page.locator("#notes-heading ~ ul li").filter({ hasText: PRIVATE_NOTE })).toContainText("Only EWG");
  for (const locale of LOCALES) {
    await page.goto(casePath(locale));
    expect(await axe(page), `case page with owner and notes in ${locale}`).toEqual([]);
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      if (locale !== "en") await page.screenshot({ path: `test-results/essen-casework-${locale}-${width}.png`, fullPage: true });
    }
  }

  // The close's confirmation step in every language; confirmed in English.
  for (const locale of LOCALES) {
    await page.goto(casePath(locale));
    await reviewClose(page, "Cooperation with the Essen sensor cluster agreed; service base planned.");
    expect(await axe(page), `close confirmation in ${locale}`).toEqual([]);
    if (locale === "ja") await page.screenshot({ path: "test-results/essen-casework-confirm-ja.png", fullPage: true });
  }
  await page.getByRole("button", { name: "Close now" }).click();
  await expect(page.locator("#result")).toHaveText("Closed.");
  await signOut(page);

  // The gateway does not see Essen's private note, not even that there is one; it closes the inquiry.
  await signIn(page, "gateway@example.org");
  await page.goto(casePath("en"));
  await expect(page.locator("#timeline-heading + div")).toContainText("EWG – Essen Economic Development Agency closed its part: Partnership or cooperation agreed");
  await expect(page.locator("#timeline-heading + div")).not.toContainText("Internal note added");
  expect(await page.content()).not.toContain(PRIVATE_NOTE);
  await reviewClose(page, "Partnership with the Essen sensor cluster; 12 jobs planned.");
  await page.getByRole("button", { name: "Close now" }).click();
  await expect(page.locator("#result")).toHaveText("Closed.");
  expect(await closedWith(page, "Partnership or cooperation agreed")).toBe(before + 1);
});
