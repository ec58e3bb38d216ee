import "server-only";
// Staff write to the applicant from the case: the message is stored on the case,
// the timeline says who wrote it, and the mail goes through the outbox in the same
// transaction. The first message sets firstResponseAt, and nothing else does
// (the dashboard's "time to first response", the SLA badge and the CSV read it).
import { z } from "zod";
import { can } from "../auth/permissions.ts";
import type { Staff } from "../auth/session.ts";
import { visibleInquiries } from "../casework/staff-access.ts";
import { db } from "../db/client.ts";
import { isOpen, mayWriteToApplicant } from "../domain/workflow.ts";
import { publicBaseUrl } from "../env.ts";
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import { isLocale, localeTags, routing, type Locale } from "../i18n/routing.ts";
import { REFERENCE_PATTERN } from "../inquiries/reference.ts";
import { defaultDelivery, handOver, writeOutboxMail, type MailDelivery } from "../mail/outbox.ts";
import { renderMessageMail, type SenderOrganisation } from "./mails.ts";
import { applicantReplyTo } from "./inbound/reply-address.ts";
import { conversationToken } from "./token.ts";
import { translatorFor } from "../i18n/translator.ts";

/** Longest message either side may write: shown beside the fields, enforced here. */
export const MESSAGE_MAX_LENGTH = 4000;
export const APPLICANT_MESSAGE_MAIL = "APPLICANT_MESSAGE";

export const messageBody = z.string().trim().min(1).max(MESSAGE_MAX_LENGTH);
export const messageInput = z.object({ reference: z.string().regex(REFERENCE_PATTERN), body: messageBody });
export type MessageInput = z.output<typeof messageInput> & {
  /** Written in the staff member's language: `body` is its reviewed translation into the applicant's (issue #18). */
  original?: { locale: Locale; body: string; engine?: string | null; includeInMail?: boolean };
};

export type MessageError = "invalid" | "notFound" | "notAllowed";

/** The applicant's reply language as a locale of ours (an old row with another value falls back to the default). */
export function replyLocaleOf(inquiry: { replyLocale: string }): Locale {
  return isLocale(inquiry.replyLocale) ? inquiry.replyLocale : routing.defaultLocale;
}

/** The link to read and answer the conversation, signed for the inquiry's current address. */
export function conversationUrl(inquiry: { id: string; contactEmail: string; replyLocale: string }, now = new Date()): string {
  return `${publicBaseUrl()}/${replyLocaleOf(inquiry)}/inquiry/messages/${conversationToken(inquiry.id, inquiry.contactEmail, now)}`;
}

/** An organisation as the applicant sees it: the agency's name in their language, and its public contact. */
export async function senderOrganisation(prisma: PrismaClient | Prisma.TransactionClient, organisationId: string, locale: Locale): Promise<SenderOrganisation & { id: string }> {
  const o = await prisma.organisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: { id: true, name: true, email: true, phone: true, website: true, municipality: { select: { translations: { where: { locale }, select: { agencyName: true } } } } },
  });
  return { id: o.id, name: o.municipality?.translations[0]?.agencyName ?? o.name, email: o.email, phone: o.phone, website: o.website };
}

/**
 * Where the applicant's answer to a mail goes: with IMAP_URL the case's own reply address
 * (the reply job files it on the case), else the handling organisation's mailbox (a person reads it).
 */
export function replyToAddress(inquiryId: string, sender: SenderOrganisation): string | null {
  return applicantReplyTo(inquiryId, sender.email);
}

type Loaded = { inquiry: Prisma.InquiryGetPayload<{ include: { assignments: true } }>; sender: SenderOrganisation & { id: string } };

async function loadForMessage(prisma: PrismaClient | Prisma.TransactionClient, staff: Staff, reference: string): Promise<Loaded | MessageError> {
  const scope = visibleInquiries(staff);
  if (!scope || !staff.organisationId) return "notFound";
  if (!can(staff, "inquiry.message")) return "notAllowed";
  const inquiry = await prisma.inquiry.findFirst({ where: { AND: [scope, { reference }] }, include: { assignments: true } });
  if (!inquiry) return "notFound";
  const own = inquiry.assignments.find((a) => a.organisationId === staff.organisationId && isOpen(a.state));
  if (inquiry.anonymisedAt || !mayWriteToApplicant(inquiry.status, { role: staff.role, ownAssignment: own?.state })) return "notAllowed";
  return { inquiry, sender: await senderOrganisation(prisma, staff.organisationId, replyLocaleOf(inquiry)) };
}

