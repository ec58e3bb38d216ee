// The kinds of staff notification and how each is delivered unless a person chose
// otherwise. Plain data: the preferences form and the notifier both read it.
import type { NotificationMode } from "../generated/prisma/enums.ts";

export const NOTIFICATION_KINDS = ["forwarded", "reply", "responded"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_MODES = ["IMMEDIATE", "DIGEST", "OFF"] as const satisfies readonly NotificationMode[];

/** New cases (a forward to one's organisation) and replies come at once; the rest too, until someone chooses a digest. */
export const DEFAULT_MODES: Record<NotificationKind, NotificationMode> = { forwarded: "IMMEDIATE", reply: "IMMEDIATE", responded: "IMMEDIATE" };

export function modeOf(kind: NotificationKind, chosen: readonly { kind: string; mode: NotificationMode }[]): NotificationMode {
  return chosen.find((p) => p.kind === kind)?.mode ?? DEFAULT_MODES[kind];
}
