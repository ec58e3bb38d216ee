import { getTranslations } from "next-intl/server";
import { EVENT_ZONES, formatEventMoment, formatEventRange } from "@/lib/events/format";
import type { Locale } from "@/lib/i18n/routing";

/** When and where, in both time zones: the head of the registration pages. */
export async function EventFacts({ locale, startsAt, endsAt, location, deadline }: { locale: Locale; startsAt: Date; endsAt: Date; location: string; deadline?: Date | null }) {
  const t = await getTranslations("events");
  const r = await getTranslations("registration");
  return (
    <dl className="mt-4 grid gap-1 sm:grid-cols-[auto_1fr] sm:gap-x-4">
      {EVENT_ZONES.map(({ zone, key }) => (
        <div key={zone} className="contents">
          <dt className="font-semibold">{t(key)}</dt>
          <dd>
            <time dateTime={startsAt.toISOString()}>{formatEventRange(locale, zone, startsAt, endsAt)}</time>
          </dd>
        </div>
      ))}
      <dt className="font-semibold">{r("page.where")}</dt>
      <dd>{location}</dd>
      {deadline && (
        <>
          <dt className="font-semibold">{r("page.deadline")}</dt>
          <dd>
            <time dateTime={deadline.toISOString()}>{formatEventMoment(locale, locale === "ja" ? "Asia/Tokyo" : "Europe/Berlin", deadline)}</time>
          </dd>
        </>
      )}
    </dl>
  );
}
