import "server-only";
// Who is told what, in their language, through the outbox. Called inside the
// transaction of the change it reports; returns the ids of the mails to hand to
// the queue after commit (lib/mail/outbox.ts handOver). A staff member's
// preference decides per kind: a mail now, a line in the daily digest, or nothing;
// deactivated accounts get nothing.
//
//   notifyForwarded       partner staff: a case was forwarded to them (with the gateway's message)
//   notifyResponded       gateway staff: a partner accepted or returned a case (with the reason)
//   notifyReplyReceived   holders' staff: the applicant replied
//   notifyApplicantStage  the applicant: forwarded / accepted / closed, in the status page's words
import { publicBaseUrl } from "../env.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Locale } from "../i18n/routing.ts";
import { translatorFor } from "../i18n/translator.ts";
import { organisationNames } from "../inquiries/municipality-names.ts";
import { organisationLabelsByLocale } from "../organisations/names.ts";
import { milestoneLine, publicStatus, stageSentence } from "../inquiries/public-status.ts";
import { inquiryMilestones, publicContacts } from "../inquiries/status-lookup.ts";
import { writeOutboxMail, type MailDelivery } from "../mail/outbox.ts";
import { applicantReplyTo } from "../conversation/inbound/reply-address.ts";
import { conversationUrl, replyLocaleOf } from "../conversation/messages.ts";
import { modeOf, recipientLocale, type NotificationKind } from "./kinds.ts";
import { applicantStageMail, digestLine, forwardedNotice, noticeMail, replyNotice, respondedNotice, type StaffNotice } from "./mails.ts";

type Tx = Prisma.TransactionClient;
export type NotifyOptions = { now: Date; delivery: MailDelivery };

export const STAFF_NOTIFICATION_MAIL = "STAFF_NOTIFICATION";
export const APPLICANT_STATUS_MAIL = "APPLICANT_STATUS";

/**
 * Tells the active staff of `organisationIds` about one event of `kind`, each as they
 * chose and in their language (kinds.ts recipientLocale). `mailKind` names the mail in
 * the outbox (a casework notice keeps its own, e.g. FORWARD_WITHDRAWN).
 */
export async function notifyStaff(
  tx: Tx,
  organisationIds: readonly string[],
  kind: NotificationKind,
  inquiryId: string,
  notice: (locale: Locale) => StaffNotice,
  options: NotifyOptions & { mailKind?: string },
): Promise<string[]> {
  if (!organisationIds.length) return [];
  const users = await tx.user.findMany({
    where: { organisationId: { in: [...organisationIds] }, active: true, role: { in: ["GATEWAY", "PARTNER"] } },
    select: { id: true, name: true, email: true, mailLocale: true, uiLocale: true, notificationPreferences: { select: { kind: true, mode: true } } },
    orderBy: { email: "asc" },
  });
  const mailIds: string[] = [];
  for (const user of users) {
    const mode = modeOf(kind, user.notificationPreferences);
    if (mode === "OFF") continue;
    const locale = recipientLocale(user);
    const worded = notice(locale);
    if (mode === "DIGEST") {
      await tx.pendingNotification.create({ data: { userId: user.id, kind, inquiryId, line: digestLine(locale, worded), createdAt: options.now } });
    } else {
      const mail = noticeMail(locale, user.name, worded);
      mailIds.push(await writeOutboxMail(tx, { kind: options.mailKind ?? STAFF_NOTIFICATION_MAIL, inquiryId, toAddress: user.email, locale, ...mail }, options.delivery, options.now));
    }
  }
  return mailIds;
}

const caseFacts = (tx: Tx, inquiryId: string) =>
  tx.inquiry.findUniqueOrThrow({
    where: { id: inquiryId },
    select: {
      id: true, reference: true, submittedAt: true, companyName: true, direction: true, sectors: true, status: true, replyLocale: true, contactEmail: true, contactName: true, anonymisedAt: true,
      assignments: { select: { organisationId: true, state: true, organisation: { select: { slug: true, kind: true, shortName: true } } } },
    },
  });

async function gatewayIds(tx: Tx): Promise<string[]> {
  return (await tx.organisation.findMany({ where: { kind: "GATEWAY" }, select: { id: true } })).map((o) => o.id);
}

