import { getTranslations } from "next-intl/server";
import { NrwMap } from "@/components/municipalities/NrwMap";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { getMunicipalityProfiles } from "@/lib/municipalities/queries";

/** The programme in one sentence, the two ways in, and, from the desktop width up, where the partners are. */
export async function Hero({ locale }: { locale: Locale }) {
  const t = await getTranslations("home");
  const municipalities = await getMunicipalityProfiles(locale);
  return (
    <section aria-labelledby="hero-heading" className="border-b border-line bg-brand-soft">
      <div className="container-page grid items-center gap-8 py-10 sm:py-14 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:gap-12">
        <div>
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-dark">{t("kicker")}</p>
          <h1 id="hero-heading" className="mt-3 max-w-3xl text-3xl font-bold sm:text-4xl lg:text-5xl lg:leading-tight">
            {t("heading")}
          </h1>
          <p className="mt-4 max-w-3xl text-lg text-ink">{t("lead")}</p>
          <div className="mt-8 flex flex-wrap gap-3">
            <Link href="/inquiry" className="button-primary">
              {t("ctaInquiry")}
            </Link>
            <Link href="/municipalities" className="button-secondary">
              {t("ctaDirectory")}
            </Link>
          </div>
        </div>
        <div className="hidden lg:block">
          <div className="rounded-xl border border-line bg-paper p-4 shadow-sm">
            <NrwMap municipalities={municipalities} decorative />
            <p className="mt-3 border-t border-line pt-3 text-sm text-muted">
              <span className="block text-2xl font-bold text-ink">{t("figures.companies.value")}</span>
              {t("figures.companies.label")}
            </p>
          </div>
        </div>
      </div>
    </section>
  );
}
