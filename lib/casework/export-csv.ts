import "server-only";
// The filtered inbox as CSV: streamed in keyset batches, UTF-8 with a byte-order
// mark so that Excel opens Japanese text correctly, full description included.
import { stringify } from "csv-stringify/sync";
import { db } from "../db/client.ts";
import { OPEN_ASSIGNMENT_STATES } from "../domain/workflow.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { inIdOrder, pageOfIds, type Keyset } from "./filters.ts";

const BATCH = 500;
const BOM = "\uFEFF";

const exportSelect = {
  id: true,
  reference: true,
  submittedAt: true,
  status: true,
  direction: true,
  companyName: true,
  companyNameLatin: true,
  website: true,
  hqCity: true,
  hqCountry: true,
  sizeBand: true,
  foundedYear: true,
  isStartup: true,
  sectors: true,
  supportNeeds: true,
  timeline: true,
  plannedInvestment: true,
  plannedJobs: true,
  contactName: true,
  contactRole: true,
  contactEmail: true,
  contactPhone: true,
  locale: true,
  replyLocale: true,
  firstResponseAt: true,
  closedAt: true,
  outcome: true,
  description: true,
  preferences: { select: { organisation: { select: { shortName: true } } } },
  assignments: { where: { state: { in: [...OPEN_ASSIGNMENT_STATES] } }, select: { organisation: { select: { shortName: true } } } },
} satisfies Prisma.InquirySelect;

type ExportRow = Prisma.InquiryGetPayload<{ select: typeof exportSelect }>;

export const CSV_COLUMNS = [
  "reference", "submitted_at", "status", "direction", "company_name", "company_name_latin", "website", "hq_city", "hq_country",
  "size_band", "founded_year", "is_startup", "sectors", "support_needs", "timeline", "planned_investment", "planned_jobs",
  "preferred_municipalities", "current_holders", "contact_name", "contact_role", "contact_email", "contact_phone",
  "form_language", "reply_language", "first_response_at", "closed_at", "outcome", "description",
] as const;

/** Spreadsheet programs run cells that start like a formula; applicants' text must stay text. */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function toCsvCells(row: ExportRow): string[] {
  const cells = [
    row.reference, row.submittedAt.toISOString(), row.status, row.direction, row.companyName, row.companyNameLatin, row.website,
    row.hqCity, row.hqCountry, row.sizeBand, row.foundedYear, row.isStartup ? "yes" : "no", row.sectors.join(" "),
    row.supportNeeds.join(" "), row.timeline, row.plannedInvestment, row.plannedJobs,
    row.preferences.map((p) => p.organisation.shortName).join("; "), row.assignments.map((a) => a.organisation.shortName).join("; "),
    row.contactName, row.contactRole, row.contactEmail, row.contactPhone, row.locale, row.replyLocale,
    row.firstResponseAt?.toISOString(), row.closedAt?.toISOString(), row.outcome, row.description,
  ];
  return cells.map((c) => neutraliseFormula(c === null || c === undefined ? "" : String(c)));
}

/** A byte stream of the CSV for every inquiry matching `where` (lib/casework/filters.ts), newest first. */
export function inquiriesCsvStream(where: Prisma.Sql): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let after: Keyset | undefined;
  let started = false;
  return new ReadableStream({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(BOM + stringify([CSV_COLUMNS as unknown as string[]])));
      }
      const ids = await pageOfIds(where, { after, take: BATCH });
      const page = inIdOrder(ids, await db().inquiry.findMany({ where: { id: { in: ids } }, select: exportSelect }));
      if (page.length) controller.enqueue(encoder.encode(stringify(page.map(toCsvCells))));
      const last = page.at(-1);
      if (ids.length < BATCH || !last) controller.close();
      else after = { at: last.submittedAt, id: last.id };
    },
  });
}
