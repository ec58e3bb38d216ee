import type { Metadata } from "next";
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EventFacts } from "@/components/events/EventFacts";
import { cancelAction, startInquiryAction } from "@/lib/events/actions";
import { findOwnRegistration } from "@/lib/events/public";
import { pageMetadata } from "@/lib/seo";

type Props = { params: Promise<{ locale: Locale; token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "registration.manage" });
  // The link is a secret: never indexed, never in the canonical URL.
  return { ...pageMetadata({ locale, path: "/events", title: t("title"), description: t("title"), noIndex: true }), alternates: undefined };
}

/** The page every registration mail links to: status, cancel, ask about market entry. Forms work without JavaScript. */
export default async function OwnRegistrationPage({ params, searchParams }: Props) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("registration.manage");
  const registration = await findOwnRegistration(token, locale);
  const cancelled = (await searchParams).cancelled === "1";
  if (!registration) {
    return (
      <div className="container-page max-w-3xl py-10">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="mt-6 rounded-md border-2 border-accent p-4">{t("notFound")}</p>
      </div>
    );
  }
  const { event } = registration;
  const mayCancel = !event.past && ["CONFIRMED", "PENDING", "WAITING"].includes(registration.status);
  return (
    <div className="container-page max-w-3xl py-10">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <h2 className="mt-4 text-xl font-semibold">{event.title}</h2>
      <EventFacts locale={locale} startsAt={event.startsAt} endsAt={event.endsAt} location={event.location} />
      {cancelled && registration.status === "CANCELLED" ? (
        <p role="status" className="mt-6 rounded-md border-2 border-ok p-4 font-semibold">
          {t("cancelled")}
        </p>
      ) : (
        <p className="mt-6">
          <span className="font-semibold">{t("status")}:</span> {t(`statusNames.${registration.status}`)}
        </p>
      )}
      {mayCancel && (
        <section aria-labelledby="cancel-heading" className="mt-8">
          <h2 id="cancel-heading" className="text-xl font-bold">
            {t("cancelHeading")}
          </h2>
          <p className="mt-2">{t("cancelText")}</p>
          <form action={cancelAction} className="mt-3">
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="token" value={token} />
            <button type="submit" className="button-secondary cursor-pointer">
              {t("cancel")}
            </button>
          </form>
        </section>
      )}
      <section aria-labelledby="inquiry-heading" className="mt-10 rounded-md border border-line bg-brand-soft p-4">
        <h2 id="inquiry-heading" className="text-xl font-bold">
          {t("inquiryHeading")}
        </h2>
        <p className="mt-2">{t("inquiryText")}</p>
        <form action={startInquiryAction} className="mt-3">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="token" value={token} />
          <button type="submit" className="button-primary cursor-pointer">
            {t("inquiry")}
          </button>
        </form>
      </section>
    </div>
  );
}
