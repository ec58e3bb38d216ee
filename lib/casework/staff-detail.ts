import "server-only";
// One inquiry as a member of staff may see it. What a viewer may not see is never
// loaded: a partner that has not accepted the case gets no contact person (name,
// role, e-mail, phone) and no conversation; nobody gets another organisation's
// private notes, nor their entries on the timeline (issue #17).
import type { StaffPrincipal } from "../auth/permissions.ts";
import { db } from "../db/client.ts";
import { maySeeContact } from "../domain/workflow.ts";
import { readableNotes, visibleInquiries } from "./staff-access.ts";

/** The applicant's contact person: only for viewers that maySeeContact (lib/domain/workflow.ts). */
export type ContactPerson = { name: string; nameLatin: string | null; role: string | null; email: string; phone: string };

const CONTACT_FIELDS = { contactName: true, contactNameLatin: true, contactRole: true, contactEmail: true, contactPhone: true } as const;

/** One inquiry as staff see it, or null when it does not exist for them (partners: not forwarded to them). */
export async function loadInquiryDetail(staff: StaffPrincipal, reference: string) {
  const scope = visibleInquiries(staff);
  if (!scope) return null;
  const inquiry = await db().inquiry.findFirst({
    where: { AND: [scope, { reference }] },
    omit: CONTACT_FIELDS,
    include: {
      preferences: { include: { organisation: { select: { slug: true, shortName: true } } } },
      assignments: {
        include: { organisation: { select: { id: true, shortName: true, kind: true } }, owner: { select: { id: true, name: true, active: true } } },
        orderBy: { assignedAt: "asc" },
      },
      events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      notes: { where: readableNotes(staff), orderBy: { createdAt: "asc" } },
    },
  });
  if (!inquiry) return null;
  const own = inquiry.assignments.filter((a) => a.organisationId === staff.organisationId);
  const contactVisible = maySeeContact(staff.role, own);
  const [contact, hiddenNotes, organisations] = await Promise.all([
    contactVisible ? contactOf(inquiry.id) : null,
    // Entries for notes this viewer may not read leave the timeline too.
    db().inquiryNote.findMany({ where: { inquiryId: inquiry.id, NOT: readableNotes(staff) }, select: { id: true } }),
    db().organisation.findMany({ where: { active: true }, select: { id: true, slug: true, shortName: true, kind: true }, orderBy: { shortName: "asc" } }),
  ]);
  const hidden = new Set(hiddenNotes.map((n) => n.id));
  const events = inquiry.events.filter((e) => !(e.type === "NOTE_ADDED" && hidden.has(String((e.data as { noteId?: unknown } | null)?.noteId))));
  return { inquiry: { ...inquiry, events }, contact, contactVisible, organisations };
}

async function contactOf(inquiryId: string): Promise<ContactPerson> {
  const row = await db().inquiry.findUniqueOrThrow({ where: { id: inquiryId }, select: CONTACT_FIELDS });
  return { name: row.contactName, nameLatin: row.contactNameLatin, role: row.contactRole, email: row.contactEmail, phone: row.contactPhone };
}

export type InquiryDetail = NonNullable<Awaited<ReturnType<typeof loadInquiryDetail>>>;
