import "server-only";
// Saved replies: each organisation keeps its own, per language, and inserts them
// into the compose form before editing and sending.
import { z } from "zod";
import type { Staff } from "../auth/session.ts";
import { can } from "../auth/permissions.ts";
import { db } from "../db/client.ts";
import { locales, type Locale } from "../i18n/routing.ts";
import { messageBody } from "./messages.ts";

/** The page where an organisation keeps its saved replies. */
export const savedRepliesPath = (locale: Locale) => `/${locale}/admin/saved-replies`;

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

export type TemplateChange = "ok" | "invalid" | "notFound" | "notAllowed";

/** Every saved reply of the staff member's organisation, by language and title (the management page). */
export function organisationTemplates(staff: Staff) {
  if (!staff.organisationId || !can(staff, "inquiry.message")) return Promise.resolve([]);
  return db().messageTemplate.findMany({
    where: { organisationId: staff.organisationId },
    orderBy: [{ locale: "asc" }, { title: "asc" }, { id: "asc" }],
    select: { id: true, locale: true, title: true, body: true, updatedAt: true },
  });
}

/** Changes a saved reply of the staff member's own organisation; another's is "notFound", as if it did not exist. */
export async function updateTemplate(staff: Staff, id: string, input: z.input<typeof templateInput>): Promise<TemplateChange> {
  if (!staff.organisationId || !can(staff, "inquiry.message")) return "notAllowed";
  if (!z.uuid().safeParse(id).success) return "notFound";
  const parsed = templateInput.safeParse(input);
  if (!parsed.success) return "invalid";
  const { count } = await db().messageTemplate.updateMany({ where: { id, organisationId: staff.organisationId }, data: parsed.data });
  return count === 1 ? "ok" : "notFound";
}

/** Deletes a saved reply of the staff member's own organisation. */
export async function deleteTemplate(staff: Staff, id: string): Promise<TemplateChange> {
  if (!staff.organisationId || !can(staff, "inquiry.message")) return "notAllowed";
  if (!z.uuid().safeParse(id).success) return "notFound";
  const { count } = await db().messageTemplate.deleteMany({ where: { id, organisationId: staff.organisationId } });
  return count === 1 ? "ok" : "notFound";
}