export async function notifyForwarded(tx: Tx, inquiryId: string, targetIds: readonly string[], note: string | null, options: NotifyOptions): Promise<string[]> {
  const [facts, labels] = await Promise.all([caseFacts(tx, inquiryId), organisationLabelsByLocale(tx)]);
  const mailIds: string[] = [];
  for (const targetId of targetIds) {
    const organisation = facts.assignments.find((a) => a.organisationId === targetId)?.organisation;
    const name = (locale: Locale) => (organisation ? labels[locale].organisation(organisation) : "");
    mailIds.push(...(await notifyStaff(tx, [targetId], "forwarded", inquiryId, (locale) => forwardedNotice(locale, facts, name(locale), note), options)));
  }
  return mailIds;
}

export async function notifyResponded(tx: Tx, inquiryId: string, organisationId: string, returned: { reason: string } | null, options: NotifyOptions): Promise<string[]> {
  const [facts, labels] = await Promise.all([caseFacts(tx, inquiryId), organisationLabelsByLocale(tx)]);
  const organisation = facts.assignments.find((a) => a.organisationId === organisationId)?.organisation;
  const name = (locale: Locale) => (organisation ? labels[locale].organisation(organisation) : "");
  return notifyStaff(tx, await gatewayIds(tx), "responded", inquiryId, (locale) => respondedNotice(locale, facts, name(locale), returned), options);
}

export async function notifyReplyReceived(tx: Tx, inquiryId: string, options: NotifyOptions): Promise<string[]> {
  const facts = await caseFacts(tx, inquiryId);
  // The holders: the gateway, and partners that have accepted the case.
  const partners = facts.assignments.filter((a) => a.organisation.kind !== "GATEWAY" && a.state === "ACCEPTED").map((a) => a.organisationId);
  return notifyStaff(tx, [...(await gatewayIds(tx)), ...partners], "reply", inquiryId, (locale) => replyNotice(locale, facts), options);
}

/** The sentence the status page shows for the inquiry as it is now (in the transaction). */
export async function currentStageSentence(tx: Tx, inquiryId: string, locale: Locale): Promise<{ sentence: string; handledBy: string[] }> {
  const facts = await caseFacts(tx, inquiryId);
  const status = publicStatus(facts);
  const t = translatorFor(locale);
  const names = await organisationNames(tx, status.handledBy, locale);
  return { sentence: stageSentence((key, values) => t(`inquiryStatus.${key}`, values), { stage: status.stage, handledBy: names }, locale), handledBy: status.handledBy };
}

/** Tells the applicant the case's new stage and its steps, in the words of the status page, naming who handles it and how to reach them. */
export async function notifyApplicantStage(tx: Tx, inquiryId: string, options: NotifyOptions): Promise<string[]> {
  const facts = await caseFacts(tx, inquiryId);
  if (facts.anonymisedAt || !facts.contactEmail) return [];
  const locale = replyLocaleOf(facts);
  const t = translatorFor(locale);
  const { sentence, handledBy } = await currentStageSentence(tx, inquiryId, locale);
  const contacts = await publicContacts(tx, handledBy, locale);
  const steps = (await inquiryMilestones(tx, facts, locale)).map((m) => milestoneLine((key, values) => t(`inquiryStatus.${key}`, values), m, locale));
  const mail = applicantStageMail({
    locale,
    reference: facts.reference,
    to: facts,
    sentence,
    steps,
    contacts,
    statusUrl: `${publicBaseUrl()}/${locale}/inquiry/status`,
    conversationUrl: conversationUrl(facts, options.now),
  });
  return [await writeOutboxMail(tx, { kind: APPLICANT_STATUS_MAIL, inquiryId, toAddress: facts.contactEmail, locale, replyTo: applicantReplyTo(inquiryId, contacts[0]?.email ?? null), ...mail }, options.delivery, options.now)];
}

/** What a workflow action tells whom (lib/casework/workflow-service.ts calls it inside its transaction). */
export type WorkflowChange =
  | { action: "forward"; targets: readonly string[]; note: string | null }
  | { action: "accept"; organisationId: string }
  | { action: "return"; organisationId: string; reason: string }
  | { action: "close" }
  | { action: "other" };

export async function notifyWorkflowChange(tx: Tx, inquiryId: string, change: WorkflowChange, options: NotifyOptions): Promise<string[]> {
  switch (change.action) {
    case "forward":
      return [...(await notifyForwarded(tx, inquiryId, change.targets, change.note, options)), ...(await notifyApplicantStage(tx, inquiryId, options))];
    case "accept":
      return [...(await notifyResponded(tx, inquiryId, change.organisationId, null, options)), ...(await notifyApplicantStage(tx, inquiryId, options))];
    case "return":
      return notifyResponded(tx, inquiryId, change.organisationId, { reason: change.reason }, options);
    case "close":
      return notifyApplicantStage(tx, inquiryId, options);
    default:
      return [];
  }
}

