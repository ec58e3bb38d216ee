import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export async function CallToAction() {
  const t = await getTranslations("home");
  return (
    <section aria-labelledby="cta-heading" className="container-page py-12">
      <div className="rounded-lg bg-brand p-8 text-white">
        <h2 id="cta-heading" className="text-2xl font-bold">
          {t("ctaHeading")}
        </h2>
        <p className="mt-2 max-w-2xl">{t("ctaText")}</p>
        <Link href="/inquiry" className="mt-6 inline-block rounded-md bg-white px-5 py-3 font-semibold text-brand-dark no-underline hover:bg-brand-soft">
          {t("ctaInquiry")}
        </Link>
      </div>
    </section>
  );
}
