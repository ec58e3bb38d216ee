import type { Metadata } from "next";
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ProgrammeContact } from "@/components/content/ProgrammeContact";
import { Cooperation, Faq, Instruments, Purposes, Roles } from "@/components/content/AboutSections";
import { ContentPage } from "@/components/content/ContentPage";
import { InquiryCallout } from "@/components/content/InquiryCallout";
import { pageMetadata } from "@/lib/seo";

type Props = { params: Promise<{ locale: Locale }> };

// Rendered on first request, then served from the route cache (see docs/decisions/0003).
export const dynamic = "force-static";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "about" });
  return pageMetadata({ locale, path: "/about", title: t("title"), description: t("description") });
}

export default async function AboutPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("about");
  return (
    <ContentPage title={t("title")} lead={t("lead")}>
      <Cooperation />
      <Purposes />
      <Instruments />
      <Roles />
      <ProgrammeContact contact="gateway" className="mt-10" />
      <Faq />
      <InquiryCallout id="about-cta" heading={t("cta.heading")} text={t("cta.text")} linkLabel={t("cta.link")} />
    </ContentPage>
  );
}
