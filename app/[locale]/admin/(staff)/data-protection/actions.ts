"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { getStaff, signInPath } from "@/lib/auth/session";
import { ERASURE_REASONS } from "@/lib/dataprotection/anonymise";
import { applicantEmail, applicantPanelState, eraseApplicant } from "@/lib/dataprotection/applicant";
import type { ApplicantPanelState } from "@/lib/dataprotection/panel-state";
import type { Locale } from "@/lib/i18n/routing";
import { formLocale, isFormData } from "@/lib/security/action-input";


/** Session and permission, checked here and not only on the page. */
async function requireApplicantDataStaff(locale: Locale) {
  const staff = await getStaff();
  if (!staff) redirect(signInPath(locale, `/${locale}/admin/data-protection`));
  return can(staff, "applicantData.manage") ? staff : null;
}

type Staff = NonNullable<Awaited<ReturnType<typeof requireApplicantDataStaff>>>;

/**
 * The page's one action: `intent=lookup` finds an applicant by e-mail address
 * (which travels in the POST body, never in a URL, so it stays out of logs and
 * history); `intent=erase` erases their data, given a reason and the confirmation.
 */
export async function applicantDataAction(_previous: ApplicantPanelState, form: FormData): Promise<ApplicantPanelState> {
  if (!isFormData(form)) return {};
  const staff = await requireApplicantDataStaff(formLocale(form));
  if (!staff) return { result: "notAllowed" };
  if (form.get("intent") === "erase") return erase(staff, form);
  const email = applicantEmail.safeParse(form.get("email"));
  if (!email.success) return { emailInput: String(form.get("email") ?? "").slice(0, 320), result: "invalidEmail" };
  return applicantPanelState(staff, email.data);
}

const erasure = z.object({
  email: applicantEmail,
  reason: z.enum(ERASURE_REASONS),
  confirm: z.literal("yes"),
});

async function erase(staff: Staff, form: FormData): Promise<ApplicantPanelState> {
  const parsed = erasure.safeParse({ email: form.get("email"), reason: form.get("reason") || undefined, confirm: form.get("confirm") ?? undefined });
  if (!parsed.success) {
    const email = applicantEmail.safeParse(form.get("email"));
    if (!email.success) return { result: "invalidEmail" };
    return { ...(await applicantPanelState(staff, email.data)), result: "confirmRequired" };
  }
  const result = await eraseApplicant(staff, parsed.data.email, parsed.data.reason);
  if (!result.ok) return { ...(await applicantPanelState(staff, parsed.data.email)), result: "notFound" };
  return { email: parsed.data.email, inquiries: [], result: "erased", erased: result.erased };
}
