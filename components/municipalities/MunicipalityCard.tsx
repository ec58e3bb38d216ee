import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { MunicipalitySummary } from "@/lib/municipalities/queries";

export async function MunicipalityCard({ municipality: m }: { municipality: MunicipalitySummary }) {
  const t = await getTranslations();
  return (
    <article className="flex h-full flex-col rounded-lg border border-line bg-paper p-5">
      <h3 className="text-xl font-semibold">
        <Link href={`/municipalities/${m.slug}`} className="text-ink hover:text-brand">
          {m.name}
        </Link>
      </h3>
      <p className="text-sm text-muted">{m.agencyName}</p>
      <p className="mt-3">{m.tagline}</p>
      <h4 className="mt-4 text-sm font-semibold">{t("directory.sectors")}</h4>
      <ul className="mt-1 flex flex-wrap gap-1.5">
        {m.sectors.map((s) => (
          <li key={s} className="rounded-full bg-brand-soft px-2.5 py-0.5 text-sm text-brand-dark">
            {t(`catalog.sectors.${s}`)}
          </li>
        ))}
      </ul>
      <p className="mt-auto pt-4">
        <Link href={`/municipalities/${m.slug}`}>{t("directory.toProfile", { name: m.name })}</Link>
      </p>
    </article>
  );
}
