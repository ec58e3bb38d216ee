import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { getMunicipalityProfiles } from "@/lib/municipalities/queries";

export async function Partners({ locale }: { locale: Locale }) {
  const t = await getTranslations("home");
  const municipalities = await getMunicipalityProfiles(locale);
  return (
    <section aria-labelledby="partners-heading" className="border-y border-line bg-mist py-12">
      <div className="container-page">
        <h2 id="partners-heading" className="text-2xl font-bold">
          {t("partnersHeading")}
        </h2>
        <p className="mt-2 max-w-3xl">{t("partnersLead")}</p>
        <div className="mt-6 grid gap-4 md:grid-cols-2">
          <div className="rounded-lg border-2 border-brand bg-paper p-5">
            <h3 className="text-lg font-semibold">{t("gatewayTitle")}</h3>
            <p className="mt-2 text-muted">{t("gatewayText")}</p>
          </div>
          <div className="rounded-lg border border-line bg-paper p-5">
            <h3 className="text-lg font-semibold">{t("tokyoTitle")}</h3>
            <p className="mt-2 text-muted">{t("tokyoText")}</p>
          </div>
        </div>
        <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {municipalities.map((m) => (
            <li key={m.slug}>
              <Link href={`/municipalities/${m.slug}`} className="block h-full rounded-lg border border-line bg-paper p-4 no-underline hover:border-brand">
                <span className="block font-semibold text-ink">{m.name}</span>
                <span className="mt-1 block text-sm text-muted">{m.agencyName}</span>
              </Link>
            </li>
          ))}
        </ul>
        <p className="mt-6">
          <Link href="/municipalities">{t("allPartners")}</Link>
        </p>
      </div>
    </section>
  );
}
