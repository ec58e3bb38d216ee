import "server-only";
// One applicant's data, found by e-mail address (case-insensitive): inquiries and
// event registrations; look-up,
// export (GDPR Art. 15 and 20) and erasure on request (Art. 17). Every function
// checks the permission itself; without it the applicant does not exist.
import { z } from "zod";
import { can, type StaffPrincipal } from "../auth/permissions.ts";
import { db } from "../db/client.ts";
import { STAFF_NOTIFICATION_MAIL } from "../notifications/notify.ts";
import { anonymiseInquiry } from "./anonymise.ts";
import { anonymiseRegistrationsOf } from "../events/retention.ts";
import type { ErasureReason } from "./grounds.ts";
import type { ApplicantPanelState } from "./panel-state.ts";

export const applicantEmail = z.string().trim().toLowerCase().pipe(z.email().max(320));

/**
 * Ids of the applicant's inquiries that still hold personal data. Compared with
 * lower() = lower(), not ILIKE: an address with "_" or "%" must not match others.
 */
async function applicantInquiryIds(email: string): Promise<string[]> {
  const rows = await db().$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Inquiry"
    WHERE lower("contactEmail") = lower(${email}) AND "anonymisedAt" IS NULL
    ORDER BY "submittedAt" ASC`;
  return rows.map((r) => r.id);
}

/** The person's event registrations that still hold personal data (lib/events/), by the same exact comparison. */
async function applicantRegistrations(email: string) {
  return db().$queryRaw<{ id: string; eventSlug: string; status: string; createdAt: Date }[]>`
    SELECT r."id", e."slug" AS "eventSlug", r."status"::text AS "status", r."createdAt" FROM "EventRegistration" r JOIN "InformationEvent" e ON e."id" = r."eventId"
    WHERE lower(r."email") = lower(${email}) AND r."anonymisedAt" IS NULL
    ORDER BY r."createdAt" ASC`;
}

export type ApplicantInquiry = {
  reference: string;
  status: string;
  submittedAt: Date;
  closedAt: Date | null;
  companyName: string;
  contactName: string;
};

/** The applicant's inquiries for the staff page, or null without permission. */
export async function findApplicantInquiries(staff: StaffPrincipal, email: string): Promise<ApplicantInquiry[] | null> {
  if (!can(staff, "applicantData.manage")) return null;
  const ids = await applicantInquiryIds(email);
  if (ids.length === 0) return [];
  return db().inquiry.findMany({
    where: { id: { in: ids } },
    select: { reference: true, status: true, submittedAt: true, closedAt: true, companyName: true, contactName: true },
    orderBy: { submittedAt: "asc" },
  });
}

/** The page's panel opened on the applicant of one inquiry (link from its detail page). */
export async function applicantPanelForReference(staff: StaffPrincipal, reference: string): Promise<ApplicantPanelState> {
  if (!can(staff, "applicantData.manage")) return {};
  const inquiry = await db().inquiry.findUnique({ where: { reference }, select: { contactEmail: true, anonymisedAt: true } });
  const email = applicantEmail.safeParse(inquiry?.contactEmail);
  if (!inquiry || inquiry.anonymisedAt || !email.success) return {};
  return applicantPanelState(staff, email.data);
}

/** The panel's state after looking up `email`. */
export async function applicantPanelState(staff: StaffPrincipal, email: string): Promise<ApplicantPanelState> {
  const inquiries = (await findApplicantInquiries(staff, email)) ?? [];
  const registrations = can(staff, "applicantData.manage") ? (await applicantRegistrations(email)).length : 0;
  return {
    email,
    inquiries: inquiries.map((i) => ({ ...i, submittedAt: i.submittedAt.toISOString(), closedAt: i.closedAt?.toISOString() ?? null })),
    ...(registrations ? { registrations } : {}),
    result: inquiries.length || registrations ? undefined : "notFound",
  };
}

/**
 * Everything the portal holds about the applicant, as JSON-ready data, or null
 * (no permission, or no inquiry under that address).
 *
 * Included: every answer, preferences, who held the inquiry (organisations,
 * states, notes and return reasons), the status history, internal notes (staff
 * assessments about the applicant are their personal data too) and the mails
 * concerning the inquiry, and the conversation (messages both ways). Staff appear by organisation, not by name: the
 * individual employees are third parties (Art. 15(4) GDPR).
 */
export async function exportApplicantData(staff: StaffPrincipal, email: string, now = new Date()) {
  if (!can(staff, "applicantData.manage")) return null;
  const ids = await applicantInquiryIds(email);
  const registrationRows = await applicantRegistrations(email);
  if (ids.length === 0 && registrationRows.length === 0) return null;
  const registrations = await db().eventRegistration.findMany({
    where: { id: { in: registrationRows.map((r) => r.id) } },
    orderBy: { createdAt: "asc" },
    include: { event: { select: { slug: true, startsAt: true } }, slot: { select: { startsAt: true, endsAt: true } } },
  });
  const organisations = new Map((await db().organisation.findMany({ select: { id: true, name: true } })).map((o) => [o.id, o.name]));
  const orgName = (id: string | null) => (id ? organisations.get(id) ?? null : null);
  // Mails from this address waiting in the gateway's list "unmatched mail" (lib/conversation/inbound/).
  const unmatched = await db().$queryRaw<{ receivedAt: Date; subject: string; text: string }[]>`
    SELECT "receivedAt", "subject", "text" FROM "InboundMail" WHERE "status" = 'UNMATCHED' AND lower("fromAddress") = lower(${email}) ORDER BY "receivedAt"`;
  const inquiries = await db().inquiry.findMany({
    where: { id: { in: ids } },
    orderBy: { submittedAt: "asc" },
    include: {
      preferences: true,
      assignments: { orderBy: { assignedAt: "asc" } },
      events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      notes: { orderBy: { createdAt: "asc" } },
      mails: { orderBy: { createdAt: "asc" } },
      messages: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      translations: { where: { status: "DONE" }, orderBy: [{ source: "asc" }, { targetLocale: "asc" }] },
    },
  });
  return {
    format: "nrw-tokyo-portal/applicant-data",
    version: 1,
    exportedAt: now.toISOString(),
    email,
    inquiries: inquiries.map((i) => ({
      reference: i.reference,
      direction: i.direction,
      status: i.status,
      formLanguage: i.locale,
      replyLanguage: i.replyLocale,
      answers: {
        companyName: i.companyName,
        companyNameLatin: i.companyNameLatin,
        website: i.website,
        hqCity: i.hqCity,
        hqCountry: i.hqCountry,
        sizeBand: i.sizeBand,
        foundedYear: i.foundedYear,
        isStartup: i.isStartup,
        sectors: i.sectors,
        supportNeeds: i.supportNeeds,
        timeline: i.timeline,
        plannedInvestment: i.plannedInvestment,
        plannedJobs: i.plannedJobs,
        description: i.description,
        contactName: i.contactName,
        contactNameLatin: i.contactNameLatin,
        contactRole: i.contactRole,
        contactEmail: i.contactEmail,
        contactPhone: i.contactPhone,
        preferredMunicipalities: i.preferences.map((p) => orgName(p.organisationId)),
      },
      consent: { privacyNoticeVersion: i.privacyNoticeVersion, consentedAt: i.consentedAt.toISOString() },
      submittedAt: i.submittedAt.toISOString(),
      firstResponseAt: i.firstResponseAt?.toISOString() ?? null,
      closedAt: i.closedAt?.toISOString() ?? null,
      outcome: i.outcome,
      assignments: i.assignments.map((a) => ({
        organisation: orgName(a.organisationId),
        state: a.state,
        note: a.note,
        returnReason: a.returnReason,
        assignedAt: a.assignedAt.toISOString(),
        respondedAt: a.respondedAt?.toISOString() ?? null,
        closedAt: a.closedAt?.toISOString() ?? null,
      })),
      history: i.events.map((e) => ({
        type: e.type,
        at: e.createdAt.toISOString(),
        by: orgName(e.actorOrganisationId),
        concerning: orgName(e.targetOrganisationId),
        details: e.data,
      })),
      messages: i.messages.map((m) => ({
        direction: m.direction === "OUTBOUND" ? "to-applicant" : "from-applicant",
        channel: m.channel,
        organisation: orgName(m.organisationId),
        language: m.locale,
        at: m.createdAt.toISOString(),
        text: m.body,
      })),
      // Every note, private ones included: the applicant's right of access covers them (decision 0020).
      internalNotes: i.notes.map((n) => ({ organisation: orgName(n.organisationId), visibility: n.visibility === "SHARED" ? "shared" : "organisation", at: n.createdAt.toISOString(), text: n.body })),
      // Translations of the texts above (lib/translation/): which text (kind and id of its row), into which language, by whom or what.
      translations: i.translations.map((tr) => ({
        of: tr.source.toLowerCase(),
        sourceId: tr.sourceId,
        language: tr.targetLocale,
        originalLanguage: tr.sourceLocale,
        kind: tr.authored ? "original-of-sent-message" : tr.kind === "MACHINE" ? "machine" : tr.engine ? "machine-reviewed" : "human",
        engine: tr.engine,
        translatedAt: tr.translatedAt?.toISOString() ?? null,
        text: tr.body,
      })),
      mails: i.mails.map((m) => ({
        kind: m.kind,
        // A staff member's own notification names a third party (Art. 15(4) GDPR): its kind and times only.
        to: m.kind === STAFF_NOTIFICATION_MAIL ? null : m.toAddress,
        language: m.locale,
        subject: m.subject,
        text: m.text,
        status: m.status,
        createdAt: m.createdAt.toISOString(),
        sentAt: m.sentAt?.toISOString() ?? null,
      })),
    })),
    // Registrations for information events (issue #20), with the mails sent about them.
    eventRegistrations: await Promise.all(
      registrations.map(async (r) => ({
        event: r.event.slug,
        eventStartsAt: r.event.startsAt.toISOString(),
        status: r.status,
        answers: { name: r.name, nameLatin: r.nameLatin, company: r.company, role: r.role, email: r.email, language: r.locale, direction: r.direction, questions: r.answers, preferredSlot: r.slot ? { startsAt: r.slot.startsAt.toISOString(), endsAt: r.slot.endsAt.toISOString() } : null },
        consent: { privacyNoticeVersion: r.consentVersion, consentedAt: r.consentAt.toISOString() },
        registeredAt: r.createdAt.toISOString(),
        checkedInAt: r.checkedInAt?.toISOString() ?? null,
        cancelledAt: r.cancelledAt?.toISOString() ?? null,
        hostMessage: r.decisionMessage,
      })),
    ),
    eventMails: registrations.length
      ? (await db().$queryRaw<{ kind: string; subject: string; text: string; createdAt: Date }[]>`
          SELECT "kind", "subject", "text", "createdAt" FROM "OutboundMail" WHERE "kind" LIKE 'EVENT\_%' AND lower("toAddress") = lower(${email}) ORDER BY "createdAt"`).map((m) => ({ kind: m.kind, subject: m.subject, text: m.text, createdAt: m.createdAt.toISOString() }))
      : [],
    unmatchedMails: unmatched.map((m) => ({ receivedAt: m.receivedAt.toISOString(), subject: m.subject, text: m.text })),
  };
}

export type ErasureResult = { ok: true; erased: string[] } | { ok: false; error: "notFound" };

/**
 * Erasure on request: anonymises every inquiry of the applicant now, closing open
 * ones with the outcome "erased on request". Who and when are on each inquiry's
 * timeline, why as a reason code: no personal data is kept to record it.
 */
export async function eraseApplicant(staff: StaffPrincipal & { name: string }, email: string, reason: ErasureReason, now = new Date()): Promise<ErasureResult> {
  if (!can(staff, "applicantData.manage")) return { ok: false, error: "notFound" };
  const ids = await applicantInquiryIds(email);
  const registrations = await applicantRegistrations(email);
  if (ids.length === 0 && registrations.length === 0) return { ok: false, error: "notFound" };
  // Event registrations: blanked like the retention rule does, their counts kept (lib/events/retention.ts).
  if (registrations.length) await anonymiseRegistrationsOf(db(), email, now);
  const references = await db().inquiry.findMany({ where: { id: { in: ids } }, select: { id: true, reference: true } });
  const erased: string[] = [];
  for (const { id, reference } of references) {
    const done = await anonymiseInquiry(db(), id, {
      ground: reason,
      actor: { organisationId: staff.organisationId, label: staff.name },
      closeIfOpen: true,
      now,
    });
    if (done) erased.push(reference);
  }
  // Mails from this address still waiting in the gateway's list "unmatched mail" hold their data too.
  await db().$executeRaw`DELETE FROM "InboundMail" WHERE "status" = 'UNMATCHED' AND lower("fromAddress") = lower(${email})`;
  return { ok: true, erased };
}
