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

/**
 * The steps the applicant has been told of, with their dates: received, forwarded to
 * someone, accepted by someone, closed, reopened. Read from the timeline; a forward or
 * accept of several organisations at once is one step. Internal steps (notes, triage,
 * returns, withdrawals, a partner closing its part) are not shown; the current stage
 * sentence says where the inquiry is now.
 */
export const MILESTONE_KINDS = ["received", "forwarded", "accepted", "closed", "reopened"] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];
export type Milestone<Name = string> = { kind: MilestoneKind; at: Date; names: Name[] };

export type TimelineEvent = { type: string; createdAt: Date; actorOrganisationId: string | null; targetOrganisationId: string | null; data: unknown };
type OrganisationRef = { slug: string; kind: OrganisationKind };

export function publicMilestones(inquiry: { submittedAt: Date; events: readonly TimelineEvent[] }, organisations: ReadonlyMap<string, OrganisationRef>): Milestone[] {
  const partner = (id: string | null) => {
    const o = id ? organisations.get(id) : undefined;
    return o && o.kind !== "GATEWAY" ? o.slug : undefined;
  };
  const steps: Milestone[] = [{ kind: "received", at: inquiry.submittedAt, names: [] }];
  const add = (kind: MilestoneKind, at: Date, slug?: string) => {
    const last = steps.at(-1)!;
    if (last.kind === kind && last.at.getTime() === at.getTime()) {
      if (slug && !last.names.includes(slug)) last.names.push(slug);
    } else steps.push({ kind, at, names: slug ? [slug] : [] });
  };
  for (const e of [...inquiry.events].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
    if (e.type === "FORWARDED" && partner(e.targetOrganisationId)) add("forwarded", e.createdAt, partner(e.targetOrganisationId));
    else if (e.type === "ACCEPTED" && partner(e.actorOrganisationId)) add("accepted", e.createdAt, partner(e.actorOrganisationId));
    else if (e.type === "CLOSED" && !(e.data as { part?: boolean } | null)?.part) add("closed", e.createdAt);
    else if (e.type === "REOPENED") add("reopened", e.createdAt);
  }
  return steps;
}

/** A step's words, with the names of the organisations involved (already in the reader's language). */
export function milestoneText(t: StatusTranslate, milestone: { kind: MilestoneKind; names: readonly string[] }, locale: string): string {
  const names = new Intl.ListFormat(locale, { type: "conjunction" }).format(milestone.names);
  return t(`milestones.${milestone.kind}`, { names });
}

/** A step's date as people write it where they read it: "2. Dezember 2026", "2026年12月2日", "December 2, 2026" (the programme's time zone). */
export function milestoneDate(at: Date | string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "Europe/Berlin" }).format(new Date(at));
}

/** A step as one line of text: what the status page shows in its list, and the applicant's mails in theirs. */
export function milestoneLine(t: StatusTranslate, milestone: { kind: MilestoneKind; at: Date | string; names: readonly string[] }, locale: string): string {
  return `${milestoneDate(milestone.at, locale)}${locale === "ja" ? "：" : ": "}${milestoneText(t, milestone, locale)}`;
}
