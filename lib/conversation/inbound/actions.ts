"use server";
// The "unmatched mail" page's Server Action, through the one staff wrapper: file a
// listed mail on a case by its reference, or discard it. Plain forms that work without
// JavaScript: every answer is a redirect back to the list, an error with the mail it
// concerns and the reference as typed (a reference is no personal data).
import { redirect } from "next/navigation";
import { z } from "zod";
import { staffAction } from "../../auth/staff-action.ts";
import type { Locale } from "../../i18n/routing.ts";
import { REFERENCE_PATTERN } from "../../inquiries/reference.ts";
import { assignUnmatchedMail, discardUnmatchedMail } from "./unmatched.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const listPath = (locale: Locale) => `/${locale}/admin/unmatched-mail`;

const request = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("assign"), mailId: z.string().regex(UUID), reference: z.string().max(40) }),
  z.object({ intent: z.literal("discard"), mailId: z.string().regex(UUID) }),
]);

function back(locale: Locale, result: { done?: "assigned" | "discarded"; error?: string; mailId?: string; reference?: string }): never {
  const query = new URLSearchParams();
  if (result.done) query.set("done", result.done);
  if (result.error) query.set("error", result.error);
  if (result.mailId) query.set("mail", result.mailId);
  if (result.reference) query.set("reference", result.reference.slice(0, 40));
  const anchor = result.error && result.mailId ? `#mail-${result.mailId}` : "#outcome";
  redirect(`${listPath(locale)}?${query.toString()}${anchor}`);
}

export const unmatchedMailAction = staffAction({
  access: "inboundMail.manage",
  page: (locale) => listPath(locale),
  schema: request,
  read: (form) => ({
    intent: form.get("intent"),
    mailId: form.get("mailId"),
    ...(form.get("intent") === "assign" ? { reference: String(form.get("reference") ?? "").trim().toUpperCase() } : {}),
  }),
  fail: (code, { locale, form }) =>
    back(locale, {
      error: code === "notAllowed" ? "notAllowed" : "invalid",
      mailId: UUID.test(String(form.get("mailId") ?? "")) ? String(form.get("mailId")) : undefined,
      reference: String(form.get("reference") ?? ""),
    }),
  malformed: undefined,
  run: async (input, { staff, locale }) => {
    if (input.intent === "discard") {
      const result = await discardUnmatchedMail(staff, { mailId: input.mailId });
      return back(locale, result.ok ? { done: "discarded" } : { error: result.error, mailId: input.mailId });
    }
    if (!REFERENCE_PATTERN.test(input.reference)) return back(locale, { error: "reference", mailId: input.mailId, reference: input.reference });
    const result = await assignUnmatchedMail(staff, { mailId: input.mailId, reference: input.reference });
    return back(locale, result.ok ? { done: "assigned", reference: result.reference } : { error: result.error, mailId: input.mailId, reference: input.reference });
  },
});
