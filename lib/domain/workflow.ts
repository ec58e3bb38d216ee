// The inquiry workflow as one state machine: which action moves an inquiry from
// which status to which, which permission it takes (the table of who holds it is
// lib/auth/permissions.ts) and what the actor's organisation must hold of the
// inquiry. Services and pages both ask here.
//
//   NEW -> TRIAGED -> FORWARDED -> ACCEPTED -> IN_PROGRESS -> CLOSED
//   a return sends it back to the gateway (TRIAGED); the gateway may reopen a closed one.
import { roleMay, type Permission } from "../auth/permissions.ts";
import type { AssignmentState, InquiryStatus, OrganisationKind, StaffRole } from "../generated/prisma/enums.ts";

/**
 * An assignment is open while its organisation holds the inquiry: asked to take it
 * (PENDING) or working on it (ACCEPTED). The one list; SQL that has to spell the
 * states out (partial indexes, triggers, hand-written queries) says so and points here.
 */
export const OPEN_ASSIGNMENT_STATES = ["PENDING", "ACCEPTED"] as const satisfies readonly AssignmentState[];

export function isOpen(state: AssignmentState): boolean {
  return (OPEN_ASSIGNMENT_STATES as readonly AssignmentState[]).includes(state);
}

/** The kinds of organisation an inquiry is forwarded to, whose staff are partners. */
export const PARTNER_KINDS = ["MUNICIPALITY", "TOKYO_PARTNER"] as const satisfies readonly OrganisationKind[];

export const WORKFLOW_ACTIONS = ["triage", "forward", "accept", "return", "start", "close", "reopen"] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

/**
 * How a case ended, chosen deliberately when closing (docs/decisions/0017-closing-a-case.md).
 * Settled: the company founded a subsidiary or settled; partnership: a partnership or
 * cooperation was agreed.
 */
export const OUTCOMES = ["settled", "partnership", "referred", "paused", "no-fit", "no-answer"] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The outcomes that come with figures (jobs planned, investment band, municipality settled in). */
export const OUTCOMES_WITH_FIGURES = ["settled", "partnership"] as const satisfies readonly Outcome[];

/** Outcomes recorded before the deliberate close, as they read now (old timeline events keep the old code). */
export const LEGACY_OUTCOMES: Record<string, Outcome> = { established: "settled", partnered: "partnership", "not-pursued": "paused" };

/** An outcome code from the database or a timeline event, read in today's terms. */
export function outcomeOf(code: unknown): Outcome | undefined {
  if (typeof code !== "string") return undefined;
  return OUTCOMES.find((o) => o === code) ?? LEGACY_OUTCOMES[code];
}

/** What the acting person's organisation holds of the inquiry, if anything. */
export type Holding = { role: StaffRole; ownAssignment?: AssignmentState };

/** Whoever may see every inquiry (the gateway) holds every inquiry; everyone else only what was forwarded to them. */
const holdsAny = ({ role }: Holding) => roleMay(role, "inquiry.readAll");

/** Statuses from which an action may start, the status it leads to, the permission it takes and what the actor must hold. */
const TRANSITIONS: Record<
  WorkflowAction,
  { from: readonly InquiryStatus[]; to: InquiryStatus | "computed"; permission: Permission; holds?: (holding: Holding) => boolean }
> = {
  triage: { from: ["NEW"], to: "TRIAGED", permission: "inquiry.triage" },
  forward: { from: ["NEW", "TRIAGED", "FORWARDED", "ACCEPTED", "IN_PROGRESS"], to: "computed", permission: "inquiry.forward" },
  accept: { from: ["FORWARDED", "ACCEPTED", "IN_PROGRESS"], to: "computed", permission: "inquiry.respond", holds: (h) => h.ownAssignment === "PENDING" },
  return: {
    from: ["FORWARDED", "ACCEPTED", "IN_PROGRESS"],
    to: "computed",
    permission: "inquiry.respond",
    holds: (h) => h.ownAssignment !== undefined && isOpen(h.ownAssignment),
  },
  start: { from: ["ACCEPTED"], to: "IN_PROGRESS", permission: "inquiry.work", holds: (h) => holdsAny(h) || h.ownAssignment === "ACCEPTED" },
  close: {
    from: ["NEW", "TRIAGED", "FORWARDED", "ACCEPTED", "IN_PROGRESS"],
    to: "CLOSED",
    permission: "inquiry.work",
    holds: (h) => holdsAny(h) || h.ownAssignment === "ACCEPTED",
  },
  reopen: { from: ["CLOSED"], to: "TRIAGED", permission: "inquiry.triage" },
};

