// The statements that store a submitted inquiry, as text and values without any
// client library: submit-inquiry.ts runs them on Prisma's pg pool, and the bench's
// bare same-writes handler (bench/bare-next/app/api/submit) runs the very same ones
// on a plain pg pool, so that figure 2's ceiling writes what a submission writes
// and cannot drift from it (decision 0010, issue #23). No "server-only" and no
// Prisma here: the bare Next.js app imports this file.

/** The draft a submission reads first (drafts.ts). */
export const FIND_DRAFT = {
  name: "find-draft",
  text: `SELECT "id"::text AS "id", "data", "startedAt", "expiresAt", "submittedInquiryId"::text AS "submittedInquiryId" FROM "InquiryDraft" WHERE "id" = $1::uuid`,
};

/** The next reference number of a year, committed at once without waiting for the WAL flush (reference.ts, decision 0008). */
export const TAKE_REFERENCE = {
  name: "take-reference",
  text: `WITH async_commit AS (SELECT set_config('synchronous_commit', 'off', true))
    INSERT INTO "ReferenceCounter" ("year", "last") SELECT $1::int, 1 FROM async_commit
    ON CONFLICT ("year") DO UPDATE SET "last" = "ReferenceCounter"."last" + 1
    RETURNING "last"`,
};

/** The answers as stored: the columns of "Inquiry" that hold what the applicant entered. */
export type StoredAnswers = {
  direction: string;
  replyLocale: string;
  companyName: string;
  companyNameLatin?: string | null;
  website?: string | null;
  hqCity: string;
  hqCountry: string;
  sizeBand: string;
  foundedYear?: number | null;
  isStartup: boolean;
  sectors: readonly string[];
  supportNeeds: readonly string[];
  timeline: string;
  plannedInvestment?: string | null;
  plannedJobs?: number | null;
  description: string;
  contactName: string;
  contactNameLatin?: string | null;
  contactRole?: string | null;
  contactEmail: string;
  contactPhone: string;
};

/** One outbox mail of a new inquiry, rendered before the statement that stores it. */
export type NewMail = { kind: string; toAddress: string; locale: string; subject: string; text: string; replyTo: string | null };

export type StoreValues = {
  inquiryId: string;
  ref: { reference: string; referenceYear: number; referenceSeq: number };
  answers: StoredAnswers;
  /** Language the form was filled in. */
  locale: string;
  privacyNoticeVersion: string;
  idempotencyKey: string;
  /** ISO time of the submission. */
  at: string;
  gatewayId: string;
  preferredIds: readonly string[];
  mails: readonly NewMail[];
  mailStatus: "QUEUED" | "OUTBOX";
  draftId: string | null;
};

/** `$1, $2, …` for each interpolated value, in order; the text is the same for every call. */
function statement(strings: TemplateStringsArray, ...values: unknown[]): { text: string; values: unknown[] } {
  return { text: strings.reduce((text, part, i) => text + `$${i}` + part), values };
}

/**
 * Stores the inquiry with everything that belongs to it in one statement, so one
 * transaction and one round trip: the inquiry with every answer as entered
 * (consent becomes privacyNoticeVersion + consentedAt), its preferences (input
 * for triage, not a routing), the gateway's assignment, the events SUBMITTED and
 * ROUTED_TO_GATEWAY, the outbox mails, and the draft reduced to its
 * confirmation. Returns no row when an inquiry with the same idempotency key
 * exists: then nothing is written. Prepared once per connection under this name.
 */
