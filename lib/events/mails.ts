import "server-only";
// The registrant's mails, plain text in the registrant's language, written into
// the outbox in the transaction that changed the registration. Every mail links
// to the registration's own page (view, cancel, ask about market entry). The
// online link and the .ics go only to confirmed registrants.
import { publicBaseUrl } from "../env.ts";
import { translatorFor } from "../i18n/translator.ts";
import { isLocale, type Locale } from "../i18n/routing.ts";
import type { OutboxMail } from "../mail/outbox.ts";
import { EVENT_ZONES, formatEventRange } from "./format.ts";
import { eventToIcs } from "./ics.ts";

export const EVENT_MAIL_KINDS = {
  confirmed: "EVENT_CONFIRMED",
  pending: "EVENT_PENDING",
  waiting: "EVENT_WAITING",
  movedUp: "EVENT_MOVED_UP",
  movedUpPending: "EVENT_MOVED_UP",
  declined: "EVENT_DECLINED",
  cancelled: "EVENT_CANCELLED",
  reminder: "EVENT_REMINDER",
  hostMessage: "EVENT_HOST_MESSAGE",
  withdrawn: "EVENT_WITHDRAWN",
  changed: "EVENT_CHANGED",
} as const;

/** What some mails add: the host's message (declined, hostMessage), the hosts' contact (withdrawn), the time before a change (changed). */
export type MailExtra = {
  message?: string;
  contact?: { name: string; email: string | null; phone: string | null; website: string | null };
  previous?: { startsAt: Date; endsAt: Date };
  /** Withdrawn from a confirmed place: an .ics that marks the calendar entry cancelled (same UID, higher SEQUENCE). */
  cancelCalendar?: boolean;
};

export type EventMailKind = keyof typeof EVENT_MAIL_KINDS;

/** What a mail tells about the event, in the registrant's language. */
export type MailEvent = {
  slug: string;
  startsAt: Date;
  endsAt: Date;
  format: "ONLINE" | "ONSITE" | "HYBRID";
  onlineUrl: string | null;
  /** The .ics SEQUENCE (raised by each published change of time or place). */
  sequence?: number;
  texts: Record<string, { title: string; summary: string; location: string }>;
};

export type MailRegistration = {
  name: string;
  email: string;
  locale: string;
  status: "PENDING" | "CONFIRMED" | "WAITING" | "DECLINED" | "CANCELLED" | "WITHDRAWN";
  cancelToken: string;
  slot: { startsAt: Date; endsAt: Date } | null;
};

/** The registration's own page: view, cancel, ask about market entry. */
export function registrationUrl(locale: Locale, token: string): string {
  return `${publicBaseUrl()}/${locale}/events/registration/${token}`;
}

function textsIn(event: MailEvent, locale: Locale) {
  return event.texts[locale] ?? event.texts.de ?? Object.values(event.texts)[0] ?? { title: event.slug, summary: "", location: "" };
}

export function renderEventMail(kind: EventMailKind, event: MailEvent, registration: MailRegistration, extra: MailExtra = {}): OutboxMail {
  const locale: Locale = isLocale(registration.locale) ? registration.locale : "de";
  const t = translatorFor(locale);
  const texts = textsIn(event, locale);
  const [colon, space] = locale === "ja" ? ["：", ""] : [":", " "];
  const row = (label: string, value: string) => `${label}${colon}${space}${value}`;
  const confirmed = registration.status === "CONFIRMED" && kind !== "cancelled" && kind !== "declined";
  const details = [
    `== ${t("registration.mail.details")} ==`,
    row(t("registration.mail.title"), texts.title),
    ...EVENT_ZONES.map(({ zone, key }) => row(t(`events.${key}`), formatEventRange(locale, zone, event.startsAt, event.endsAt))),
    row(t("registration.mail.location"), texts.location),
    // Only confirmed registrants learn the link (issue #20): never the waiting list, never a public page.
    ...(confirmed && event.onlineUrl && event.format !== "ONSITE" ? [row(t("registration.mail.onlineLink"), event.onlineUrl)] : []),
    ...(registration.slot
      ? [`${t("registration.mail.slot")}${colon}`, ...EVENT_ZONES.map(({ zone, key }) => `  ${row(t(`events.${key}`), formatEventRange(locale, zone, registration.slot!.startsAt, registration.slot!.endsAt))}`)]
      : []),
  ];
  const cancelIcs = kind === "withdrawn" && extra.cancelCalendar === true;
  const withIcs = (confirmed && kind !== "hostMessage") || cancelIcs;
  const intro = t(`registration.mail.${kind}.intro`, { title: texts.title });
  const text = [
    t("registration.mail.greeting", { name: registration.name }),
    "",
    intro,
    ...(kind === "declined" && extra.message ? ["", t("registration.mail.declined.message"), extra.message] : []),
    ...(kind === "hostMessage" && extra.message ? ["", extra.message] : []),
    ...(kind === "withdrawn" && extra.contact
      ? [
          "",
          t("registration.mail.withdrawn.contact"),
          extra.contact.name,
          ...(extra.contact.email ? [row(t("registration.mail.contactEmail"), extra.contact.email)] : []),
          ...(extra.contact.phone ? [row(t("registration.mail.contactPhone"), extra.contact.phone)] : []),
          ...(extra.contact.website ? [row(t("registration.mail.contactWebsite"), extra.contact.website)] : []),
        ]
      : []),
    "",
    ...details,
    ...(kind === "changed" && extra.previous
      ? ["", `${t("registration.mail.changed.previous")}${colon}`, ...EVENT_ZONES.map(({ zone, key }) => `  ${row(t(`events.${key}`), formatEventRange(locale, zone, extra.previous!.startsAt, extra.previous!.endsAt))}`)]
      : []),
    ...(withIcs ? ["", t(kind === "changed" ? "registration.mail.changed.ics" : cancelIcs ? "registration.mail.withdrawn.ics" : "registration.mail.ics")] : []),
    ...(kind === "cancelled" || kind === "withdrawn" ? [] : ["", t("registration.mail.manage", { url: registrationUrl(locale, registration.cancelToken) }), t("registration.mail.inquiry")]),
    "",
    t("registration.mail.closing"),
    "",
    "-- ",
    t("registration.mail.footer"),
  ].join("\n");
  const attachments = withIcs
    ? [
        {
          filename: `${event.slug}.ics`,
          contentType: "text/calendar; charset=utf-8",
          content: eventToIcs({
            slug: event.slug,
            startsAt: event.startsAt,
            endsAt: event.endsAt,
            title: texts.title,
            summary: event.onlineUrl && event.format !== "ONSITE" ? `${texts.summary}\n\n${t("registration.mail.onlineLink")}${colon}${space}${event.onlineUrl}` : texts.summary,
            location: event.onlineUrl && event.format === "ONLINE" ? event.onlineUrl : texts.location,
            url: registrationUrl(locale, registration.cancelToken),
            sequence: event.sequence,
            cancelled: cancelIcs,
          }),
        },
      ]
    : null;
  return {
    kind: EVENT_MAIL_KINDS[kind],
    toAddress: registration.email,
    locale,
    subject: t(`registration.mail.${kind}.subject`, { title: texts.title }),
    text,
    attachments,
  };
}