/**
 * Who closes what: the gateway closes the inquiry (every open assignment with it); a
 * partner closes its own assignment, and the inquiry goes back to the gateway to be
 * confirmed once no partner holds it any more.
 */
export function closeClosesInquiry(holding: Holding): boolean {
  return holdsAny(holding);
}

/** The permission a workflow action takes (lib/auth/permissions.ts says who has it). */
export function permissionFor(action: WorkflowAction): Permission {
  return TRANSITIONS[action].permission;
}

export function isAllowed(action: WorkflowAction, status: InquiryStatus, holding: Holding): boolean {
  const { from, permission, holds } = TRANSITIONS[action];
  if (!from.includes(status) || !roleMay(holding.role, permission)) return false;
  return holds ? holds(holding) : true;
}

export function allowedActions(status: InquiryStatus, holding: Holding): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((a) => isAllowed(a, status, holding));
}

/**
 * May the acting person's organisation write to the applicant? The organisations that
 * hold the case: the gateway, and a partner once it has accepted. Not on a closed case.
 */
export function mayWriteToApplicant(status: InquiryStatus, holding: Holding): boolean {
  if (status === "CLOSED" || !roleMay(holding.role, "inquiry.message")) return false;
  return holdsAny(holding) || holding.ownAssignment === "ACCEPTED";
}

/**
 * May the acting person's organisation name (or change) its owner of the case? Any
 * organisation while it holds the case: the gateway on its own assignment, a partner
 * from the forward on (also while it decides whether to accept). Not on a closed case.
 */
export function mayAssignOwner(status: InquiryStatus, holding: Holding): boolean {
  if (status === "CLOSED" || !roleMay(holding.role, "inquiry.assign")) return false;
  return holding.ownAssignment !== undefined && isOpen(holding.ownAssignment);
}

/** One of an organisation's assignments, as far as the contact rule needs it. */
export type AssignmentTrace = { state: AssignmentState; respondedAt: Date | null };

/**
 * Has the organisation accepted the case (now or before it closed its part)? A pending
 * assignment the gateway closed along with the inquiry was never accepted: it is CLOSED
 * without a response. Returned and withdrawn assignments see nothing at all.
 */
export function hasAccepted(assignment: AssignmentTrace): boolean {
  return assignment.state === "ACCEPTED" || (assignment.state === "CLOSED" && assignment.respondedAt !== null);
}

/**
 * May the acting person see the applicant's contact person (name, role, e-mail, phone)?
 * Data minimisation before acceptance (issue #17, docs/decisions/0020-owners-notes-contact.md):
 * the gateway always; a partner only once its organisation has accepted the case.
 */
export function maySeeContact(role: StaffRole, ownAssignments: readonly AssignmentTrace[]): boolean {
  return holdsAny({ role }) || (roleMay(role, "inquiry.readAssigned") && ownAssignments.some(hasAccepted));
}

/**
 * The status after an assignment changed: the furthest any open partner
 * assignment has got, or back with the gateway when none is left.
 */
export function statusFromAssignments(current: InquiryStatus, partnerStates: AssignmentState[]): InquiryStatus {
  if (current === "CLOSED") return current;
  const open = partnerStates.filter(isOpen);
  if (open.length === 0) return "TRIAGED";
  if (open.includes("ACCEPTED")) return current === "IN_PROGRESS" ? "IN_PROGRESS" : "ACCEPTED";
  return "FORWARDED";
}

export function nextStatus(action: WorkflowAction, current: InquiryStatus, partnerStatesAfter: AssignmentState[], holding?: Holding): InquiryStatus {
  if (action === "close" && holding && !closeClosesInquiry(holding)) return statusFromAssignments(current, partnerStatesAfter);
  const to = TRANSITIONS[action].to;
  return to === "computed" ? statusFromAssignments(current, partnerStatesAfter) : to;
}
