"use server";
// The administrators' staff page: invite a colleague, send an invitation again,
// deactivate or reactivate an account, give or take back the content editor's grant. Every action redirects back to the page
// with a result code.
import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "../db/client.ts";
import { routing, type Locale } from "../i18n/routing.ts";
import { organisationForRole, setContentEditor, setStaffActive, staffAccountExists } from "./accounts.ts";
import { inviteStaff, resendInvitation } from "./invitations.ts";
import { staffAction } from "./staff-action.ts";

const staffPage = (locale: Locale) => `/${locale}/admin/staff`;

/** Results are shown on the page; without the permission the staff area's start page answers instead. */
function back(code: string, { locale }: { locale: Locale }): never {
  if (code === "notAllowed") redirect(`/${locale}/admin`);
  redirect(`${staffPage(locale)}?result=${code}#result`);
}

const manage = { access: "staff.manage", page: staffPage, fail: back, malformed: undefined } as const;

const newInvitation = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.email().max(320),
  role: z.enum(["ADMIN", "GATEWAY", "PARTNER", "PROGRAMME_OWNER"]),
  organisationId: z.uuid().optional(),
  locale: z.enum(routing.locales),
});

const account = z.object({ userId: z.string().min(1).max(100), active: z.boolean() });

export const inviteStaffAction = staffAction({
  ...manage,
  schema: newInvitation,
  read: (form) => ({
    name: form.get("name"),
    email: String(form.get("email") ?? "").trim(),
    role: form.get("role"),
    organisationId: form.get("organisationId") || undefined,
    locale: form.get("inviteLocale"),
  }),
  run: async ({ organisationId, ...invitation }, { locale }) => {
    await inviteStaff(db(), { ...invitation, organisationId: await organisationForRole(db(), invitation.role, organisationId) });
    back("invited", { locale });
  },
});

export const resendInvitationAction = staffAction({
  ...manage,
  schema: account.pick({ userId: true }),
  read: (form) => ({ userId: form.get("userId") }),
  run: async ({ userId }, { locale }) => {
    await resendInvitation(db(), userId);
    back("resent", { locale });
  },
});

export const setActiveAction = staffAction({
  ...manage,
  schema: account,
  read: (form) => ({ userId: form.get("userId"), active: form.get("active") === "true" }),
  run: async ({ userId, active }, { staff, locale }) => {
    if (userId === staff.userId && !active) back("self", { locale });
    if (!(await staffAccountExists(db(), userId))) back("invalid", { locale });
    await setStaffActive(db(), userId, active, { organisationId: staff.organisationId, label: staff.name });
    back(active ? "updated" : "deactivated", { locale });
  },
});

export const setContentEditorAction = staffAction({
  ...manage,
  access: "staff.grantContentEditor",
  schema: z.object({ userId: z.string().min(1).max(100), contentEditor: z.boolean() }),
  read: (form) => ({ userId: form.get("userId"), contentEditor: form.get("contentEditor") === "true" }),
  run: async ({ userId, contentEditor }, { locale }) => {
    if (!(await setContentEditor(db(), userId, contentEditor))) back("invalid", { locale });
    back(contentEditor ? "editorGranted" : "editorRevoked", { locale });
  },
});