export function storeInquiryStatement(v: StoreValues): { name: string; text: string; values: unknown[] } {
  return { name: "store-inquiry", ...statement`
    WITH inquiry AS (
      INSERT INTO "Inquiry" (
        "id", "reference", "referenceYear", "referenceSeq", "direction", "status", "locale", "replyLocale",
        "companyName", "companyNameLatin", "website", "hqCity", "hqCountry", "sizeBand", "foundedYear", "isStartup",
        "sectors", "supportNeeds", "timeline", "plannedInvestment", "plannedJobs", "description",
        "contactName", "contactNameLatin", "contactRole", "contactEmail", "contactPhone",
        "privacyNoticeVersion", "consentedAt", "idempotencyKey", "submittedAt", "updatedAt"
      ) VALUES (
        ${v.inquiryId}::uuid, ${v.ref.reference}, ${v.ref.referenceYear}::int, ${v.ref.referenceSeq}::int, ${v.answers.direction}::"Direction", 'NEW', ${v.locale}, ${v.answers.replyLocale},
        ${v.answers.companyName}, ${v.answers.companyNameLatin ?? null}::text, ${v.answers.website ?? null}::text, ${v.answers.hqCity}, ${v.answers.hqCountry}, ${v.answers.sizeBand}, ${v.answers.foundedYear ?? null}::int, ${v.answers.isStartup},
        ${v.answers.sectors}::text[], ${v.answers.supportNeeds}::text[], ${v.answers.timeline}, ${v.answers.plannedInvestment ?? null}::text, ${v.answers.plannedJobs ?? null}::int, ${v.answers.description},
        ${v.answers.contactName}, ${v.answers.contactNameLatin ?? null}::text, ${v.answers.contactRole ?? null}::text, ${v.answers.contactEmail}, ${v.answers.contactPhone},
        ${v.privacyNoticeVersion}, ${v.at}::timestamptz, ${v.idempotencyKey}, ${v.at}::timestamptz, ${v.at}::timestamptz
      )
      ON CONFLICT ("idempotencyKey") DO NOTHING
      RETURNING "id"
    ),
    preferences AS (
      INSERT INTO "InquiryPreference" ("inquiryId", "organisationId")
      SELECT inquiry."id", p FROM inquiry, unnest(${v.preferredIds}::uuid[]) AS p
    ),
    assignment AS (
      INSERT INTO "Assignment" ("id", "inquiryId", "organisationId", "state", "assignedAt")
      SELECT gen_random_uuid(), inquiry."id", ${v.gatewayId}::uuid, 'PENDING', ${v.at}::timestamptz FROM inquiry
    ),
    events AS (
      INSERT INTO "InquiryEvent" ("inquiryId", "type", "targetOrganisationId", "data", "createdAt")
      SELECT inquiry."id", e.type::"InquiryEventType", e.target, e.data, ${v.at}::timestamptz
      FROM inquiry, (VALUES
        (1, 'SUBMITTED', NULL::uuid, jsonb_build_object('locale', ${v.locale}::text)),
        (2, 'ROUTED_TO_GATEWAY', ${v.gatewayId}::uuid, '{}'::jsonb)
      ) AS e(n, type, target, data)
      ORDER BY e.n
    ),
    mails AS (
      INSERT INTO "OutboundMail" ("id", "inquiryId", "kind", "toAddress", "locale", "subject", "text", "replyTo", "status", "createdAt", "updatedAt")
      SELECT gen_random_uuid(), inquiry."id", m.kind, m.to_address, m.locale, m.subject, m.text, m.reply_to, ${v.mailStatus}::"OutboundMailStatus", ${v.at}::timestamptz, ${v.at}::timestamptz
      FROM inquiry, unnest(
        ${v.mails.map((m) => m.kind)}::text[], ${v.mails.map((m) => m.toAddress)}::text[], ${v.mails.map((m) => m.locale)}::text[],
        ${v.mails.map((m) => m.subject)}::text[], ${v.mails.map((m) => m.text)}::text[], ${v.mails.map((m) => m.replyTo)}::text[]
      ) AS m(kind, to_address, locale, subject, text, reply_to)
      RETURNING "id"
    ),
    draft AS (
      UPDATE "InquiryDraft" d
      SET "data" = jsonb_build_object(
            'idempotencyKey', CASE WHEN jsonb_typeof(d."data" -> 'idempotencyKey') = 'string' THEN d."data" -> 'idempotencyKey' END,
            'confirmation', jsonb_build_object('reference', ${v.ref.reference}::text)),
          "submittedInquiryId" = inquiry."id",
          "updatedAt" = ${v.at}::timestamptz
      FROM inquiry
      WHERE d."id" = ${v.draftId}::uuid
    )
    SELECT inquiry."id"::text AS "id", ARRAY(SELECT "id"::text FROM mails) AS "mailIds" FROM inquiry` };
}
