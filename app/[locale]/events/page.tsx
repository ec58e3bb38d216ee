import type { Metadata } from "next";
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EventList } from "@/components/events/EventList";
import { getEvents, splitByNow } from "@/lib/events/queries";
import { pageMetadata } from "@/lib/seo";

type Props = { params: Promise<{ locale: Locale }> };

// Rendered on first request, then served from the route cache (see docs/decisions/0003).
export const dynamic = "force-static";

// Upcoming and past are split at render time; re-render at least hourly.
export const revalidate = 3600;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "events" });
  return pageMetadata({ locale, path: "/events", title: t("title"), description: t("description") });
}

export default async function EventsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("events");
  const events = await getEvents(locale);
  const { upcoming, past } = splitByNow(events);

  return (
    <div className="container-page py-10">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3 max-w-3xl text-lg">{t("lead")}</p>
      <section aria-labelledby="upcoming-heading" className="mt-10">
        <h2 id="upcoming-heading" className="text-2xl font-bold">
          {t("upcoming")}
        </h2>
        {upcoming.length ? <EventList events={upcoming} locale={locale} /> : <p className="mt-3">{t("noneUpcoming")}</p>}
      </section>
      {past.length > 0 && (
        <section aria-labelledby="past-heading" className="mt-12">
          <h2 id="past-heading" className="text-2xl font-bold">
            {t("past")}
          </h2>
          <EventList events={past} locale={locale} past />
        </section>
      )}
    </div>
  );
}
