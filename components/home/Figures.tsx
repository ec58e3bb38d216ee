import { getTranslations } from "next-intl/server";

const FIGURES = ["citizens", "companies", "trade", "investment", "universities", "office"] as const;

export async function Figures() {
  const t = await getTranslations("home");
  return (
    <section aria-labelledby="figures-heading" className="container-page py-12">
      <h2 id="figures-heading" className="text-2xl font-bold">
        {t("figuresHeading")}
      </h2>
      <dl className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {FIGURES.map((figure) => (
          <div key={figure} className="flex flex-col-reverse rounded-lg border border-line p-5">
            <dt className="mt-1 text-muted">{t(`figures.${figure}.label`)}</dt>
            <dd className="text-2xl font-bold text-brand-dark">{t(`figures.${figure}.value`)}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-4 text-sm text-muted">{t("figuresSource")}</p>
    </section>
  );
}
