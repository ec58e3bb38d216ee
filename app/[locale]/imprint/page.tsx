import type { Metadata } from "next";
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ContentPage } from "@/components/content/ContentPage";
import { DemoNotice, Details, LegalTexts, Provider, Responsible } from "@/components/content/ImprintSections";
import { pageMetadata } from "@/lib/seo";

type Props = { params: Promise<{ locale: Locale }> };

// Rendered on first request, then served from the route cache (see docs/decisions/0003).
export const dynamic = "force-static";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "imprint" });
  return pageMetadata({ locale, path: "/imprint", title: t("title"), description: t("description") });
}

export default async function ImprintPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("imprint");
  return (
    <ContentPage title={t("title")}>
      <DemoNotice />
      <Provider />
      <Details />
      <Responsible />
      <LegalTexts />
    </ContentPage>
  );
}
