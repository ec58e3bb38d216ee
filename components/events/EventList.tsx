import { getTranslations } from "next-intl/server";
import { RichText } from "@/components/content/RichText";
import type { ProgrammeEvent } from "@/lib/events/queries";
import { EVENT_ZONES, formatEventRange } from "@/lib/events/format";
import { joinPair } from "@/lib/i18n/lists";
import type { Locale } from "@/lib/i18n/routing";

export async function EventList({ events, locale, past = false }: { events: ProgrammeEvent[]; locale: Locale; past?: boolean }) {
  const t = await getTranslations("events");
  const r = await getTranslations("registration");
  return (
    <ul className="mt-4 space-y-4">
      {events.map((e) => (
        <li key={e.slug}>
          <article className={`rounded-lg border border-line p-5 ${past ? "bg-mist" : "bg-paper"}`}>
            <h3 className="text-xl font-semibold">{e.title}</h3>
            <p className="mt-1 text-sm font-semibold text-brand-dark">
              {e.format === "ONLINE" ? e.location : joinPair(t(`format.${e.format}`), e.location, locale)}
            </p>
            <dl className="mt-3 grid gap-1 sm:grid-cols-[auto_1fr] sm:gap-x-4">
              {EVENT_ZONES.map(({ zone, key }) => (
                <div key={zone} className="contents">
                  <dt className="font-semibold">{t(key)}</dt>
                  <dd>
                    <time dateTime={e.startsAt.toISOString()}>{formatEventRange(locale, zone, e.startsAt, e.endsAt)}</time>
                  </dd>
                </div>
              ))}
            </dl>
            <RichText source={e.summary} className="mt-3 space-y-2" />
            {!past && (
              <p className="mt-3 flex flex-wrap items-center gap-x-6 gap-y-2">
                {e.registration && (
                  <a href={`/${locale}/events/${e.slug}/register`} className="button-primary">
                    {r("registerFor", { title: e.title })}
                  </a>
                )}
                <a href={`/${locale}/events/${e.slug}.ics`} download>
                  {t("addToCalendar", { title: e.title })}
                </a>
              </p>
            )}
          </article>
        </li>
      ))}
    </ul>
  );
}
