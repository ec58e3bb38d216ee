"use server";
// Account security: every staff member manages their own second factor, nobody
// else's; an account that still has to set one up may use these too.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { Locale } from "../i18n/routing.ts";
import { MAX_PASSWORD_LENGTH } from "./password.ts";
import { accountSecurityPath } from "./session.ts";
import { staffAction } from "./staff-action.ts";
import { confirmEnrolment, disableTwoFactor, startEnrolment } from "./two-factor.ts";

function back(result: string, { locale }: { locale: Locale }): never {
  redirect(`${accountSecurityPath(locale)}?result=${result}#result`);
}

/** A password that fails the schema is answered like a wrong one. */
const withPassword = {
  access: "signedIn",
  page: accountSecurityPath,
  fail: (code: string, context: { locale: Locale }) => back(code === "invalid" ? "wrongPassword" : code, context),
  malformed: undefined,
  schema: z.object({ password: z.string().min(1).max(MAX_PASSWORD_LENGTH) }),
  read: (form: FormData) => ({ password: form.get("password") }),
} as const;

export const startEnrolmentAction = staffAction({
  ...withPassword,
  run: async ({ password }, { locale }) => {
    const result = await startEnrolment(password, await headers());
    back(result.ok ? "started" : result.error, { locale });
  },
});

export const confirmEnrolmentAction = staffAction({
  access: "signedIn",
  page: accountSecurityPath,
  fail: back,
  malformed: undefined,
  schema: z.object({ code: z.string() }),
  read: (form) => ({ code: String(form.get("code") ?? "").slice(0, 20) }),
  run: async ({ code }, { locale }) => {
    const result = await confirmEnrolment(code, await headers());
    back(result.ok ? "enabled" : result.error, { locale });
  },
});

export const disableTwoFactorAction = staffAction({
  ...withPassword,
  run: async ({ password }, { staff, locale }) => {
    const result = await disableTwoFactor(staff, password, await headers());
    back(result.ok ? "disabled" : result.error, { locale });
  },
});
