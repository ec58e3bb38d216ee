import "server-only";
// The applicant's side of the conversation: opening it with the link from a mail,
// filing a reply (from the portal's reply page, or by e-mail), and sending a fresh
// link when an old one expired. A reply marks the case "new reply" for the
// organisations holding it and notifies them (lib/notifications/).
import { db } from "../db/client.ts";
import { env } from "../env.ts";
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import { defaultDelivery, handOver, writeOutboxMail, type MailDelivery } from "../mail/outbox.ts";
import { requestTranslation } from "../translation/job.ts";
import { notifyReplyReceived } from "../notifications/notify.ts";
import { applicantReplyTo } from "./inbound/reply-address.ts";
import { renderFreshLinkMail } from "./mails.ts";
import { conversationUrl, MESSAGE_MAX_LENGTH, replyLocaleOf } from "./messages.ts";
import { checkConversationToken, tokenInquiryId } from "./token.ts";

export const FRESH_LINK_MAIL = "CONVERSATION_LINK";

/** Characters as a person counts them (code points), the count the form shows. */
export const characters = (text: string) => [...text].length;

export type ReplyProblem = "required" | "tooLong";

/** The reply's text as stored, or what is wrong with it: the same rule on the page, the action and the mail import. */
export function checkReply(raw: string): { ok: true; body: string } | { ok: false; problem: ReplyProblem } {
  const body = raw.replace(/\r\n?/g, "\n").trim();
  if (!body) return { ok: false, problem: "required" };
  if (characters(body) > MESSAGE_MAX_LENGTH) return { ok: false, problem: "tooLong" };
  return { ok: true, body };
}

const conversationInquiry = (id: string) =>
  db().inquiry.findUnique({
    where: { id },
    select: { id: true, reference: true, status: true, contactEmail: true, contactName: true, companyName: true, replyLocale: true, anonymisedAt: true },
  });

export type OpenedConversation =
  | { state: "valid"; inquiry: NonNullable<Awaited<ReturnType<typeof conversationInquiry>>>; messages: { id: string; direction: "OUTBOUND" | "INBOUND"; organisation: string | null; body: string; locale: string; createdAt: Date }[] }
  | { state: "expired" | "invalid" };

/** What the link shows: the conversation (never internal notes), or why not. */
export async function openConversation(token: string, now = new Date()): Promise<OpenedConversation> {
  const id = tokenInquiryId(token);
  const inquiry = id ? await conversationInquiry(id) : null;
  if (!inquiry || inquiry.anonymisedAt) return { state: "invalid" };
  const check = checkConversationToken(token, inquiry, now);
  if (check !== "valid") return { state: check };
  const locale = replyLocaleOf(inquiry);
  const rows = await db().inquiryMessage.findMany({ where: { inquiryId: inquiry.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  const orgIds = [...new Set(rows.flatMap((m) => (m.organisationId ? [m.organisationId] : [])))];
  const orgs = await db().organisation.findMany({
    where: { id: { in: orgIds } },
    select: { id: true, name: true, municipality: { select: { translations: { where: { locale }, select: { agencyName: true } } } } },
  });
  const names = new Map(orgs.map((o) => [o.id, o.municipality?.translations[0]?.agencyName ?? o.name]));
  return {
    state: "valid",
    inquiry,
    messages: rows.map((m) => ({ id: m.id, direction: m.direction, organisation: m.organisationId ? names.get(m.organisationId) ?? null : null, body: m.body, locale: m.locale, createdAt: m.createdAt })),
  };
}

export type ReplyOptions = {
  channel?: "PORTAL" | "EMAIL";
  now?: Date;
  delivery?: MailDelivery;
  /** Staff who filed it by hand (the gateway assigning an unmatched mail); else the applicant. */
  filedBy?: { organisationId: string | null; label: string };
};

/**
 * Files the applicant's reply inside the caller's transaction: the message, the
 * timeline event, the "new reply" marker, and the holders' notifications (their mail
 * ids, to hand over after commit). The portal's reply page and the mail import share it.
 */
export async function recordReply(
  tx: Prisma.TransactionClient,
  inquiryId: string,
  body: string,
  options: ReplyOptions & { now: Date; delivery: MailDelivery },
): Promise<{ messageId: string; mailIds: string[] } | "closed" | "gone"> {
  const { now, delivery } = options;
  const channel = options.channel ?? "PORTAL";
  const inquiry = await tx.inquiry.findUnique({ where: { id: inquiryId }, select: { id: true, status: true, replyLocale: true, anonymisedAt: true } });
  if (!inquiry || inquiry.anonymisedAt) return "gone";
  if (inquiry.status === "CLOSED") return "closed";
  const message = await tx.inquiryMessage.create({
    data: { inquiryId, direction: "INBOUND", channel, locale: replyLocaleOf(inquiry), body, createdAt: now },
  });
  await tx.inquiryEvent.create({
    data: {
      inquiryId,
      type: "REPLY_RECEIVED",
      ...(options.filedBy ? { actorOrganisationId: options.filedBy.organisationId, actorLabel: options.filedBy.label } : {}),
      data: { messageId: message.id, channel, ...(options.filedBy ? { filedByHand: true } : {}) },
      createdAt: now,
    },
  });
  await tx.inquiry.update({ where: { id: inquiryId }, data: { unreadReplyAt: now } });
  const mailIds = await notifyReplyReceived(tx, inquiryId, { now, delivery });
  return { messageId: message.id, mailIds };
}

/** Files the applicant's reply on the case in a transaction of its own (recordReply), then hands the notifications over. */
export async function fileReply(
  prisma: PrismaClient,
  inquiryId: string,
  body: string,
  options: ReplyOptions = {},
): Promise<{ ok: true; messageId: string } | { ok: false; reason: "closed" | "gone" }> {
  const now = options.now ?? new Date();
  const delivery = options.delivery ?? defaultDelivery();
  const result = await prisma.$transaction((tx) => recordReply(tx, inquiryId, body, { ...options, now, delivery }));
  if (typeof result === "string") return { ok: false, reason: result };
  handOver(delivery, result.mailIds);
  void requestTranslation(inquiryId);
  return { ok: true, messageId: result.messageId };
}

/**
 * A fresh link for a genuine but expired (or still valid) token, mailed to the
 * inquiry's own address: the form cannot send mail anywhere else.
 */
export async function sendFreshLink(token: string, options: { now?: Date; delivery?: MailDelivery } = {}): Promise<boolean> {
  const now = options.now ?? new Date();
  const delivery = options.delivery ?? defaultDelivery();
  const id = tokenInquiryId(token);
  const inquiry = id ? await conversationInquiry(id) : null;
  if (!inquiry || inquiry.anonymisedAt || checkConversationToken(token, inquiry, now) === "invalid") return false;
  const locale = replyLocaleOf(inquiry);
  const mail = renderFreshLinkMail({ locale, reference: inquiry.reference, to: inquiry, url: conversationUrl(inquiry, now), days: env.CONVERSATION_LINK_DAYS });
  const mailId = await db().$transaction((tx) =>
    writeOutboxMail(tx, { kind: FRESH_LINK_MAIL, inquiryId: inquiry.id, toAddress: inquiry.contactEmail, locale, replyTo: applicantReplyTo(inquiry.id, null), ...mail }, delivery, now),
  );
  handOver(delivery, [mailId]);
  return true;
}
