// The one way event dates are written: on the events pages, in mails and in
// .ics titles (issue #19 item 6). German and English use the language's full
// date and short time (Intl's own range format); Japanese follows the house
// style of Japanese event notices: 2026年12月3日（木）9:30～11:00. Every event is
// shown in Berlin and in Tokyo time. Pure: no I/O, safe in any bundle.
import { localeTags, type Locale } from "../i18n/routing.ts";

export const EVENT_ZONES = [
  { zone: "Europe/Berlin", key: "berlinTime", city: "berlin" },
  { zone: "Asia/Tokyo", key: "tokyoTime", city: "tokyo" },
] as const;

export type EventZone = (typeof EVENT_ZONES)[number]["zone"];

/** The city a zone is named after in messages ("berlin", "tokyo"); "berlin" for any other. */
export const zoneCity = (zone: string) => EVENT_ZONES.find((z) => z.zone === zone)?.city ?? "berlin";

type DayParts = { year: string; month: string; day: string; weekday: string; time: string };

function japaneseParts(date: Date, zone: string): DayParts {
  const parts = new Intl.DateTimeFormat("ja-JP", {
    timeZone: zone,
    year: "numeric",
    month: "numeric",
    day: "numeric",
    weekday: "short",
    hour: "numeric",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return { year: part("year"), month: part("month"), day: part("day"), weekday: part("weekday"), time: `${Number(part("hour"))}:${part("minute")}` };
}

function japaneseDay(p: DayParts, withYear: boolean): string {
  return `${withYear ? `${p.year}年` : ""}${p.month}月${p.day}日（${p.weekday}）`;
}

/** 2026年12月3日（木）9:30～11:00; over several days 2027年6月7日（月）9:00～6月10日（木）18:00. */
export function formatJapaneseRange(start: Date, end: Date, zone: string): string {
  const a = japaneseParts(start, zone);
  const b = japaneseParts(end, zone);
  const sameDay = a.year === b.year && a.month === b.month && a.day === b.day;
  if (sameDay) return `${japaneseDay(a, true)}${a.time}～${b.time}`;
  return `${japaneseDay(a, true)}${a.time}～${japaneseDay(b, a.year !== b.year)}${b.time}`;
}

/** A start and end in one language and zone (Japanese in the house style, German and English as Intl writes them). */
export function formatEventRange(locale: Locale, zone: string, start: Date, end: Date): string {
  if (locale === "ja") return formatJapaneseRange(start, end, zone);
  return new Intl.DateTimeFormat(localeTags[locale], { dateStyle: "full", timeStyle: "short", timeZone: zone }).formatRange(start, end);
}

/** One moment (a deadline), same styles: 2027年3月15日（月）23:59. */
export function formatEventMoment(locale: Locale, zone: string, at: Date): string {
  if (locale === "ja") {
    const p = japaneseParts(at, zone);
    return `${japaneseDay(p, true)}${p.time}`;
  }
  return new Intl.DateTimeFormat(localeTags[locale], { dateStyle: "full", timeStyle: "short", timeZone: zone }).format(at);
}

/** The range in both zones, labelled: what mails and .ics descriptions print. */
export function formatEventRangeBothZones(locale: Locale, start: Date, end: Date, labels: Record<EventZone, string>): string[] {
  return EVENT_ZONES.map(({ zone }) => `${labels[zone]}: ${formatEventRange(locale, zone, start, end)}`);
}
