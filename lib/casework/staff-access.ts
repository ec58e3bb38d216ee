import "server-only";
// Which inquiries a staff member may see: the gateway all, a partner only those
// forwarded to its organisation (and not returned or withdrawn), administrators none;
// and within a visible inquiry, which notes and whether the contact person.
import { Prisma } from "../generated/prisma/client.ts";
import { can, type StaffPrincipal } from "../auth/permissions.ts";
import { OPEN_ASSIGNMENT_STATES } from "../domain/workflow.ts";

/** Open assignments, and closed ones: a partner still sees what it worked to a close. */
const VISIBLE_ASSIGNMENT_STATES = [...OPEN_ASSIGNMENT_STATES, "CLOSED"] as const;

/** A Prisma filter of the inquiries visible to `staff`, or null when it sees none. */
export function visibleInquiries(staff: StaffPrincipal): Prisma.InquiryWhereInput | null {
  if (can(staff, "inquiry.readAll")) return {};
  if (can(staff, "inquiry.readAssigned") && staff.organisationId) {
    return { assignments: { some: { organisationId: staff.organisationId, state: { in: [...VISIBLE_ASSIGNMENT_STATES] } } } };
  }
  return null;
}

/** The same rule as SQL over `"Inquiry" i`, for the inbox and dashboard queries; null when `staff` sees none. */
export function visibleInquiriesSql(staff: StaffPrincipal): Prisma.Sql | null {
  if (can(staff, "inquiry.readAll")) return Prisma.sql`TRUE`;
  if (can(staff, "inquiry.readAssigned") && staff.organisationId) {
    return Prisma.sql`EXISTS (SELECT 1 FROM "Assignment" sa WHERE sa."inquiryId" = i.id AND sa."organisationId" = ${staff.organisationId}::uuid
      AND sa.state IN (${Prisma.join(VISIBLE_ASSIGNMENT_STATES.map((state) => Prisma.sql`${state}::"AssignmentState"`))}))`;
  }
  return null;
}

/** A Prisma filter of the notes `staff` may read (lib/domain/notes.ts): shared ones, and its own organisation's. */
export function readableNotes(staff: StaffPrincipal): Prisma.InquiryNoteWhereInput {
  return staff.organisationId ? { OR: [{ visibility: "SHARED" }, { organisationId: staff.organisationId }] } : { visibility: "SHARED" };
}

/**
 * As SQL over `"Inquiry" i`: may `staff` see the contact person of the inquiry? The
 * gateway always, a partner once its organisation accepted (hasAccepted in
 * lib/domain/workflow.ts: ACCEPTED, or CLOSED after a response).
 */
export function contactDisclosedSql(staff: StaffPrincipal): Prisma.Sql {
  if (can(staff, "inquiry.readAll")) return Prisma.sql`TRUE`;
  if (!staff.organisationId) return Prisma.sql`FALSE`;
  return Prisma.sql`EXISTS (SELECT 1 FROM "Assignment" ca WHERE ca."inquiryId" = i.id AND ca."organisationId" = ${staff.organisationId}::uuid
    AND (ca.state = 'ACCEPTED' OR (ca.state = 'CLOSED' AND ca."respondedAt" IS NOT NULL)))`;
}
