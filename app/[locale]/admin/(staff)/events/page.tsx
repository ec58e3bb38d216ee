import type { Metadata } from "next";
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { formatEventRange } from "@/lib/events/format";
import { hostEvents } from "@/lib/events/host";
import { REGISTRATION_STATUSES } from "@/lib/events/registration";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "registration.host" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

const STATUSES = REGISTRATION_STATUSES;

/** The events the staff member's organisation hosts (the gateway: all) with counts by status. */
export default async function HostEventsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requirePermission(locale, "eventRegistration.manage", `/${locale}/admin/events`);
  const t = await getTranslations("registration");
  const events = (await hostEvents(staff, locale)) ?? [];
  return (
    <div className="container-page py-8">
      <h1 className="text-3xl font-bold">{t("host.title")}</h1>
      <p className="mt-3 max-w-3xl">{t("host.lead")}</p>
      {events.length === 0 ? (
        <p className="mt-6">{t("host.none")}</p>
      ) : (
        <div className="mt-6 overflow-x-auto">
          <table className="w-full min-w-[48rem] border-collapse text-sm">
            <caption className="sr-only">{t("host.counts")}</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="px-2 py-2 text-start">{t("host.event")}</th>
                <th scope="col" className="px-2 py-2 text-start">{t("host.date")}</th>
                <th scope="col" className="px-2 py-2 text-end">{t("host.capacity")}</th>
                {STATUSES.map((s) => (
                  <th key={s} scope="col" className="px-2 py-2 text-end">{t(`manage.statusNames.${s}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.slug} className="border-b border-line">
                  <th scope="row" className="px-2 py-2 text-start font-normal">
                    <Link href={`/admin/events/${e.slug}`} className="font-semibold">{e.title}</Link>
                  </th>
                  <td className="px-2 py-2">{formatEventRange(locale, "Europe/Berlin", e.startsAt, e.endsAt)}</td>
                  <td className="px-2 py-2 text-end">{e.capacity ?? t("host.unlimited")}</td>
                  {STATUSES.map((s) => (
                    <td key={s} className="px-2 py-2 text-end tabular-nums">{e.counts[s]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
