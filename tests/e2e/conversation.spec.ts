// The conversation in a real browser against the production build: the gateway
// (UI in German) writes to a Japanese applicant, the applicant answers without
// JavaScript, the case shows "new reply", the gateway is notified; a forward to
// Essen carries the gateway's message to essen@ and to the case page; accept and
// each tell the applicant what the status page says. Mails are read from the
// outbox table (this server runs without SMTP_URL).
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { withE2eDatabase } from "./support/database";
import { signIn, signOut } from "./support/staff";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const axe = async (page: Page) => (await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);

type Mail = { subject: string; text: string; locale: string; toAddress: string };
const mails = (inquiryId: string, kind: string) =>
  withE2eDatabase(async (c) => (await c.query<Mail>(`SELECT subject, text, locale, "toAddress" FROM "OutboundMail" WHERE "inquiryId" = $1 AND kind = $2 ORDER BY "createdAt"`, [inquiryId, kind])).rows);

test("a Japanese applicant and the gateway talk through the portal; Essen takes over", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const inquiry = await withE2eDatabase(async (c) =>
    (await c.query<{ id: string; reference: string; contactEmail: string; companyName: string }>(
      `SELECT id, reference, "contactEmail", "companyName" FROM "Inquiry" WHERE "replyLocale" = 'ja' AND status = 'NEW' AND "anonymisedAt" IS NULL ORDER BY "submittedAt" DESC LIMIT 1`,
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
  await page.getByRole("button", { name: "Nachricht senden" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Nachricht gesendet" })).toBeVisible();
  await expect(page.locator("#conversation-heading + div")).toContainText(message);

  const [sent] = await mails(inquiry.id, "APPLICANT_MESSAGE");
  expect(sent!.locale).toBe("ja");
  expect(sent!.subject).toContain(inquiry.reference);
  expect(sent!.text).toContain(`${inquiry.companyName}\n`);
  expect(sent!.text).toContain(" 様");
  expect(sent!.text).toContain(message);
  const link = new URL(/https?:\/\/\S+\/ja\/inquiry\/messages\/\S+/.exec(sent!.text)![0]);

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
  const told = await withE2eDatabase(async (c) => (await c.query(`SELECT 1 FROM "OutboundMail" WHERE "inquiryId" = $1 AND kind = 'STAFF_NOTIFICATION' AND "toAddress" = 'gateway@example.org'`, [inquiry.id])).rowCount);
  expect(told).toBeGreaterThan(0);

  // Forward to Essen with a message: essen@ gets it in German, the applicant is told in Japanese.
  await page.goto(`/de/admin/inquiries/${inquiry.reference}`);
  await expect(page.locator("#conversation-heading + div")).toContainText(answer);
  const note = "Bitte übernehmen: Standortsuche für die Serviceniederlassung.";
  await page.getByRole("checkbox", { name: "EWG", exact: true }).check();
  await page.getByLabel("Nachricht an die Empfänger (optional)").fill(note);
  await page.getByRole("button", { name: "Weiterleiten" }).click();
  await expect(page.locator("#result")).toHaveText("Gespeichert.");
  const essenMail = (await mails(inquiry.id, "STAFF_NOTIFICATION")).find((m) => m.toAddress === "essen@example.org");
  expect(essenMail!.locale).toBe("de");
  expect(essenMail!.text).toContain(note);
  await signOut(page);

  const statusSentence = async () => {
    const context = await browser.newContext();
    const status = await context.newPage();
    await status.goto("/ja/inquiry/status");
    await status.getByLabel("受付番号").fill(inquiry.reference);
    await status.getByLabel("メールアドレス").fill(inquiry.contactEmail);
    await status.getByRole("button", { name: "状況を確認する" }).click();
    const sentence = (await status.getByTestId("status-stage").textContent())!.trim();
    await context.close();
    return sentence;
  };
  const applicantMails = () => mails(inquiry.id, "APPLICANT_STATUS");
  expect((await applicantMails()).at(-1)!.text).toContain(await statusSentence());
  expect((await applicantMails()).at(-1)!.text).toContain("エッセン経済振興公社（EWG）");

  // Essen sees the gateway's message on the case and accepts; the applicant is told the status page's words
  // (the close's mail is held equal to the status page in tests/integration/notifications.test.ts).
  await signIn(page, "essen@example.org", "de");
  await page.goto(`/de/admin/inquiries/${inquiry.reference}`);
  await expect(page.locator("#conversation-heading + div")).toContainText(note);
  await page.getByRole("button", { name: "Annehmen" }).click();
  await expect(page.locator("#result")).toHaveText("Gespeichert.");
  expect((await applicantMails()).at(-1)!.text).toContain(await statusSentence());
  await applicant.close();
});
