import type { Metadata } from "next";
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ProgrammeContact } from "@/components/content/ProgrammeContact";
import { ContentPage } from "@/components/content/ContentPage";
import { InquiryCallout } from "@/components/content/InquiryCallout";
import { FirstSteps, TokyoOffice, TokyoPartners, WhyTokyo } from "@/components/content/TokyoSections";
import { Link } from "@/lib/i18n/navigation";
import { pageMetadata } from "@/lib/seo";

type Props = { params: Promise<{ locale: Locale }> };

// Rendered on first request, then served from the route cache (see docs/decisions/0003).
export const dynamic = "force-static";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "tokyo" });
  return pageMetadata({ locale, path: "/tokyo", title: t("title"), description: t("description") });
}

export default async function TokyoPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("tokyo");
  return (
    <ContentPage title={t("title")} lead={t("lead")}>
      <WhyTokyo />
      <TokyoPartners />
      <TokyoOffice />
      <ProgrammeContact contact="tokyo" className="mt-10" />
      <FirstSteps />
      <InquiryCallout id="tokyo-cta" heading={t("cta.heading")} text={t("cta.text")} linkLabel={t("cta.link")}>
        <Link href="/events" className="button-secondary">
          {t("cta.events")}
        </Link>
      </InquiryCallout>
    </ContentPage>
  );
}