function render(loaded: Loaded, input: MessageInput, url: string) {
  const { inquiry, sender } = loaded;
  const locale = replyLocaleOf(inquiry);
  return renderMessageMail({ locale, reference: inquiry.reference, to: inquiry, sender, body: mailBody(locale, input), url });
}

/** The message as mailed: the translation, and below it, when the sender chose so, their original marked as such. */
function mailBody(locale: Locale, input: MessageInput): string {
  const original = input.original;
  if (!original?.includeInMail || original.locale === locale) return input.body;
  const language = new Intl.DisplayNames([localeTags[locale]], { type: "language" }).of(original.locale) ?? original.locale;
  return `${input.body}\n\n${translatorFor(locale)("conversation.mail.originalBelow", { language })}\n${original.body.trim()}`;
}

/** The mail as it would go out now, without sending anything (the link is shown, not issued). */
export async function previewMessage(staff: Staff, input: MessageInput): Promise<{ ok: true; subject: string; text: string; to: string } | { ok: false; error: MessageError }> {
  const loaded = await loadForMessage(db(), staff, input.reference);
  if (typeof loaded === "string") return { ok: false, error: loaded };
  const placeholder = `${publicBaseUrl()}/${replyLocaleOf(loaded.inquiry)}/inquiry/messages/…`;
  return { ok: true, to: loaded.inquiry.contactEmail, ...render(loaded, input, placeholder) };
}

export async function sendMessage(
  staff: Staff,
  input: MessageInput,
  options: { now?: Date; delivery?: MailDelivery } = {},
): Promise<{ ok: true; messageId: string; mailId: string } | { ok: false; error: MessageError }> {
  const parsed = messageInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid" };
  const now = options.now ?? new Date();
  const delivery = options.delivery ?? defaultDelivery();
  const result = await db().$transaction(async (tx) => {
    const loaded = await loadForMessage(tx, staff, parsed.data.reference);
    if (typeof loaded === "string") return loaded;
    const { inquiry, sender } = loaded;
    const locale = replyLocaleOf(inquiry);
    const message = await tx.inquiryMessage.create({
      data: { inquiryId: inquiry.id, direction: "OUTBOUND", organisationId: sender.id, authorId: staff.userId, authorLabel: staff.name, locale, body: parsed.data.body, createdAt: now },
    });
    // Both versions are kept: the message is what the applicant got, the author's own text stands beside it.
    const original = input.original;
    if (original && original.locale !== locale && original.body.trim()) {
      await tx.textTranslation.create({
        data: {
          inquiryId: inquiry.id, source: "MESSAGE", sourceId: message.id, sourceLocale: locale, targetLocale: original.locale, status: "DONE", kind: "HUMAN",
          body: original.body.trim(), engine: original.engine ?? null, translatorId: staff.userId, translatorLabel: staff.name, authored: true, translatedAt: now,
        },
      });
    }
    await tx.inquiryEvent.create({
      data: { inquiryId: inquiry.id, type: "MESSAGE_SENT", actorOrganisationId: sender.id, actorLabel: staff.name, data: { messageId: message.id }, createdAt: now },
    });
    // The first message to the applicant is the first response; answering also settles a new reply.
    await tx.inquiry.update({
      where: { id: inquiry.id },
      data: { ...(inquiry.firstResponseAt ? {} : { firstResponseAt: now }), unreadReplyAt: null },
    });
    const mail = render(loaded, { ...input, body: parsed.data.body }, conversationUrl(inquiry, now));
    const mailId = await writeOutboxMail(
      tx,
      { kind: APPLICANT_MESSAGE_MAIL, inquiryId: inquiry.id, toAddress: inquiry.contactEmail, locale, replyTo: replyToAddress(inquiry.id, sender), ...mail },
      delivery,
      now,
    );
    return { messageId: message.id, mailId };
  });
  if (typeof result === "string") return { ok: false, error: result };
  handOver(delivery, [result.mailId]);
  return { ok: true, ...result };
}

/** A holder has read the applicant's reply: the inbox's "new reply" goes. */
export async function markReplyRead(staff: Staff, reference: string): Promise<{ ok: boolean }> {
  const loaded = await loadForMessage(db(), staff, reference);
  if (typeof loaded === "string") return { ok: false };
  await db().inquiry.update({ where: { id: loaded.inquiry.id }, data: { unreadReplyAt: null } });
  return { ok: true };
}

/** The conversation of a case, oldest first: what the applicant also sees (never internal notes). */
export function conversationOf(inquiryId: string) {
  return db().inquiryMessage.findMany({ where: { inquiryId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}
