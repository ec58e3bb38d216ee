// One programme event as an iCalendar file (RFC 5545), in UTC so that every
// calendar shows it in its own time zone.
import ical, { ICalEventStatus } from "ical-generator";

export type IcsEvent = {
  slug: string;
  startsAt: Date;
  endsAt: Date;
  title: string;
  summary: string;
  location: string;
  url: string;
  /** Raised by each published change of time or place: with the same UID, calendars update their entry (RFC 5545 3.8.7.4). */
  sequence?: number;
  /** The event was withdrawn: STATUS:CANCELLED under the same UID and a higher SEQUENCE marks the entry a calendar holds as called off. */
  cancelled?: boolean;
};

export function eventToIcs(event: IcsEvent, now = new Date()): string {
  const calendar = ical({ prodId: { company: "NRW.Global Business", product: "NRW-Tokyo Portal", language: "EN" }, name: event.title });
  calendar.createEvent({
    id: `${event.slug}@nrw-tokyo-portal`,
    sequence: event.sequence ?? 0,
    ...(event.cancelled ? { status: ICalEventStatus.CANCELLED } : {}),
    stamp: now,
    start: event.startsAt,
    end: event.endsAt,
    summary: event.title,
    description: event.summary,
    location: event.location,
    url: event.url,
  });
  return calendar.toString();
}
