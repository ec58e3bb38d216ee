// The conversation in a real browser against the production build: the gateway
// (UI in German) writes to a Japanese applicant, the applicant answers without
// JavaScript, the case shows "new reply", the gateway is notified; a forward to
// Essen carries the gateway's message to essen@ and to the case page; the forward,
// Essen's accept and the gateway's close each tell the applicant what the status page
// says at that moment (the sentence and the dated steps), and the status page names
// the handling organisation's public contact and links to the conversation. Mails are read as the
// test SMTP server received them (tests/e2e/support/mail.ts), decoded from the raw message.
import { expect, test, type Page } from "@playwright/test";
import { withE2eDatabase } from "./support/database";
import { mailMark, receivedMails, waitForMail, type ReceivedMail } from "./support/mail";
import { signIn, signOut } from "./support/staff";
import { axeViolations } from "./support/axe";

const axe = (page: Page) => axeViolations(page);

/** A mail as it arrived: plain text in UTF-8, in the language it is written in, to exactly one recipient. */
const expectDelivered = (mail: ReceivedMail, to: string, language: "ja" | "de") => {
  expect(mail.to).toEqual([to.toLowerCase()]);
  expect(mail.contentLanguage).toBe(language);
  expect(mail.parsed.headers.get("content-type")).toMatchObject({ value: "text/plain" });
  expect(mail.charset).toBe("utf-8");
};

