"use server";
// The notification settings form on the account page, through the one staff wrapper.
// Works without JavaScript: the answer is a redirect back to the form with the result.
import { redirect } from "next/navigation";
import { staffAction } from "../auth/staff-action.ts";
import { accountSecurityPath } from "../auth/session.ts";
import type { Locale } from "../i18n/routing.ts";
import { NOTIFICATION_KINDS } from "./kinds.ts";
import { saveNotificationSettings, settingsInput } from "./preferences.ts";

function back(locale: Locale, result: "saved" | "invalid" | "notAllowed"): never {
  redirect(`${accountSecurityPath(locale)}?notifications=${result}#notifications`);
}

export const saveNotificationSettingsAction = staffAction({
  access: "notifications.manage",
  page: (locale) => `${accountSecurityPath(locale)}#notifications`,
  schema: settingsInput,
  read: (form) => ({
    modes: Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, form.get(`mode-${kind}`)])),
    mailLocale: form.get("mailLocale") ?? "",
  }),
  fail: (code, { locale }) => back(locale, code === "notAllowed" ? "notAllowed" : "invalid"),
  malformed: undefined,
  run: async (input, { staff, locale }) => {
    await saveNotificationSettings(staff, input);
    back(locale, "saved");
  },
});
