import type { Metadata } from "next";
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import { EventFacts } from "@/components/events/EventFacts";
import { RegistrationForm } from "@/components/events/RegistrationForm";
import { EVENT_ZONES, formatEventRange } from "@/lib/events/format";
import { issueFormToken } from "@/lib/events/form-token";
import { loadRegistrationEvent } from "@/lib/events/public";
import { PRIVACY_NOTICE_VERSION } from "@/lib/inquiries/schema";
import { pageMetadata } from "@/lib/seo";

type Props = { params: Promise<{ locale: Locale; file: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Places left change with every registration, and each form gets its own token.
export const dynamic = "force-dynamic";

const DONE = ["CONFIRMED", "PENDING", "WAITING"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, file } = await params;
  const event = await loadRegistrationEvent(file, locale);
  if (!event) return {};
  const t = await getTranslations({ locale, namespace: "registration.page" });
  return pageMetadata({ locale, path: `/events/${file}/register`, title: t("title", { title: event.title }), description: t("metaDescription", { title: event.title }), noIndex: true });
}

/** /{locale}/events/{slug}/register: the form, or what happened after it was sent. */
export default async function RegisterPage({ params, searchParams }: Props) {
  const { locale, file } = await params;
  setRequestLocale(locale);
  const event = await loadRegistrationEvent(file, locale);
  if (!event) notFound();
  const t = await getTranslations("registration");
  const registered = (await searchParams).registered;
  const done = DONE.find((s) => s === registered);
  const events = await getTranslations("events");

  return (
    <div className="container-page max-w-3xl py-10">
      <p>
        <a href={`/${locale}/events`}>{t("page.backToEvents")}</a>
      </p>
      <h1 className="mt-4 text-3xl font-bold">{done ? t("done.title") : t("page.title", { title: event.title })}</h1>
      {done ? (
        <div role="status" className="mt-6 rounded-md border-2 border-ok p-4">
          <p className="font-semibold">{event.title}</p>
          <p className="mt-2">{t(`done.${done}`)}</p>
          <p className="mt-2">{t("done.manageHint")}</p>
        </div>
      ) : (
        <>
          <EventFacts locale={locale} startsAt={event.startsAt} endsAt={event.endsAt} location={event.location} deadline={event.registrationDeadline} />
          {event.format !== "ONSITE" && event.open && <p className="mt-3">{t("page.onlineNote")}</p>}
          {!event.open ? (
            <p className="mt-6 rounded-md border-2 border-accent p-4 font-semibold">{t("page.closedLead")}</p>
          ) : (
            <>
              <p className="mt-6 text-lg">{event.full ? t("page.fullLead") : t("page.lead")}</p>
              {event.requiresApproval && <p className="mt-2">{t("page.approvalLead")}</p>}
              {event.placesLeft !== null && !event.full && <p className="mt-2 font-semibold">{t("placesLeft", { count: event.placesLeft })}</p>}
              <ClientMessages only={["registration.page", "registration.fields", "registration.directions", "registration.errors", "inquiryErrors.summaryTitle"]}>
                <RegistrationForm
                  locale={locale}
                  slug={event.slug}
                  formToken={issueFormToken()}
                  waitingList={event.full}
                  questions={event.questions}
                  slots={event.slots.map((s) => ({
                    id: s.id,
                    label: EVENT_ZONES.map(({ zone, key }) => `${events(key)}: ${formatEventRange(locale, zone, s.startsAt, s.endsAt)}`).join(" / "),
                  }))}
                  privacyHref={`/${locale}/privacy`}
                  privacyVersion={PRIVACY_NOTICE_VERSION}
                />
              </ClientMessages>
            </>
          )}
        </>
      )}
    </div>
  );
}
