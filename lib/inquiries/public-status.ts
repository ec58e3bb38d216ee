// What an applicant is told about their inquiry: one of five plain stages,
// derived from the workflow status and who holds the inquiry. The only place
// that maps internal state to the public view; it never exposes notes, reasons
// or staff names.
import { isOpen } from "../domain/workflow.ts";
import type { AssignmentState, InquiryStatus, OrganisationKind } from "../generated/prisma/enums.ts";

export const PUBLIC_STAGES = ["received", "with-gateway", "forwarded", "in-progress", "closed"] as const;
export type PublicStage = (typeof PUBLIC_STAGES)[number];

export type StatusAssignment = {
  state: AssignmentState;
  organisation: { slug: string; kind: OrganisationKind };
};

export type PublicStatus = {
  stage: PublicStage;
  /** Slugs of the partner organisations (municipalities, the Tokyo partner) now handling the inquiry. */
  handledBy: string[];
};

export function publicStatus(inquiry: { status: InquiryStatus; assignments: readonly StatusAssignment[] }): PublicStatus {
  const partners = inquiry.assignments.filter((a) => a.organisation.kind !== "GATEWAY" && isOpen(a.state));
  const accepted = partners.filter((a) => a.state === "ACCEPTED");
  const slugs = (list: readonly StatusAssignment[]) => [...new Set(list.map((a) => a.organisation.slug))].sort();

  switch (inquiry.status) {
    case "CLOSED":
      return { stage: "closed", handledBy: [] };
    case "ACCEPTED":
    case "IN_PROGRESS":
      // Work has started; name who is doing it if a partner holds it, else the gateway does.
      return { stage: "in-progress", handledBy: slugs(accepted.length ? accepted : partners) };
    case "FORWARDED":
      // Forwarded, but every partner returned it: it is back with the gateway.
      return partners.length ? { stage: "forwarded", handledBy: slugs(partners) } : { stage: "with-gateway", handledBy: [] };
    case "TRIAGED":
      return { stage: "with-gateway", handledBy: [] };
    case "NEW":
    default:
      return { stage: "received", handledBy: [] };
  }
}

/** A translation function scoped to the status page's messages ("inquiryStatus"). */
export type StatusTranslate = (key: string, values?: Record<string, string>) => string;

/**
 * The sentence an applicant reads for a stage, with the names of the organisations
 * handling it: the status page and the applicant's notification mails both use it,
 * so the two always say the same.
 */
export function stageSentence(t: StatusTranslate, status: { stage: PublicStage; handledBy: readonly string[] }, locale: string): string {
  const names = new Intl.ListFormat(locale, { type: "conjunction" }).format(status.handledBy.length ? status.handledBy : [t("gateway")]);
  return t(`stages.${status.stage}`, { names });
}
