// Replies by e-mail against a real IMAP server: Debian's dovecot, started by the test
// with a throwaway configuration (tests/support/dovecot.ts; missing binary = failure).
// Real RFC 822 mails are appended with imapflow; the reply job's own function fetches,
// matches and files them; the gateway's list takes what it cannot match.
import { randomUUID } from "node:crypto";
import { ImapFlow } from "imapflow";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The portal reads a mailbox: mails to the applicant carry the tokenised Reply-To. (The
// job itself gets the test server's URL below; env only decides the Reply-To.)
vi.hoisted(() => {
  process.env.IMAP_URL = "imap://replies:unused@127.0.0.1:1/INBOX";
  process.env.REPLY_ADDRESS = "replies@agency.example";
});

import type { Staff } from "@/lib/auth/session";
import { performAction } from "@/lib/casework/workflow-service";
import { fetchReplies } from "@/lib/conversation/inbound/fetch";
import { REPLY_FETCH_CRON, REPLY_FETCH_QUEUE, startReplyFetchJob } from "@/lib/conversation/inbound/job";
import { inquiryOfReplyToken, replyAddressOf } from "@/lib/conversation/inbound/reply-address";
import { assignUnmatchedMail, discardUnmatchedMail, unmatchedMails } from "@/lib/conversation/inbound/unmatched";
import { sendMessage } from "@/lib/conversation/messages";
import { anonymiseInquiry } from "@/lib/dataprotection/anonymise";
import { eraseApplicant, exportApplicantData } from "@/lib/dataprotection/applicant";
import { runRetention } from "@/lib/dataprotection/retention";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { seedOrganisations } from "@/prisma/seed/index";
import { startDovecot, type Dovecot } from "../support/dovecot";
import { submitJapaneseInquiry as submit } from "./submitted-inquiry";
import { principal } from "./staff-principals";

const REPLY_ADDRESS = "replies@agency.example";
let dovecot: Dovecot;
let gateway: Staff;
let gatewayUserId: string;


function imap(): ImapFlow {
  return new ImapFlow({ host: dovecot.host, port: dovecot.port, secure: false, auth: { user: dovecot.user, pass: dovecot.password }, logger: false, disableAutoIdle: true });
}

/** APPENDs raw messages to a mailbox over IMAP, as a mail server's delivery would. */
async function deliver(...messages: string[]) {
  const client = imap();
  await client.connect();
  for (const message of messages) await client.append("INBOX", message.replace(/\r?\n/g, "\r\n"));
  await client.logout();
}

async function unreadIn(mailbox: string): Promise<number> {
  const client = imap();
  await client.connect();
  const status = await client.status(mailbox, { messages: true, unseen: true });
  await client.logout();
  return status ? (status.unseen ?? 0) : 0;
}

async function countIn(mailbox: string): Promise<number> {
  const client = imap();
  await client.connect();
  const status = await client.status(mailbox, { messages: true });
  await client.logout();
  return status ? (status.messages ?? 0) : 0;
}

const encodedWord = (text: string) => `=?UTF-8?B?${Buffer.from(text).toString("base64")}?=`;
const base64Body = (text: string) => Buffer.from(text).toString("base64").replace(/.{76}/g, "$&\n");

function mail(headers: { from: string; to: string; subject: string; messageId: string; extra?: string[] }, body: string): string {
  return [
    `From: ${headers.from}`,
    `To: ${headers.to}`,
    `Subject: ${encodedWord(headers.subject)}`,
    `Message-ID: ${headers.messageId}`,
    "Date: Wed, 02 Dec 2026 11:00:00 +0900",
    "MIME-Version: 1.0",
    ...(headers.extra ?? []),
    'Content-Type: text/plain; charset="UTF-8"',
    "Content-Transfer-Encoding: base64",
    "",
    base64Body(body),
    "",
  ].join("\n");
}

const run = () => fetchReplies(db(), { imapUrl: dovecot.url(), replyAddress: REPLY_ADDRESS, delivery: "outbox" });
const inbound = (inquiryId: string) => db().inquiryMessage.findMany({ where: { inquiryId, direction: "INBOUND" }, orderBy: { createdAt: "asc" } });

beforeAll(async () => {
  dovecot = await startDovecot();
  await seedOrganisations(db());
  gateway = await principal("GATEWAY", "nrw-global-business", "Greta Gateway");
  gatewayUserId = `user-${randomUUID()}`;
  await db().user.create({ data: { id: gatewayUserId, name: "Greta Gateway", email: `greta-${randomUUID()}@example.org`, role: "GATEWAY", organisationId: gateway.organisationId } });
}, 60_000);

afterAll(async () => {
  await dovecot?.stop();
});

describe("the reply address", () => {
  it("names and signs the inquiry; a changed character or a bare id does not match", () => {
    const id = randomUUID();
    const address = replyAddressOf(id, REPLY_ADDRESS);
    const token = /^replies\+([a-z2-7]{42})@agency\.example$/.exec(address)?.[1];
    expect(token).toBeDefined();
    expect(address.split("@")[0]!.length).toBeLessThanOrEqual(64);
    expect(inquiryOfReplyToken(token!)).toBe(id);
    expect(inquiryOfReplyToken(token!.toUpperCase())).toBe(id);
    const flipped = `${token!.slice(0, 30)}${token![30] === "a" ? "b" : "a"}${token!.slice(31)}`;
    expect(inquiryOfReplyToken(flipped)).toBeUndefined();
    expect(inquiryOfReplyToken(id.replaceAll("-", ""))).toBeUndefined();
  });
});

describe("replies by e-mail from a real IMAP mailbox", () => {
  it("files a Japanese reply by its token and one by subject and sender, lists the unmatched one, and files a Message-ID once", async () => {
    const japanese = await submit();
    const bySubject = await submit({ contactEmail: "kenji.sato@example.jp" });

    // With IMAP_URL set, the confirmation's Reply-To is the case's own address (the gateway's notice has none) ...
    const confirmation = await db().outboundMail.findMany({ where: { inquiryId: japanese.id }, select: { kind: true, replyTo: true }, orderBy: { kind: "asc" } });
    expect(confirmation).toEqual([
      { kind: "GATEWAY_NOTIFICATION", replyTo: null },
      { kind: "INQUIRY_CONFIRMATION", replyTo: replyAddressOf(japanese.id, REPLY_ADDRESS) },
    ]);
    // ... and so is every message's.
    expect((await sendMessage(gateway, { reference: japanese.reference, body: "来週、オンラインで面談はいかがでしょうか。" }, { delivery: "outbox" })).ok).toBe(true);
    const outgoing = await db().outboundMail.findFirstOrThrow({ where: { inquiryId: japanese.id, kind: "APPLICANT_MESSAGE" } });
    expect(outgoing.replyTo).toBe(replyAddressOf(japanese.id, REPLY_ADDRESS));

    const japaneseReply = mail(
      { from: `=?UTF-8?B?${Buffer.from("山田 花子").toString("base64")}?= <hanako.yamada@example.jp>`, to: outgoing.replyTo!, subject: `Re: ${outgoing.subject}`, messageId: `<ja-reply-${randomUUID()}@mail.example.jp>` },
      [
        "ご連絡ありがとうございます。",
        "12月9日(水)の10時からでしたら参加できます。",
        "よろしくお願いいたします。",
        "",
        `2026年12月2日(水) 10:00 NRW.Global Business <${outgoing.replyTo}>:`,
        "",
        "> 株式会社テスト",
        "> 山田 花子 様",
        ">",
        "> 来週、オンラインで面談はいかがでしょうか。",
        "",
        "-- ",
        "山田 花子",
        "株式会社テスト",
      ].join("\n"),
    );
    const subjectReply = mail(
      { from: "Kenji Sato <KENJI.SATO@example.jp>", to: REPLY_ADDRESS, subject: `AW: Ihre Anfrage ${bySubject.reference}`, messageId: `<subject-${randomUUID()}@mail.example.jp>` },
      "We would like to visit Essen in March.\n\nOn Wed, Dec 2, 2026 at 10:00 AM NRW.Global Business <replies@agency.example> wrote:\n> Dear Kenji Sato,\n> old text",
    );
    // The right reference from a stranger's address: no match (the reference is public enough to be guessed).
    const strangerText = "Hello, <script>alert(1)</script> I have a question about NRW.\n\u202Etxt.exe";
    const stranger = mail(
      { from: "Mallory <mallory@attacker.example>", to: REPLY_ADDRESS, subject: `Re: ${bySubject.reference}`, messageId: `<stranger-${randomUUID()}@attacker.example>` },
      strangerText,
    );
    // An out-of-office answer to the tokenised address is an automatic answer, not a reply.
    const outOfOffice = mail(
      { from: "hanako.yamada@example.jp", to: outgoing.replyTo!, subject: "自動応答: 不在のお知らせ", messageId: `<ooo-${randomUUID()}@mail.example.jp>`, extra: ["Auto-Submitted: auto-replied"] },
      "12月10日まで不在にしております。",
    );

    // The same mail twice (a resent copy), and two runs at once (two instances).
    await deliver(japaneseReply, subjectReply, stranger, outOfOffice, japaneseReply);
    expect(await unreadIn("INBOX")).toBe(5);
    const reports = await Promise.all([run(), run()]);
    const total = reports.reduce((sum, r) => ({ filed: sum.filed + r.filed, unmatched: sum.unmatched + r.unmatched }), { filed: 0, unmatched: 0 });
    expect(total).toEqual({ filed: 2, unmatched: 2 });
    // The copy (and whatever both runs fetched) was seen as handled before.
    expect(reports.reduce((sum, r) => sum + r.duplicates, 0)).toBeGreaterThanOrEqual(1);

    const filed = await inbound(japanese.id);
    expect(filed).toHaveLength(1);
    expect(filed[0]).toMatchObject({ channel: "EMAIL", locale: "ja", body: "ご連絡ありがとうございます。\n12月9日(水)の10時からでしたら参加できます。\nよろしくお願いいたします。" });
    const second = await inbound(bySubject.id);
    expect(second.map((m) => m.body)).toEqual(["We would like to visit Essen in March."]);

    // As a portal reply: "new reply", the timeline event, and the gateway's notification.
    const caseA = await db().inquiry.findUniqueOrThrow({ where: { id: japanese.id } });
    expect(caseA.unreadReplyAt).not.toBeNull();
    const events = await db().inquiryEvent.findMany({ where: { inquiryId: japanese.id, type: "REPLY_RECEIVED" } });
    expect(events).toHaveLength(1);
    expect(events[0]!.data).toMatchObject({ channel: "EMAIL", messageId: filed[0]!.id });
    const notices = await db().outboundMail.findMany({ where: { inquiryId: japanese.id, kind: "STAFF_NOTIFICATION" } });
    expect(notices.length).toBeGreaterThanOrEqual(1);
    // The notification names the case, never the reply's text.
    expect(notices.every((n) => !n.text.includes("12月9日"))).toBe(true);

    const listed = await unmatchedMails();
    const strangerRow = listed.find((m) => m.fromAddress === "mallory@attacker.example");
    expect(strangerRow).toMatchObject({ reason: "NO_MATCH", subject: `Re: ${bySubject.reference}`, fromName: "Mallory" });
    expect(strangerRow!.text.trim()).toBe(strangerText);
    expect(listed.find((m) => m.subject === "自動応答: 不在のお知らせ")).toMatchObject({ reason: "AUTOMATIC", inquiry: { reference: japanese.reference } });

    // Everything was marked read; the next run finds nothing, and the duplicate stayed single.
    expect(await unreadIn("INBOX")).toBe(0);
    expect(await run()).toEqual({ fetched: 0, filed: 0, unmatched: 0, duplicates: 0, failed: 0 });
    expect(await inbound(japanese.id)).toHaveLength(1);
    expect(await db().inboundMail.count({ where: { status: "FILED" } })).toBe(2);
  });

  it("moves processed mail to IMAP_PROCESSED_MAILBOX and puts a reply to a closed case in the list", async () => {
    const closed = await submit({ contactEmail: "closed.case@example.jp" });
    const version = (await db().inquiry.findUniqueOrThrow({ where: { id: closed.id } })).version;
    const closing = await performAction(gateway, { action: "close", reference: closed.reference, version, outcome: "no-answer", summary: "Keine Antwort" });
    expect(closing).toEqual({ ok: true });
    await deliver(
      mail({ from: "closed.case@example.jp", to: replyAddressOf(closed.id, REPLY_ADDRESS), subject: "Re: 照会", messageId: `<closed-${randomUUID()}@x.example>` }, "まだ興味があります。"),
    );
    const report = await fetchReplies(db(), { imapUrl: dovecot.url(), replyAddress: REPLY_ADDRESS, delivery: "outbox", processedMailbox: "Processed" });
    expect(report).toEqual({ fetched: 1, filed: 0, unmatched: 1, duplicates: 0, failed: 0 });
    expect(await countIn("INBOX")).toBe(5);
    expect(await countIn("Processed")).toBe(1);
    expect((await unmatchedMails()).find((m) => m.inquiry?.reference === closed.reference && m.reason === "CLOSED")).toBeDefined();
    expect(await inbound(closed.id)).toHaveLength(0);
    // Anonymising the case takes the listed mail about it along.
    expect(await anonymiseInquiry(db(), closed.id, { ground: "retention", actor: null })).toBe(true);
    expect(await db().inboundMail.count({ where: { inquiryId: closed.id, status: "UNMATCHED" } })).toBe(0);
  });
});

describe("the reply job", () => {
  it("runs fetchReplies from the queue on its minute schedule (a NUL in the mail is dropped, PostgreSQL cannot store it)", async () => {
    const inquiry = await submit({ contactEmail: "queued@example.jp" });
    await deliver(mail({ from: "queued@example.jp", to: replyAddressOf(inquiry.id, REPLY_ADDRESS), subject: "Re", messageId: `<job-${randomUUID()}@x.example>` }, "Danke!\u0000"));
    const job = await startReplyFetchJob({ databaseUrl: env.DATABASE_URL!, imapUrl: dovecot.url(), replyAddress: REPLY_ADDRESS, delivery: "outbox" });
    try {
      const schedules = await job.boss.getSchedules(REPLY_FETCH_QUEUE);
      expect(schedules.map((s) => s.cron)).toEqual([REPLY_FETCH_CRON]);
      await job.boss.send(REPLY_FETCH_QUEUE, null);
      await expect.poll(async () => (await inbound(inquiry.id)).map((m) => m.body), { timeout: 20_000 }).toEqual(["Danke!"]);
    } finally {
      await job.stop();
    }
  });
});

describe("the gateway's list", () => {
  it("files a listed mail on a case by reference (an event with the gateway member) and discards another; both blank the mail", async () => {
    const target = await submit({ contactEmail: "target@example.jp" });
    const [first, second] = await Promise.all(
      ["Bitte rufen Sie mich an.\n\nAm Mi., 2. Dez. 2026 um 10:00 Uhr schrieb NRW <replies@agency.example>:\n> alt", "Spam"].map((text) =>
        db().inboundMail.create({ data: { messageId: `<list-${randomUUID()}@x.example>`, status: "UNMATCHED", reason: "NO_MATCH", fromAddress: "someone@example.de", subject: "Frage", text } }),
      ),
    );

    expect(await assignUnmatchedMail(gateway, { mailId: first!.id, reference: "NT-2026-99999" }, { delivery: "outbox" })).toEqual({ ok: false, error: "notFound" });
    expect(await assignUnmatchedMail(gateway, { mailId: first!.id, reference: target.reference }, { delivery: "outbox" })).toEqual({ ok: true, reference: target.reference });
    expect(await assignUnmatchedMail(gateway, { mailId: first!.id, reference: target.reference }, { delivery: "outbox" })).toEqual({ ok: false, error: "handled" });
    expect((await inbound(target.id)).map((m) => [m.body, m.channel])).toEqual([["Bitte rufen Sie mich an.", "EMAIL"]]);
    const event = await db().inquiryEvent.findFirstOrThrow({ where: { inquiryId: target.id, type: "REPLY_RECEIVED" } });
    expect(event).toMatchObject({ actorOrganisationId: gateway.organisationId, actorLabel: "Greta Gateway" });
    expect(await db().inboundMail.findUniqueOrThrow({ where: { id: first!.id } })).toMatchObject({
      status: "ASSIGNED", inquiryId: target.id, fromAddress: "", subject: "", text: "", resolvedByLabel: "Greta Gateway",
    });

    const essen = await principal("PARTNER", "essen", "Erik Essen");
    expect(await discardUnmatchedMail(essen, { mailId: second!.id })).toEqual({ ok: false, error: "notAllowed" });
    expect(await discardUnmatchedMail(gateway, { mailId: second!.id })).toEqual({ ok: true });
    expect(await db().inboundMail.findUniqueOrThrow({ where: { id: second!.id } })).toMatchObject({ status: "DISCARDED", fromAddress: "", text: "", resolvedById: gateway.userId });
    expect((await unmatchedMails()).some((m) => m.id === first!.id || m.id === second!.id)).toBe(false);
  });

  it("is in the applicant's data export and goes with their erasure", async () => {
    await submit({ contactEmail: "export.me@example.jp" });
    await db().inboundMail.create({ data: { messageId: `<export-${randomUUID()}@x.example>`, status: "UNMATCHED", reason: "NO_MATCH", fromAddress: "Export.Me@example.jp", subject: "質問", text: "追加の質問です。" } });
    const exported = await exportApplicantData(gateway, "export.me@example.jp");
    expect(exported?.unmatchedMails).toEqual([expect.objectContaining({ subject: "質問", text: "追加の質問です。" })]);
    expect(await eraseApplicant(gateway, "export.me@example.jp", "request")).toMatchObject({ ok: true });
    expect(await db().inboundMail.count({ where: { fromAddress: "Export.Me@example.jp" } })).toBe(0);
  });

  it("is deleted by retention after INBOUND_MAIL_RETENTION_DAYS, handled or not", async () => {
    const old = await db().inboundMail.create({
      data: { messageId: `<old-${randomUUID()}@x.example>`, status: "UNMATCHED", reason: "NO_MATCH", fromAddress: "old@example.de", text: "alt", receivedAt: new Date(Date.now() - 31 * 86_400_000) },
    });
    const fresh = await db().inboundMail.create({ data: { messageId: `<fresh-${randomUUID()}@x.example>`, status: "UNMATCHED", reason: "NO_MATCH", text: "neu" } });
    const report = await runRetention(db(), { months: 24, inboundMailDays: 30 });
    expect(report.inboundMailsDeleted).toBeGreaterThanOrEqual(1);
    expect(await db().inboundMail.findUnique({ where: { id: old.id } })).toBeNull();
    expect(await db().inboundMail.findUnique({ where: { id: fresh.id } })).not.toBeNull();
  });
});
