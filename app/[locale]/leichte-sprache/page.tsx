import type { Metadata } from "next";
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ContentPage } from "@/components/content/ContentPage";
import { EasyLanguageBody } from "@/components/content/EasyLanguageBody";
import { Link } from "@/lib/i18n/navigation";
import { pageMetadata } from "@/lib/seo";

type Props = { params: Promise<{ locale: Locale }> };

// Rendered on first request, then served from the route cache (see docs/decisions/0003).
export const dynamic = "force-static";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "easyLanguage" });
  return pageMetadata({ locale, path: "/leichte-sprache", title: t("title"), description: t("description") });
}

/** Easy Language exists in German only: other locales introduce it in their language, then show the German text. */
export default async function EasyLanguagePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("easyLanguage");
  return (
    <ContentPage title={t("title")} lead={t.rich("intro", { link: (chunks) => <Link href="/about">{chunks}</Link> })}>
      <div lang={locale === "de" ? undefined : "de"}>
        <EasyLanguageBody />
      </div>
    </ContentPage>
  );
}
