// The inquiry workflow as one state machine: which action moves an inquiry from
// which status to which, and who may take it. Services and pages both ask here.
//
//   NEW -> TRIAGED -> FORWARDED -> ACCEPTED -> IN_PROGRESS -> CLOSED
//   a return sends it back to the gateway (TRIAGED); the gateway may reopen a closed one.
import type { AssignmentState, InquiryStatus, StaffRole } from "../generated/prisma/enums.ts";

export const WORKFLOW_ACTIONS = ["triage", "forward", "accept", "return", "start", "close", "reopen"] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

export const OUTCOMES = ["established", "partnered", "referred", "not-pursued"] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Statuses from which an action may start, and the status it leads to. */
const TRANSITIONS: Record<WorkflowAction, { from: readonly InquiryStatus[]; to: InquiryStatus | "computed" }> = {
  triage: { from: ["NEW"], to: "TRIAGED" },
  forward: { from: ["NEW", "TRIAGED", "FORWARDED", "ACCEPTED", "IN_PROGRESS"], to: "computed" },
  accept: { from: ["FORWARDED", "ACCEPTED", "IN_PROGRESS"], to: "computed" },
  return: { from: ["FORWARDED", "ACCEPTED", "IN_PROGRESS"], to: "computed" },
  start: { from: ["ACCEPTED"], to: "IN_PROGRESS" },
  close: { from: ["NEW", "TRIAGED", "FORWARDED", "ACCEPTED", "IN_PROGRESS"], to: "CLOSED" },
  reopen: { from: ["CLOSED"], to: "TRIAGED" },
};

/** What the acting person's organisation holds of the inquiry, if anything. */
export type Holding = { role: StaffRole; ownAssignment?: AssignmentState };

export function isAllowed(action: WorkflowAction, status: InquiryStatus, holding: Holding): boolean {
  if (!TRANSITIONS[action].from.includes(status)) return false;
  const { role, ownAssignment } = holding;
  switch (action) {
    case "triage":
    case "forward":
    case "reopen":
      return role === "GATEWAY";
    case "accept":
      return role === "PARTNER" && ownAssignment === "PENDING";
    case "return":
      return role === "PARTNER" && (ownAssignment === "PENDING" || ownAssignment === "ACCEPTED");
    case "start":
    case "close":
      return role === "GATEWAY" || (role === "PARTNER" && ownAssignment === "ACCEPTED");
  }
}

export function allowedActions(status: InquiryStatus, holding: Holding): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((a) => isAllowed(a, status, holding));
}

/**
 * The status after an assignment changed: the furthest any open partner
 * assignment has got, or back with the gateway when none is left.
 */
export function statusFromAssignments(current: InquiryStatus, partnerStates: AssignmentState[]): InquiryStatus {
  if (current === "CLOSED") return current;
  const open = partnerStates.filter((s) => s === "PENDING" || s === "ACCEPTED");
  if (open.length === 0) return "TRIAGED";
  if (open.includes("ACCEPTED")) return current === "IN_PROGRESS" ? "IN_PROGRESS" : "ACCEPTED";
  return "FORWARDED";
}

export function nextStatus(action: WorkflowAction, current: InquiryStatus, partnerStatesAfter: AssignmentState[]): InquiryStatus {
  const to = TRANSITIONS[action].to;
  return to === "computed" ? statusFromAssignments(current, partnerStatesAfter) : to;
}
