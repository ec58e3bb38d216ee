import "server-only";
import { db } from "../db/client.ts";
import type { StaffPrincipal } from "../auth/permissions.ts";
import { visibleInquiries } from "./staff-access.ts";

/** One inquiry as staff see it, or null when it does not exist for them (partners: not forwarded to them). */
export async function loadInquiryDetail(staff: StaffPrincipal, reference: string) {
  const scope = visibleInquiries(staff);
  if (!scope) return null;
  const inquiry = await db().inquiry.findFirst({
    where: { AND: [scope, { reference }] },
    include: {
      preferences: { include: { organisation: { select: { shortName: true } } } },
      assignments: { include: { organisation: { select: { id: true, shortName: true, kind: true } } }, orderBy: { assignedAt: "asc" } },
      events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      notes: { orderBy: { createdAt: "asc" } },
    },
  });
  if (!inquiry) return null;
  const organisations = await db().organisation.findMany({
    where: { active: true },
    select: { id: true, slug: true, shortName: true, kind: true },
    orderBy: { shortName: "asc" },
  });
  return { inquiry, organisations };
}

export type InquiryDetail = NonNullable<Awaited<ReturnType<typeof loadInquiryDetail>>>;
