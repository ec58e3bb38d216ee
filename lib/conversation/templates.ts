import "server-only";
// Saved replies: each organisation keeps its own, per language, and inserts them
// into the compose form before editing and sending.
import { z } from "zod";
import type { Staff } from "../auth/session.ts";
import { can } from "../auth/permissions.ts";
import { db } from "../db/client.ts";
import { locales, type Locale } from "../i18n/routing.ts";
import { messageBody } from "./messages.ts";

export const templateInput = z.object({ locale: z.enum(locales), title: z.string().trim().min(1).max(100), body: messageBody });

/** The saved replies of the staff member's organisation in `locale`, by title. */
export function templatesFor(staff: Staff, locale: Locale) {
  if (!staff.organisationId || !can(staff, "inquiry.message")) return Promise.resolve([]);
  return db().messageTemplate.findMany({ where: { organisationId: staff.organisationId, locale }, orderBy: { title: "asc" }, select: { id: true, title: true, body: true } });
}

/** One saved reply, only of the staff member's own organisation. */
export async function templateOf(staff: Staff, id: string): Promise<{ body: string } | null> {
  if (!staff.organisationId || !z.uuid().safeParse(id).success) return null;
  return db().messageTemplate.findFirst({ where: { id, organisationId: staff.organisationId }, select: { body: true } });
}

export async function saveTemplate(staff: Staff, input: z.input<typeof templateInput>): Promise<boolean> {
  const parsed = templateInput.safeParse(input);
  if (!parsed.success || !staff.organisationId || !can(staff, "inquiry.message")) return false;
  await db().messageTemplate.create({ data: { organisationId: staff.organisationId, ...parsed.data } });
  return true;
}
