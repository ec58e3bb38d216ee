import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export async function Hero() {
  const t = await getTranslations("home");
  return (
    <section aria-labelledby="hero-heading" className="border-b border-line bg-brand-soft">
      <div className="container-page py-12 sm:py-16">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-dark">{t("kicker")}</p>
        <h1 id="hero-heading" className="mt-3 max-w-3xl text-3xl font-bold sm:text-4xl">
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
    </section>
  );
}
