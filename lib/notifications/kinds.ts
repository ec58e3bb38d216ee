// The kinds of staff notification, how each is delivered unless a person chose
// otherwise, and in which language. Plain data: the preferences form, the notifier
// (notify.ts) and the staff notices of casework (lib/casework/staff-notices.ts) read it.
import type { NotificationMode } from "../generated/prisma/enums.ts";
import { isLocale, routing, type Locale } from "../i18n/routing.ts";

/** In the order the preferences form lists them. A new kind needs a default below and a label under notifications.kinds. */
export const NOTIFICATION_KINDS = ["forwarded", "reply", "responded", "withdrawn", "reminder"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_MODES = ["IMMEDIATE", "DIGEST", "OFF"] as const satisfies readonly NotificationMode[];

/** New cases (a forward to one's organisation) and replies come at once; the rest too, until someone chooses a digest. */
export const DEFAULT_MODES: Record<NotificationKind, NotificationMode> = { forwarded: "IMMEDIATE", reply: "IMMEDIATE", responded: "IMMEDIATE", withdrawn: "IMMEDIATE", reminder: "IMMEDIATE" };

export function modeOf(kind: NotificationKind, chosen: readonly { kind: string; mode: NotificationMode }[]): NotificationMode {
  return chosen.find((p) => p.kind === kind)?.mode ?? DEFAULT_MODES[kind];
}

/** The language of a staff member's mails: the one they chose, else the one they last used the staff area in. */
export function recipientLocale(user: { mailLocale: string | null; uiLocale: string | null }): Locale {
  if (isLocale(user.mailLocale)) return user.mailLocale;
  return isLocale(user.uiLocale) ? user.uiLocale : routing.defaultLocale;
}
