"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { can, type Permission } from "@/lib/auth/permissions";
import { getStaff, signInPath } from "@/lib/auth/session";
import { OUTCOMES, type WorkflowAction } from "@/lib/domain/workflow";
import type { Locale } from "@/lib/i18n/routing";
import { REFERENCE_PATTERN } from "@/lib/inquiries/reference";
import { addNote, performAction, type ActionInput } from "@/lib/casework/workflow-service";
import { formLocale, isFormData } from "@/lib/security/action-input";

const PERMISSION_FOR: Record<WorkflowAction, Permission> = {
  triage: "inquiry.triage",
  forward: "inquiry.forward",
  reopen: "inquiry.triage",
  accept: "inquiry.respond",
  return: "inquiry.respond",
  start: "inquiry.work",
  close: "inquiry.work",
};

const base = { reference: z.string().regex(REFERENCE_PATTERN), version: z.coerce.number().int().min(0) };
const actionSchema = z.discriminatedUnion("action", [
  z.object({ action: z.enum(["triage", "accept", "start", "reopen"]), ...base }),
  z.object({ action: z.literal("forward"), ...base, targetOrganisationIds: z.array(z.uuid()).min(1).max(10), note: z.string().trim().max(2000).optional() }),
  z.object({ action: z.literal("return"), ...base, reason: z.string().trim().min(3).max(2000) }),
  z.object({ action: z.literal("close"), ...base, outcome: z.enum(OUTCOMES) }),
]);


function backTo(locale: Locale, reference: string, result: string): never {
  const safe = REFERENCE_PATTERN.test(reference) ? reference : "";
  redirect(`/${locale}/admin/inquiries/${safe}?result=${result}#result`);
}

export async function workflowAction(form: FormData): Promise<void> {
  if (!isFormData(form)) return;
  const locale = formLocale(form);
  const reference = String(form.get("reference") ?? "");
  const staff = await getStaff();
  if (!staff) redirect(signInPath(locale, `/${locale}/admin/inquiries/${REFERENCE_PATTERN.test(reference) ? reference : ""}`));
  const parsed = actionSchema.safeParse({
    action: form.get("action"),
    reference,
    version: form.get("version"),
    targetOrganisationIds: form.getAll("target").map(String),
    note: form.get("note") ?? undefined,
    reason: form.get("reason") ?? undefined,
    outcome: form.get("outcome") ?? undefined,
  });
  if (!parsed.success) backTo(locale, reference, "invalid");
  const input = parsed.data as ActionInput;
  if (!can(staff, PERMISSION_FOR[input.action])) backTo(locale, reference, "notAllowed");
  const result = await performAction(staff, input);
  if (!result.ok && result.error === "notFound") redirect(`/${locale}/admin/inquiries`);
  backTo(locale, reference, result.ok ? "done" : result.error);
}

export async function noteAction(form: FormData): Promise<void> {
  if (!isFormData(form)) return;
  const locale = formLocale(form);
  const reference = String(form.get("reference") ?? "");
  const staff = await getStaff();
  if (!staff) redirect(signInPath(locale));
  const body = z.string().trim().min(1).max(5000).safeParse(form.get("body"));
  if (!REFERENCE_PATTERN.test(reference) || !body.success) backTo(locale, reference, "invalid");
  if (!can(staff, "inquiry.note")) backTo(locale, reference, "notAllowed");
  const result = await addNote(staff, reference, body.data);
  if (!result.ok) redirect(`/${locale}/admin/inquiries`);
  backTo(locale, reference, "done");
}