test("a Japanese applicant and the gateway talk through the portal; Essen takes over", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const inquiry = await withE2eDatabase(async (c) =>
    (await c.query<{ id: string; reference: string; contactEmail: string; companyName: string; contactName: string }>(
      `SELECT id, reference, "contactEmail", "companyName", "contactName" FROM "Inquiry" WHERE "replyLocale" = 'ja' AND status = 'NEW' AND "anonymisedAt" IS NULL ORDER BY "submittedAt" DESC LIMIT 1`,
    )).rows[0]!,
  );

  // The gateway writes, in a German UI, to the Japanese applicant.
  await signIn(page, "gateway@example.org", "de");
  await page.goto(`/de/admin/inquiries/${inquiry.reference}`);
  await expect(page.getByText("Die anfragende Person möchte Antworten auf Japanisch")).toBeVisible();
  const message = `ご連絡ありがとうございます。<script>alert("x")</script>来週お打ち合わせできますか。`;
  await page.getByLabel("Nachricht", { exact: true }).fill(message);
  await page.getByRole("button", { name: "Vorschau" }).click();
  await expect(page.getByRole("heading", { name: "So geht die E-Mail hinaus" })).toBeVisible();
  await expect(page.locator("#compose-preview-heading + p + p + pre")).toContainText(`${inquiry.companyName}`);
  await expect(page.getByLabel("Nachricht", { exact: true })).toHaveValue(message);
  const beforeMessage = mailMark();
  await page.getByRole("button", { name: "Nachricht senden" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Nachricht gesendet" })).toBeVisible();
  await expect(page.locator("#conversation-heading + div")).toContainText(message);

  // The mail as the applicant's mail server received it: Japanese, company then name with 様, the message as typed
  // (plain text, so the markup is inert), and answers go to the gateway's mailbox (this server reads no IMAP box).
  const gatewayMailbox = await withE2eDatabase(async (c) => (await c.query<{ email: string }>(`SELECT email FROM "Organisation" WHERE kind = 'GATEWAY'`)).rows[0]!.email);
  const sent = await waitForMail({ to: inquiry.contactEmail, subject: `（${inquiry.reference}）`, after: beforeMessage });
  expectDelivered(sent, inquiry.contactEmail, "ja");
  expect(sent.subject).toMatch(new RegExp(`^【NRW・東京プログラム】.+からのメッセージ（${inquiry.reference}）$`));
  expect(sent.replyTo).toEqual([gatewayMailbox.toLowerCase()]);
  expect(sent.text.startsWith(`${inquiry.companyName}\n${inquiry.contactName} 様\n`)).toBe(true);
  expect(sent.text).toContain(`\n${message}\n`);
  expect(sent.parsed.html).toBe(false);
  const link = new URL(/https?:\/\/\S+\/ja\/inquiry\/messages\/\S+/.exec(sent.text)![0]);
  expect(link.origin).toBe(new URL(test.info().project.use.baseURL!).origin);

  // The applicant answers without JavaScript, in Japanese; an empty answer is refused in Japanese first.
  const applicant = await browser.newContext({ javaScriptEnabled: false, locale: "ja-JP" });
  const reader = await applicant.newPage();
  await reader.goto(link.pathname);
  await expect(reader.getByRole("heading", { level: 1 })).toContainText(inquiry.reference);
  await expect(reader.locator("ol")).toContainText(message);
  expect(await reader.locator("script:not([src])").evaluateAll((nodes) => nodes.some((n) => n.textContent?.includes('alert("x")')))).toBe(false);
  await reader.getByRole("button", { name: "返信を送信" }).click();
  await expect(reader.getByRole("alert")).toContainText("返信内容を入力してください");
  const answer = "ありがとうございます。火曜日の午前中でお願いいたします。";
  await reader.locator("#field-body").fill(answer);
  const beforeAnswer = mailMark();
  await reader.getByRole("button", { name: "返信を送信" }).click();
  await expect(reader.locator("#reply-sent")).toContainText("返信を受け付け");
  await expect(reader.locator("ol")).toContainText(answer);

  // The reply page, its error state and a broken link in every language: axe (which needs JavaScript) finds nothing; a too long text is kept.
  const checking = await browser.newContext();
  const checker = await checking.newPage();
  for (const locale of ["de", "ja", "en"]) {
    const token = link.pathname.split("/").at(-1)!;
    await checker.goto(`/${locale}/inquiry/messages/${token}`);
    expect(await axe(checker)).toEqual([]);
    await checker.locator("textarea").fill("x".repeat(4001));
    await checker.locator('form button[type="submit"]').click();
    await expect(checker.locator("#field-body")).toHaveAttribute("aria-invalid", "true");
    await expect(checker.locator("#field-body")).toHaveValue("x".repeat(4001));
    expect(await axe(checker)).toEqual([]);
    await checker.goto(`/${locale}/inquiry/messages/${token.slice(0, -2)}zz`);
    await expect(checker.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await axe(checker)).toEqual([]);
  }
  await checking.close();

  // The answer is on the case, marked "new reply" in the inbox, and the gateway was told.
  await page.goto(`/de/admin/inquiries?reply=new&q=${inquiry.reference}`);
  await expect(page.locator("tbody tr").filter({ hasText: inquiry.reference })).toContainText("Neue Antwort");
  const told = await waitForMail({ to: "gateway@example.org", subject: inquiry.reference, after: beforeAnswer });
  expectDelivered(told, "gateway@example.org", "de");
  expect(told.subject).toBe(`Neue Antwort zu ${inquiry.reference}`);
  expect(told.text).toContain(`Die anfragende Person (${inquiry.companyName}) hat zur Anfrage ${inquiry.reference} geantwortet.`);
  expect(told.text).toContain(`/de/admin/inquiries/${inquiry.reference}`);

  // Forward to Essen with a message: essen@ gets it in German, the applicant is told in Japanese.
  await page.goto(`/de/admin/inquiries/${inquiry.reference}`);
  await expect(page.locator("#conversation-heading + div")).toContainText(answer);
  const note = "Bitte übernehmen: Standortsuche für die Serviceniederlassung.";
  await page.getByRole("checkbox", { name: "EWG – Essener Wirtschaftsförderungsgesellschaft", exact: true }).check();
  await page.getByLabel("Nachricht an die Empfänger (optional)").fill(note);
  let mark = mailMark();
  await page.getByRole("button", { name: "Weiterleiten" }).click();
  await expect(page.locator("#result")).toHaveText("Gespeichert.");
  const essenMail = await waitForMail({ to: "essen@example.org", subject: inquiry.reference, after: mark });
  expectDelivered(essenMail, "essen@example.org", "de");
  expect(essenMail.subject).toBe(`Neue Anfrage für EWG – Essener Wirtschaftsförderungsgesellschaft: ${inquiry.reference}`);
  expect(essenMail.text).toContain(`Unternehmen: ${inquiry.companyName}\n`);
  expect(essenMail.text).toContain(`\n${note}\n`);
  expect(essenMail.text).toContain(`/de/admin/inquiries/${inquiry.reference}`);
  // Nothing personal beyond what the partner may see before accepting.
  expect(essenMail.text).not.toContain(inquiry.contactEmail);
  expect(essenMail.text).not.toContain(inquiry.contactName);
  await signOut(page);

  // The status page as the applicant sees it now (one look-up each: the look-up's allowance is 20 an hour per client).
  const statusPage = async (locale: "ja" | "de" | "en", after?: (status: Page) => Promise<void>) => {
    const context = await browser.newContext();
    const status = await context.newPage();
    await status.goto(`/${locale}/inquiry/status`);
    await status.locator('input[name="reference"]').fill(inquiry.reference);
    await status.locator('input[name="email"]').fill(inquiry.contactEmail);
    await status.locator('main form button[type="submit"]').click();
    await expect(status.getByTestId("status-stage")).toBeVisible();
    const sentence = (await status.getByTestId("status-stage").textContent())!.trim();
    const steps = (await status.getByTestId("status-steps").locator("li").allTextContents()).map((l) => l.trim());
    const contacts = (await status.getByTestId("status-contacts").textContent())!;
    expect(await axe(status)).toEqual([]);
    await after?.(status);
    await context.close();
    return { sentence, steps, contacts };
  };
  const stageSubject = `【NRW・東京プログラム】お問い合わせ（${inquiry.reference}）の状況が更新されました`;
  /**
   * The one stage mail the applicant received since `since` says what the status page says now:
   * the sentence and the dated steps; answers go to the first contact the page names.
   */
  const expectMailMatchesStatusPage = async (since: Set<string>, steps: number, after?: (status: Page) => Promise<void>) => {
    const mail = await waitForMail({ to: inquiry.contactEmail, subject: stageSubject, after: since });
    const shown = await statusPage("ja", after);
    expectDelivered(mail, inquiry.contactEmail, "ja");
    expect(mail.subject).toBe(stageSubject);
    expect(mail.text.startsWith(`${inquiry.companyName}\n${inquiry.contactName} 様\n`)).toBe(true);
    expect(mail.text).toContain(shown.sentence);
    expect(shown.steps).toHaveLength(steps);
    for (const step of shown.steps) expect(step).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日：\S/);
    expect(mail.text).toContain(`これまでの経過：\n${shown.steps.join("\n")}\n`);
    expect(mail.replyTo).toHaveLength(1);
    expect(shown.contacts).toContain(mail.replyTo[0]);
    const stageMails = (await receivedMails()).filter((m) => !since.has(m.file) && m.to.includes(inquiry.contactEmail.toLowerCase()) && m.subject === stageSubject);
    expect(stageMails).toHaveLength(1);
    return { ...shown, mail };
  };
  const forwarded = await expectMailMatchesStatusPage(mark, 2);
  expect(forwarded.steps[1]).toMatch(/：エッセンに引き継ぎました$/);
  expect(forwarded.mail.text).toContain("エッセン経済振興公社（EWG）");

  // Essen sees the gateway's message on the case and accepts; the applicant is told the status page's words,
  // which name Essen's public contact (the organisation's mailbox, not a staff member's address).
  await signIn(page, "essen@example.org", "de");
  await page.goto(`/de/admin/inquiries/${inquiry.reference}`);
  await expect(page.locator("#conversation-heading + div")).toContainText(note);
  mark = mailMark();
  await page.getByRole("button", { name: "Annehmen" }).click();
  await expect(page.locator("#result")).toHaveText("Gespeichert.");
  const essenMailbox = await withE2eDatabase(async (c) => (await c.query<{ email: string }>(`SELECT email FROM "Organisation" WHERE slug = 'essen'`)).rows[0]!.email);
  const accepted = await expectMailMatchesStatusPage(mark, 3);
  expect(accepted.steps[2]).toMatch(/：エッセンが対応を引き受けました$/);
  expect(accepted.contacts).toContain(essenMailbox);
  expect(accepted.mail.replyTo).toEqual([essenMailbox.toLowerCase()]);
  expect(accepted.contacts).not.toContain("essen@example.org");
  await signOut(page);

  // The gateway closes the inquiry (every open part with it); the applicant's mail again equals the status page,
  // whose conversation link opens the conversation.
  await signIn(page, "gateway@example.org", "de");
  await page.goto(`/de/admin/inquiries/${inquiry.reference}`);
  await page.getByRole("radio", { name: "Angesiedelt / Tochtergesellschaft gegründet" }).check();
  await page.getByLabel("Kurze Zusammenfassung").fill("Niederlassung in Essen gegründet.");
  await page.getByRole("button", { name: "Weiter zur Bestätigung" }).click();
  mark = mailMark();
  await page.getByRole("button", { name: "Jetzt abschließen" }).click();
  await expect(page.locator("#result")).toHaveText("Abgeschlossen.");
  await signOut(page);
  const closed = await expectMailMatchesStatusPage(mark, 4, async (status) => {
    await status.getByTestId("status-conversation").click();
    await expect(status).toHaveURL(/\/ja\/inquiry\/messages\//);
    await expect(status.getByRole("heading", { level: 1 })).toContainText(inquiry.reference);
    await expect(status.locator("ol")).toContainText(answer);
  });
  expect(closed.sentence).toMatch(/^完了：/);
  expect(closed.steps[3]).toMatch(/：対応を終了しました$/);

  // The status page in German and English, and its field errors in every language: axe finds nothing; dates as people write them there.
  for (const [locale, date] of [["de", /^\d{1,2}\. \p{L}+ \d{4}: Anfrage eingegangen$/u], ["en", /^\p{L}+ \d{1,2}, \d{4}: Inquiry received$/u]] as const) {
    expect((await statusPage(locale)).steps[0]).toMatch(date);
  }
  for (const locale of ["de", "ja", "en"]) {
    const context = await browser.newContext();
    const status = await context.newPage();
    await status.goto(`/${locale}/inquiry/status`);
    await status.locator('main form button[type="submit"]').click();
    await expect(status.locator('input[name="reference"]')).toHaveAttribute("aria-invalid", "true");
    expect(await axe(status)).toEqual([]);
    await context.close();
  }
  await applicant.close();
});
