import { getTranslations } from "next-intl/server";
import { DIRECTIONS } from "@/lib/domain/catalog";

export async function Directions() {
  const t = await getTranslations("home");
  return (
    <section aria-labelledby="directions-heading" className="container-page py-12">
      <h2 id="directions-heading" className="text-2xl font-bold">
        {t("directionsHeading")}
      </h2>
      <ul className="mt-6 grid gap-4 md:grid-cols-3">
        {DIRECTIONS.map((direction) => (
          <li key={direction} className="rounded-lg border border-line p-5">
            <h3 className="text-lg font-semibold">{t(`directions.${direction}.title`)}</h3>
            <p className="mt-2 text-muted">{t(`directions.${direction}.text`)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
