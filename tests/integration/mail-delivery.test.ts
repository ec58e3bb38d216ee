// The mail worker against a real SMTP server in this process: delivery in the
// applicant's language, and an outage that ends with exactly one delivery.
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { startMailWorker, type MailWorker } from "@/lib/mail/worker";
import { submitInquiry } from "@/lib/inquiries/submit-inquiry";
import { closeRateLimitPool } from "@/lib/security/rate-limit";
import { seedOrganisations } from "@/prisma/seed/index";
import { aMinuteAgo, japaneseAnswers } from "./inquiry-fixtures";

const received: ParsedMail[] = [];
let server: SMTPServer | undefined;
let port = 0;
let worker: MailWorker;

function startSmtp(onPort = 0): Promise<number> {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  return new Promise((resolve) => server!.listen(onPort, "127.0.0.1", () => resolve((server!.server.address() as AddressInfo).port)));
}

function stopSmtp(): Promise<void> {
  const current = server;
  server = undefined;
  return new Promise((resolve) => (current ? current.close(() => resolve()) : resolve()));
}

const copiesOf = (mailId: string) => received.filter((m) => m.headers.get("x-portal-mail-id") === mailId);

async function submit() {
  const result = await submitInquiry(
    { answers: japaneseAnswers, locale: "ja", idempotencyKey: randomUUID(), clientIp: `192.0.2.${Math.floor(Math.random() * 250)}`, startedAt: aMinuteAgo() },
    { mailDelivery: "queue", rateLimitPerHour: 1000 },
  );
  if (!result.ok || !result.inquiryId) throw new Error("not stored");
  return result;
}

beforeAll(async () => {
  await seedOrganisations(db());
  port = await startSmtp();
  worker = await startMailWorker({
    smtpUrl: `smtp://127.0.0.1:${port}`,
    databaseUrl: env.DATABASE_URL,
    retry: { retryLimit: 30, retryDelay: 1, retryBackoff: false },
    pollingIntervalSeconds: 0.5,
    sweepIntervalMs: 3_600_000,
  });
});

afterAll(async () => {
  await worker?.stop();
  await stopSmtp();
  await closeRateLimitPool();
});

describe("mail delivery", () => {
  it("delivers the confirmation in the applicant's language, with the answers, and the gateway notification", async () => {
    const result = await submit();
    const mails = await db().outboundMail.findMany({ where: { inquiryId: result.inquiryId } });
    expect(mails.map((m) => m.status)).toEqual(["QUEUED", "QUEUED"]);

    await expect.poll(async () => db().outboundMail.count({ where: { inquiryId: result.inquiryId, status: "SENT" } }), { timeout: 20_000 }).toBe(2);

    const confirmationRow = mails.find((m) => m.kind === "INQUIRY_CONFIRMATION")!;
    const [confirmation] = copiesOf(confirmationRow.id);
    expect(confirmation).toBeDefined();
    expect((confirmation!.to as { text: string }).text).toBe("hanako.yamada@example.jp");
    expect(confirmation!.subject).toBe(`【NRW・東京プログラム】お問い合わせ受付のお知らせ（${result.reference}）`);
    expect(confirmation!.headers.get("content-language")).toBe("ja");
    expect(confirmation!.text).toContain("山田 花子 様");
    expect(confirmation!.text).toContain(`受付番号 ${result.reference}`);
    expect(confirmation!.text).toContain("株式会社サクラロボティクス");
    // Japanese punctuation: full-width colon, lists joined with 「、」.
    expect(confirmation!.text).toContain("ご希望の支援内容：立地探し、会社設立・法務、");
    expect(confirmation!.text).not.toMatch(/[^\x00-\x7F], [^\x00-\x7F]/u);
    expect(confirmation!.text).toContain(`${env.REPLY_BUSINESS_DAYS}営業日以内`);

    const gatewayRow = mails.find((m) => m.kind === "GATEWAY_NOTIFICATION")!;
    const [notification] = copiesOf(gatewayRow.id);
    expect(notification!.subject).toBe(`Neue Anfrage ${result.reference}: 株式会社サクラロボティクス`);
    expect(notification!.headers.get("content-language")).toBe("de");
    expect(notification!.text).toContain(`/de/admin/inquiries/${result.reference}`);

    const sent = await db().outboundMail.findUniqueOrThrow({ where: { id: confirmationRow.id } });
    expect(sent).toMatchObject({ status: "SENT", attempts: 1, lastError: null });
    expect(sent.sentAt).toBeInstanceOf(Date);
  });

  it("keeps a mail queued while the SMTP server is down and delivers it exactly once when it is back", async () => {
    await stopSmtp();
    const result = await submit();
    const mail = await db().outboundMail.findFirstOrThrow({ where: { inquiryId: result.inquiryId, kind: "INQUIRY_CONFIRMATION" } });

    // Retried, not lost: the row stays queued and records a technical cause without personal data.
    await expect.poll(async () => (await db().outboundMail.findUniqueOrThrow({ where: { id: mail.id } })).attempts, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
    const during = await db().outboundMail.findUniqueOrThrow({ where: { id: mail.id } });
    expect(["QUEUED", "SENDING"]).toContain(during.status);
    expect(during.lastError).toMatch(/ESOCKET|ECONNREFUSED|ECONNECTION/);
    expect(during.lastError).not.toContain("@");
    expect(copiesOf(mail.id)).toHaveLength(0);

    await startSmtp(port);
    await expect.poll(async () => (await db().outboundMail.findUniqueOrThrow({ where: { id: mail.id } })).status, { timeout: 20_000 }).toBe("SENT");
    // A sweep finds nothing left to hand over, and the mail arrived once.
    expect(await worker.sweep()).toBe(0);
    expect(copiesOf(mail.id)).toHaveLength(1);
  });

  it("hands a queued mail whose job was lost to the queue again", async () => {
    // A mail committed but never enqueued (the process died in between).
    const inquiry = await db().inquiry.findFirstOrThrow();
    const lost = await db().outboundMail.create({
      data: { inquiryId: inquiry.id, kind: "INQUIRY_CONFIRMATION", toAddress: "lost@example.jp", locale: "ja", subject: "lost", text: "lost", status: "QUEUED", createdAt: new Date(Date.now() - 120_000) },
    });
    await db().$executeRaw`UPDATE "OutboundMail" SET "updatedAt" = now() - interval '2 minutes' WHERE id = ${lost.id}::uuid`;
    expect(await worker.sweep()).toBeGreaterThanOrEqual(1);
    await expect.poll(async () => (await db().outboundMail.findUniqueOrThrow({ where: { id: lost.id } })).status, { timeout: 20_000 }).toBe("SENT");
    expect(copiesOf(lost.id)).toHaveLength(1);
  });
});
