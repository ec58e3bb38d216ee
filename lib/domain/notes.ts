// Who reads an internal note (issue #17): shared with every organisation that holds
// or held the case, or private to the author's organisation. Partners write private
// notes unless they choose otherwise, the gateway shared ones; notes from before
// visibilities existed are shared. Pure: the services filter with it, pages ask it.
import { roleMay } from "../auth/permissions.ts";
import type { NoteVisibility, StaffRole } from "../generated/prisma/enums.ts";

export const NOTE_VISIBILITIES = ["ORGANISATION", "SHARED"] as const satisfies readonly NoteVisibility[];

/** The visibility the note form preselects (the writer sees and may change it). */
export function defaultNoteVisibility(role: StaffRole): NoteVisibility {
  return roleMay(role, "inquiry.readAll") ? "SHARED" : "ORGANISATION";
}

/** May a member of `organisationId` read the note? Whoever may see the case reads its shared notes. */
export function mayReadNote(note: { visibility: NoteVisibility; organisationId: string | null }, organisationId: string | null): boolean {
  return note.visibility === "SHARED" || (organisationId !== null && note.organisationId === organisationId);
}
