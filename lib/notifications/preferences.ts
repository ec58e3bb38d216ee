import "server-only";
// Each staff member's own notification settings: per kind immediately / daily digest /
// off, and the language of their mails (null: the language they use the staff area
// in). Read by the account page, written by its form (actions.ts); notify.ts and
// digest.ts honour them.
import { z } from "zod";
import type { Staff } from "../auth/session.ts";
import { can } from "../auth/permissions.ts";
import { db } from "../db/client.ts";
import type { NotificationMode } from "../generated/prisma/enums.ts";
import { isLocale, locales, type Locale } from "../i18n/routing.ts";
import { modeOf, NOTIFICATION_KINDS, NOTIFICATION_MODES, recipientLocale, type NotificationKind } from "./kinds.ts";

export type NotificationSettings = {
  modes: Record<NotificationKind, NotificationMode>;
  /** The language chosen for mails; null: follow the staff area's language. */
  mailLocale: Locale | null;
  /** The language mails go out in now. */
  effectiveLocale: Locale;
};

export const settingsInput = z.object({
  modes: z.object(Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, z.enum(NOTIFICATION_MODES)])) as Record<NotificationKind, z.ZodEnum<{ [M in NotificationMode]: M }>>),
  mailLocale: z.union([z.literal(""), z.enum(locales)]),
});
export type SettingsInput = z.output<typeof settingsInput>;

/** Only staff who receive notifications (the gateway's and partners') have settings. */
export const hasNotificationSettings = (staff: Staff) => can(staff, "notifications.manage");

export async function notificationSettings(staff: Staff): Promise<NotificationSettings> {
  const user = await db().user.findUniqueOrThrow({
    where: { id: staff.userId },
    select: { mailLocale: true, uiLocale: true, notificationPreferences: { select: { kind: true, mode: true } } },
  });
  const modes = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, modeOf(k, user.notificationPreferences)])) as Record<NotificationKind, NotificationMode>;
  return { modes, mailLocale: isLocale(user.mailLocale) ? user.mailLocale : null, effectiveLocale: recipientLocale(user) };
}

/** Stores the staff member's own choice for every kind and the mail language, in one transaction. */
export async function saveNotificationSettings(staff: Staff, input: SettingsInput): Promise<void> {
  const userId = staff.userId;
  await db().$transaction([
    ...NOTIFICATION_KINDS.map((kind) =>
      db().notificationPreference.upsert({ where: { userId_kind: { userId, kind } }, create: { userId, kind, mode: input.modes[kind] }, update: { mode: input.modes[kind] } }),
    ),
    db().user.update({ where: { id: userId }, data: { mailLocale: input.mailLocale || null } }),
  ]);
}
