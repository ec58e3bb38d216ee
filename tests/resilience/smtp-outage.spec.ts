// The SMTP server is down when an inquiry arrives: both mails wait in the
// outbox, are retried, and are delivered exactly once when the server is back.
import { expect, test } from "@playwright/test";
import type { ParsedMail } from "mailparser";
import type { SMTPServer } from "smtp-server";
import { freePort } from "../../scripts/lib/db/embedded";
import { fillInquiry, sendInquiry } from "../e2e/support/inquiry-form";
import { Portal } from "./support/portal";
import { startSmtp } from "./support/smtp";

const PORT = Number(process.env.RESILIENCE_PORT ?? 3160) + 2;

test("mail waits while SMTP is down and is delivered exactly once when it is back", async ({ page }) => {
  const smtpPort = await freePort();
  const email = `smtp.outage.${Date.now()}@example.jp`;
  const portal = await Portal.start({
    port: PORT,
    env: { SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, MAIL_RETRY_DELAY_SECONDS: "2", INQUIRY_MIN_FILL_SECONDS: "0" },
  });
  let smtp: SMTPServer | undefined;
  try {
    await fillInquiry(page, `${portal.baseURL}/en/inquiry`, {
      companyName: "Sakura Robotics K.K.",
      contactName: "Yuki Tanaka",
      email,
      phone: "+81 3 5555 0102",
      description: "We build service robots for hospitals and are looking for a first European site with research partners.",
    });
    const reference = await sendInquiry(page);
    const mails = () =>
      portal.query<{ kind: string; status: string; attempts: number; lastError: string | null }>(
        `SELECT m.kind, m.status::text, m.attempts, m."lastError" FROM "OutboundMail" m JOIN "Inquiry" i ON i.id = m."inquiryId" WHERE i.reference = $1 ORDER BY m.kind`,
        [reference],
      );

    // Both mails were tried and are waiting for the next attempt.
    await expect
      .poll(async () => (await mails()).map((m) => m.attempts > 0 && m.status !== "SENT"), { timeout: 30_000 })
      .toEqual([true, true]);

    const received: ParsedMail[] = [];
    const addressed = () => received.filter((m) => m.subject?.includes(reference)).flatMap((m) => [m.to ?? []].flat().map((to) => to.text));
    smtp = await startSmtp(smtpPort, received);
    await expect.poll(async () => (await mails()).map((m) => m.status), { timeout: 90_000, intervals: [500] }).toEqual(["SENT", "SENT"]);
    // Give a duplicate the time of two more retry rounds to show up; none may.
    await page.waitForTimeout(5_000);
    expect(addressed()).toHaveLength(2);
    expect(addressed()).toContain(email);
  } finally {
    await portal.destroy();
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  }
});
