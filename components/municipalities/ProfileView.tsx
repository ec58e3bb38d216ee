// A municipality's public profile: the public page and the content editor's preview
// (which shows a draft exactly as the public will see it) render the same component.
import { getTranslations } from "next-intl/server";
import { RichText } from "@/components/content/RichText";
import { MunicipalityContact } from "@/components/municipalities/MunicipalityContact";
import { Link } from "@/lib/i18n/navigation";
import type { MunicipalityProfile } from "@/lib/municipalities/queries";

export async function ProfileView({ m }: { m: MunicipalityProfile }) {
  const t = await getTranslations();
  return (
    <>
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
            <RichText source={m.description} className="prose-page mt-3 max-w-3xl" />
          </section>
          <section aria-labelledby="offer-heading" className="mt-10">
            <h2 id="offer-heading" className="text-2xl font-bold">
              {t("profile.offer")}
            </h2>
            <RichText source={m.offerForJapan} className="prose-page mt-3 max-w-3xl" />
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
    </>
  );
}
