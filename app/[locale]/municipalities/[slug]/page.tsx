import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { MunicipalityContact } from "@/components/municipalities/MunicipalityContact";
import { Link } from "@/lib/i18n/navigation";
import { getMunicipalityProfile } from "@/lib/municipalities/queries";
import { pageMetadata } from "@/lib/seo";

type Props = { params: Promise<{ locale: Locale; slug: string }> };

// Rendered on first request, then served from the route cache (see docs/decisions/0003).
export const dynamic = "force-static";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const m = await getMunicipalityProfile(locale, slug);
  if (!m) return {};
  return pageMetadata({ locale, path: `/municipalities/${slug}`, title: `${m.name} – ${m.agencyName}`, description: m.tagline });
}

export default async function MunicipalityPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const m = await getMunicipalityProfile(locale, slug);
  if (!m) notFound();
  const t = await getTranslations();

  return (
    <div className="container-page py-10">
      <nav aria-label={t("profile.breadcrumb")} className="text-sm">
        <Link href="/municipalities">{t("profile.back")}</Link>
      </nav>
      <h1 className="mt-3 text-3xl font-bold">{m.name}</h1>
      <p className="mt-1 text-lg text-muted">{m.agencyName}</p>
      <p className="mt-4 max-w-3xl text-lg">{m.tagline}</p>
      <p className="mt-6">
        <Link href={{ pathname: "/inquiry", query: { municipality: m.slug } }} className="button-primary">
          {t("profile.inquire", { name: m.name })}
        </Link>
      </p>

      <div className="mt-10 grid gap-10 lg:grid-cols-[2fr_1fr]">
        <div>
          <section aria-labelledby="about-heading">
            <h2 id="about-heading" className="text-2xl font-bold">
              {t("profile.about")}
            </h2>
            <div className="prose-page mt-3 max-w-3xl">
              {m.description.split(/\n{2,}/).map((p, i) => (
                <p key={i}>{p}</p>
              ))}
            </div>
          </section>
          <section aria-labelledby="offer-heading" className="mt-10">
            <h2 id="offer-heading" className="text-2xl font-bold">
              {t("profile.offer")}
            </h2>
            <div className="prose-page mt-3 max-w-3xl">
              {m.offerForJapan.split(/\n{2,}/).map((p, i) => (
                <p key={i}>{p}</p>
              ))}
            </div>
            <h3 className="mt-6 text-lg font-semibold">{t("profile.services")}</h3>
            <ul className="mt-2 grid gap-1 sm:grid-cols-2">
              {m.services.map((s) => (
                <li key={s} className="before:me-2 before:text-brand before:content-['✓']">
                  {t(`catalog.services.${s}`)}
                </li>
              ))}
            </ul>
          </section>
          {m.japanFacts.length > 0 && (
            <section aria-labelledby="japan-heading" className="mt-10">
              <h2 id="japan-heading" className="text-2xl font-bold">
                {t("profile.japan")}
              </h2>
              <ul className="mt-3 list-disc space-y-2 ps-6">
                {m.japanFacts.map((fact, i) => (
                  <li key={i}>{fact}</li>
                ))}
              </ul>
            </section>
          )}
        </div>
        <aside className="space-y-6">
          <section aria-labelledby="sectors-heading" className="rounded-lg border border-line p-5">
            <h2 id="sectors-heading" className="text-lg font-semibold">
              {t("profile.sectors")}
            </h2>
            <ul className="mt-2 flex flex-wrap gap-1.5">
              {m.sectors.map((s) => (
                <li key={s}>
                  <Link href={{ pathname: "/municipalities", query: { sector: s } }} className="inline-block rounded-full bg-brand-soft px-2.5 py-0.5 text-sm text-brand-dark no-underline hover:underline">
                    {t(`catalog.sectors.${s}`)}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
          <MunicipalityContact municipality={m} />
        </aside>
      </div>
    </div>
  );
}
