import { getLocale, getTranslations } from "next-intl/server";
import { publishedFigures } from "@/lib/content/site";
import type { Locale } from "@/lib/i18n/routing";

const FIGURES = ["citizens", "companies", "trade", "investment", "universities", "office"] as const;

/** The key figures as published in the content area; the message files' until the gateway first publishes them. */
export async function Figures() {
  const t = await getTranslations("home");
  const locale = (await getLocale()) as Locale;
  const published = await publishedFigures();
  const figures = published
    ? published.items.map((f) => ({ key: f.key, label: f.year ? `${f.label[locale]} (${f.year})` : f.label[locale], value: f.value[locale] }))
    : FIGURES.map((key) => ({ key, label: t(`figures.${key}.label`), value: t(`figures.${key}.value`) }));
  const source = published ? published.source[locale] : t("figuresSource");
  return (
    <section aria-labelledby="figures-heading" className="container-page py-12">
      <h2 id="figures-heading" className="text-2xl font-bold">
        {t("figuresHeading")}
      </h2>
      <dl className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {figures.map((figure) => (
          <div key={figure.key} className="flex flex-col-reverse rounded-lg border border-line p-5">
            <dt className="mt-1 text-muted">{figure.label}</dt>
            <dd className="text-2xl font-bold text-brand-dark">{figure.value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-4 text-sm text-muted">{source}</p>
    </section>
  );
}
