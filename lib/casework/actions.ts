"use server";
// The inquiry detail page's Server Actions: read the form, call the workflow
// service (which validates and checks permission itself), redirect.
import { redirect } from "next/navigation";
import { z } from "zod";
import { staffAction } from "../auth/staff-action.ts";
import { permissionFor } from "../domain/workflow.ts";
import type { Locale } from "../i18n/routing.ts";
import { REFERENCE_PATTERN } from "../inquiries/reference.ts";
import { withdrawForward, withdrawInput } from "./forward-withdrawal.ts";
import { closeFormValues, reviewClosing, type CloseFormState } from "./closing.ts";
import { assignOwner, ownerInput } from "./ownership.ts";
import { actionInput, addNote, noteInput, performAction } from "./workflow-service.ts";

const detailPath = (locale: Locale, form: FormData) => {
  const reference = String(form.get("reference") ?? "");
  return `/${locale}/admin/inquiries/${REFERENCE_PATTERN.test(reference) ? reference : ""}`;
};

/** Back to the detail page with a result banner; an inquiry the account cannot see sends it to the inbox. */
function backTo(locale: Locale, form: FormData, result: string): never {
  if (result === "notFound") redirect(`/${locale}/admin/inquiries`);
  redirect(`${detailPath(locale, form)}?result=${result}#result`);
}

/** A refused form names what is missing where it can: a forward without any recipient. */
function refusal(code: string, form: FormData): string {
  if (code === "invalid" && form.get("action") === "forward" && form.getAll("target").length === 0) return "noTargets";
  return code;
}

export const workflowAction = staffAction({
  access: (input) => permissionFor(input.action),
  page: detailPath,
  schema: actionInput,
  read: (form) => ({
    action: form.get("action"),
    reference: form.get("reference"),
    version: form.get("version"),
    targetOrganisationIds: form.getAll("target").map(String),
    note: form.get("note") ?? undefined,
    reason: form.get("reason") ?? undefined,
    outcome: form.get("outcome") ?? undefined,
  }),
  fail: (code, { locale, form }) => backTo(locale, form, refusal(code, form)),
  malformed: undefined,
  run: async (input, { staff, locale, form }) => {
    const result = await performAction(staff, input);
    backTo(locale, form, result.ok ? "done" : result.error);
  },
});

export const noteAction = staffAction({
  access: "inquiry.note",
  schema: noteInput,
  read: (form) => ({ reference: form.get("reference"), body: form.get("body"), visibility: form.get("visibility") ?? undefined }),
  fail: (code, { locale, form }) => backTo(locale, form, code),
  malformed: undefined,
  run: async (input, { staff, locale, form }) => {
    const result = await addNote(staff, input.reference, input.body, input.visibility);
    // Any refusal by the service (an inquiry out of sight, an anonymised one) goes to the inbox, as before.
    backTo(locale, form, result.ok ? "done" : "notFound");
  },
});

const closeStep = z.object({
  reference: z.string().regex(REFERENCE_PATTERN),
  version: z.coerce.number().int().min(0),
  intent: z.enum(["review", "confirm", "edit"]),
});

/**
 * The close form's two steps on one page (useActionState, also without JavaScript):
 * "review" checks the values and shows them for confirmation, "edit" goes back to
 * the form with everything typed, "confirm" closes.
 */
export const closeCaseAction = staffAction({
  access: "inquiry.work",
  page: detailPath,
  schema: closeStep,
  read: (form) => ({ reference: form.get("reference"), version: form.get("version"), intent: form.get("intent") }),
  fail: (code, { locale, form }): CloseFormState => backTo(locale, form, code),
  malformed: { step: "edit", values: {} } as CloseFormState,
  run: async ({ reference, version, intent }, { staff, locale, form }): Promise<CloseFormState> => {
    const values = closeFormValues(form);
    if (intent === "edit") return { step: "edit", values };
    const review = reviewClosing(values);
    if (!review.ok) return { step: "edit", values, errors: review.errors };
    if (intent === "review") return { step: "confirm", values };
    const result = await performAction(staff, { action: "close", reference, version, ...review.closing });
    backTo(locale, form, result.ok ? "closed" : result.error);
  },
});

/** The gateway withdraws a pending forward, with a reason (lib/casework/forward-withdrawal.ts). */
export const withdrawAction = staffAction({
  access: "inquiry.forward",
  page: detailPath,
  schema: withdrawInput,
  read: (form) => ({ reference: form.get("reference"), version: form.get("version"), organisationId: form.get("organisationId"), reason: form.get("reason") }),
  fail: (code, { locale, form }) => backTo(locale, form, code),
  malformed: undefined,
  run: async (input, { staff, locale, form }) => {
    const result = await withdrawForward(staff, input, { locale });
    backTo(locale, form, result.ok ? "done" : result.error);
  },
});

/** Names the organisation's owner of the case: "assign to me", a colleague, or nobody (lib/casework/ownership.ts). */
export const ownerAction = staffAction({
  access: "inquiry.assign",
  page: detailPath,
  schema: ownerInput,
  read: (form) => ({ reference: form.get("reference"), ownerId: form.get("ownerId"), expectedOwnerId: form.get("expectedOwnerId") }),
  fail: (code, { locale, form }) => backTo(locale, form, code),
  malformed: undefined,
  run: async (input, { staff, locale, form }) => {
    const result = await assignOwner(staff, input);
    backTo(locale, form, result.ok ? "ownerSaved" : result.error);
  },
});
