"use server";
// The data-protection page's one action: `intent=lookup` finds an applicant by
// e-mail address (which travels in the POST body, never in a URL, so it stays out
// of logs and history); `intent=erase` erases their data, given a reason and the
// confirmation. It answers with the panel's new state.
import { z } from "zod";
import { staffAction } from "../auth/staff-action.ts";
import type { Staff } from "../auth/session.ts";
import { applicantEmail, applicantPanelState, eraseApplicant } from "./applicant.ts";
import { ERASURE_REASONS } from "./grounds.ts";
import type { ApplicantPanelState } from "./panel-state.ts";

const request = z.object({ intent: z.enum(["lookup", "erase"]), email: z.unknown(), reason: z.unknown(), confirm: z.unknown() });
type Request = z.output<typeof request>;

const erasure = z.object({
  email: applicantEmail,
  reason: z.enum(ERASURE_REASONS),
  confirm: z.literal("yes"),
});

export const applicantDataAction: (previous: ApplicantPanelState, form: FormData) => Promise<ApplicantPanelState> = staffAction({
  access: "applicantData.manage",
  page: (locale) => `/${locale}/admin/data-protection`,
  schema: request,
  read: (form) => ({
    intent: form.get("intent") === "erase" ? "erase" : "lookup",
    email: form.get("email"),
    reason: form.get("reason") || undefined,
    confirm: form.get("confirm") ?? undefined,
  }),
  // The request's schema takes any form, so a refusal can only be the permission's.
  fail: (code): ApplicantPanelState => (code === "notAllowed" ? { result: "notAllowed" } : {}),
  malformed: {},
  run: async (input, { staff }) => (input.intent === "erase" ? erase(staff, input) : lookUp(staff, input)),
});

async function lookUp(staff: Staff, input: Request): Promise<ApplicantPanelState> {
  const email = applicantEmail.safeParse(input.email);
  if (!email.success) return { emailInput: String(input.email ?? "").slice(0, 320), result: "invalidEmail" };
  return applicantPanelState(staff, email.data);
}

async function erase(staff: Staff, input: Request): Promise<ApplicantPanelState> {
  const parsed = erasure.safeParse(input);
  if (!parsed.success) {
    const email = applicantEmail.safeParse(input.email);
    if (!email.success) return { result: "invalidEmail" };
    return { ...(await applicantPanelState(staff, email.data)), result: "confirmRequired" };
  }
  const result = await eraseApplicant(staff, parsed.data.email, parsed.data.reason);
  if (!result.ok) return { ...(await applicantPanelState(staff, parsed.data.email)), result: "notFound" };
  return { email: parsed.data.email, inquiries: [], result: "erased", erased: result.erased };
}
