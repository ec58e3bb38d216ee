import type { Metadata } from "next";
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Enforcement, Feedback, Limitations, Preparation, ScopeAndStatus } from "@/components/content/AccessibilitySections";
import { ContentPage } from "@/components/content/ContentPage";
import { pageMetadata } from "@/lib/seo";

type Props = { params: Promise<{ locale: Locale }> };

// Rendered on first request, then served from the route cache (see docs/decisions/0003).
export const dynamic = "force-static";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "accessibility" });
  return pageMetadata({ locale, path: "/accessibility", title: t("title"), description: t("description") });
}

export default async function AccessibilityPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("accessibility");
  return (
    <ContentPage title={t("title")} lead={t("lead")}>
      <ScopeAndStatus />
      <Limitations />
      <Preparation />
      <Feedback />
      <Enforcement />
    </ContentPage>
  );
}
