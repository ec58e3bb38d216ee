// An information event as staff-edited content (issue #19, decision 0027): title,
// description (the Markdown subset), venue or "online" in de/ja/en, the format, the online
// link (mails to confirmed registrants only, never a public page: issue #20), the times
// as entered in the zone the editor chose, the host and whether the public sees it.
// Registration settings (capacity, deadline, questions, slots, approval) are not content:
// the host maintains them at /admin/events (decision 0029). Pure.
import { z } from "zod";
import { locales } from "../i18n/routing.ts";
import { EVENT_ZONES } from "../events/format.ts";
import { checkWallTime, wallTimeToDate } from "../events/zoned-time.ts";
import { disallowedLinks } from "./rich-text.ts";
import { isExampleAddress, isWebAddress, LONG, SHORT, type ContentIssue } from "./schemas.ts";

export const EVENT_FORMATS = ["ONSITE", "ONLINE", "HYBRID"] as const;
export const EVENT_TEXT_FIELDS = ["title", "summary", "location"] as const;
/** An event's address on the public side (/events/{slug}.ics, /events/{slug}/register). */
export const EVENT_SLUG = /^[a-z0-9](?:[a-z0-9-]{1,78}[a-z0-9])$/;

const text = (max: number) => z.string().max(max).transform((s) => s.trim());
export const isEventZone = (value: string) => EVENT_ZONES.some((z) => z.zone === value);

const local = z.string().max(16).transform((s) => s.trim());

const eventText = z.object({ title: text(SHORT), summary: text(LONG), location: text(SHORT) });

export const eventPayload = z.object({
  texts: z.object({ de: eventText, ja: eventText, en: eventText }),
  format: z.enum(EVENT_FORMATS),
  onlineUrl: text(500),
  /** The zone the times below are written in. */
  zone: z.string().refine(isEventZone),
  /** Wall-clock "YYYY-MM-DDTHH:mm" in `zone` (a datetime-local field's value); "" while a draft has none. */
  startsAt: local,
  endsAt: local,
  /** The host organisation's slug: whose staff may edit the event besides the gateway. */
  hostSlug: z.string().max(120),
  /** Listed on /events with its .ics; false: hidden (unpublished). */
  listed: z.boolean(),
});
export type EventPayload = z.output<typeof eventPayload>;

export function emptyEvent(hostSlug: string, zone: string): EventPayload {
  const blank = { title: "", summary: "", location: "" };
  return { texts: { de: { ...blank }, ja: { ...blank }, en: { ...blank } }, format: "ONSITE", onlineUrl: "", zone: isEventZone(zone) ? zone : "Europe/Berlin", startsAt: "", endsAt: "", hostSlug, listed: true };
}

/** The instants an event's times name (undefined where a time is empty or names no real time). */
export function eventInstants(p: EventPayload) {
  return { startsAt: wallTimeToDate(p.startsAt, p.zone), endsAt: wallTimeToDate(p.endsAt, p.zone) };
}

export function eventIssues(p: EventPayload): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const field of EVENT_TEXT_FIELDS) {
    for (const locale of locales) {
      const value = p.texts[locale][field];
      if (!value) issues.push({ field, locale, problem: "missing" });
      else if (field === "summary" && disallowedLinks(value).length) issues.push({ field, locale, problem: "link" });
    }
  }
  const { startsAt, endsAt } = eventInstants(p);
  const timeIssue = (field: "startsAt" | "endsAt") => {
    const checked = checkWallTime(p[field], p.zone);
    if (!checked.ok) issues.push(checked.problem === "format" ? { field, problem: "format" } : { field, problem: checked.problem, zone: p.zone, wallTime: p[field] });
  };
  if (!p.startsAt) issues.push({ field: "startsAt", problem: "missing" });
  else if (!startsAt) timeIssue("startsAt");
  if (!p.endsAt) issues.push({ field: "endsAt", problem: "missing" });
  else if (!endsAt) timeIssue("endsAt");
  else if (startsAt && endsAt <= startsAt) issues.push({ field: "endsAt", problem: "order" });
  if (p.onlineUrl && (!isWebAddress(p.onlineUrl) || isExampleAddress(p.onlineUrl))) issues.push({ field: "onlineUrl", problem: "url" });
  if (!p.hostSlug) issues.push({ field: "hostSlug", problem: "missing" });
  return issues;
}
