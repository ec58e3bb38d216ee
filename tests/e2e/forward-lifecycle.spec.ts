// The forward lifecycle (issue #17), in a production build: the gateway forwards an
// inquiry to Köln and Essen; Köln does not react. Its forward is made older than
// FORWARD_ACCEPT_BUSINESS_DAYS in the database (the only shortcut: time), the reminder
// schedule (FORWARD_REMINDER_CRON, every minute in playwright.config.ts) reminds
// Köln's staff once, the gateway finds the case under "overdue forwards" and withdraws
// Köln with a reason; koeln@ then gets 404 on the case. axe on the changed pages in
// de, ja and en; screenshots at 390 and 1280 px in ja and de under test-results/.
import { expect, test } from "@playwright/test";
import { withE2eDatabase } from "./support/database";
import { signIn, signOut } from "./support/staff";
import { expectNoAxeViolations } from "./support/axe";


type Mail = { toAddress: string; subject: string; text: string };
const reminders = (inquiryId: string) =>
  withE2eDatabase(async (c) => (await c.query<Mail>(`SELECT "toAddress", subject, text FROM "OutboundMail" WHERE "inquiryId" = $1 AND kind = 'FORWARD_REMINDER' ORDER BY "toAddress"`, [inquiryId])).rows);

const OVERDUE = { de: "überfällig", ja: "期限超過", en: "overdue" } as const;
const FILTER = { de: "Weiterleitungen", ja: "引き継ぎ", en: "Forwards" } as const;

test("a forward Köln does not answer: reminded once, found as overdue, withdrawn; Köln loses the case", async ({ page }) => {
  test.setTimeout(240_000);
  // A new demo inquiry nobody has worked on (the conversation story takes the newest Japanese one).
  const inquiry = await withE2eDatabase(async (c) =>
    (await c.query<{ id: string; reference: string }>(
      `SELECT id, reference FROM "Inquiry" WHERE status = 'NEW' AND "anonymisedAt" IS NULL AND "replyLocale" <> 'ja' ORDER BY "submittedAt" DESC LIMIT 1`,
    )).rows[0]!,
  );

  await signIn(page, "gateway@example.org");
  await page.goto(`/en/admin/inquiries/${inquiry.reference}`);
  await page.getByRole("checkbox", { name: "KölnBusiness – Cologne Economic Development", exact: true }).check();
  await page.getByRole("checkbox", { name: "EWG – Essen Economic Development Agency", exact: true }).check();
  await page.getByRole("button", { name: "Forward" }).click();
  await expect(page.locator("#result")).toHaveText("Saved.");
  const assignments = page.locator("#assignments-heading + ul");
  await expect(assignments.locator("li").filter({ hasText: "KölnBusiness" })).toContainText("waiting for 0 business days");
  await expect(assignments).not.toContainText("overdue");

  // Time passes: Köln's forward was made two weeks ago (at least eight business days, holidays or not).
  await withE2eDatabase((c) =>
    c.query(`UPDATE "Assignment" a SET "assignedAt" = now() - interval '14 days' FROM "Organisation" o
      WHERE o.id = a."organisationId" AND o.slug = 'koeln' AND a."inquiryId" = $1 AND a.state = 'PENDING'`, [inquiry.id]),
  );
  // The schedule runs every minute here: Köln's staff get one reminder, Essen (not overdue) none.
  await expect.poll(async () => (await reminders(inquiry.id)).length, { timeout: 150_000, intervals: [2_000] }).toBeGreaterThan(0);
  const mails = await reminders(inquiry.id);
  expect(mails.map((m) => m.toAddress)).toEqual(["koeln@example.org"]);
  expect(mails[0]!.subject).toContain(inquiry.reference);
  expect(mails[0]!.text).toContain(`/admin/inquiries/${inquiry.reference}`);

  // The gateway's inbox: "overdue forwards", with the badge; the case shows it beside Köln.
  await page.goto("/en/admin/inquiries");
  await page.getByLabel(FILTER.en, { exact: true }).selectOption("overdue");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/forward=overdue/);
  const row = page.locator("tbody tr").filter({ hasText: inquiry.reference });
  await expect(row).toContainText("Forward overdue");
  await row.getByRole("link", { name: inquiry.reference }).click();
  const koeln = page.locator("#assignments-heading + ul li").filter({ hasText: "KölnBusiness" });
  await expect(koeln).toContainText(OVERDUE.en);
  await expect(koeln).toContainText("reminder sent on");
  await expect(page.locator("#assignments-heading + ul li").filter({ hasText: "EWG" })).not.toContainText(OVERDUE.en);

  // The changed pages in every language, axe-clean; screenshots in ja and de.
  for (const locale of ["de", "ja", "en"] as const) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/${locale}/admin/inquiries?forward=overdue`);
    await expect(page.getByLabel(FILTER[locale], { exact: true })).toHaveValue("overdue");
    await expect(page.locator("tbody tr").filter({ hasText: inquiry.reference })).toBeVisible();
    await expectNoAxeViolations(page);
    if (locale !== "en") await page.screenshot({ path: `test-results/forward-overdue-inbox-${locale}-1280.png`, fullPage: true });
    await page.goto(`/${locale}/admin/inquiries/${inquiry.reference}`);
    await expect(page.locator("#assignments-heading + ul li").filter({ hasText: "KölnBusiness" })).toContainText(OVERDUE[locale]);
    await expectNoAxeViolations(page);
    if (locale !== "en") {
      await page.locator("#assignments-heading").scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/forward-overdue-case-${locale}-1280.png` });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.reload();
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await page.locator("#assignments-heading").scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/forward-overdue-case-${locale}-390.png` });
      await page.goto(`/${locale}/admin/inquiries?forward=overdue`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await page.screenshot({ path: `test-results/forward-overdue-inbox-${locale}-390.png`, fullPage: true });
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  // Still one reminder per person, however often the schedule ran meanwhile.
  expect(await reminders(inquiry.id)).toHaveLength(1);

  // The gateway withdraws Köln with a reason.
  await page.goto(`/en/admin/inquiries/${inquiry.reference}`);
  const withdraw = page.locator("form").filter({ has: page.getByLabel("Withdraw the forward to KölnBusiness") });
  await withdraw.getByLabel("Withdraw the forward to KölnBusiness").fill("No answer after two weeks; Essen takes it.");
  await withdraw.getByRole("button", { name: "Withdraw", exact: true }).click();
  await expect(page.locator("#result")).toHaveText("Saved.");
  await expect(page.locator("#assignments-heading + ul li").filter({ hasText: "KölnBusiness" })).toContainText("withdrawn");
  // The reason stands under the timeline's entry as a text of the case (translatable like a return's reason), marked with the language of the form it was written in.
  const entry = page.locator("#timeline-heading + div li").filter({ hasText: "Forward to KölnBusiness – Cologne Economic Development withdrawn, with this reason:" });
  await expect(entry).toHaveCount(1);
  await expect(entry.getByText("No answer after two weeks; Essen takes it.", { exact: true })).toHaveAttribute("lang", "en");
  await signOut(page);

  // Köln lost the case at once.
  await signIn(page, "koeln@example.org");
  expect((await page.goto(`/en/admin/inquiries/${inquiry.reference}`))?.status()).toBe(404);
  await page.goto(`/en/admin/inquiries?q=${inquiry.reference}`);
  await expect(page.locator("tbody tr").filter({ hasText: inquiry.reference })).toHaveCount(0);
  await signOut(page);
});
