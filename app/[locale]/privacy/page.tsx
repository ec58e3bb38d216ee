import type { Metadata } from "next";
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ContentPage } from "@/components/content/ContentPage";
import {
  ApplicantsFromJapan,
  Controller,
  Cookies,
  DataAndPurposes,
  DecisionsAndChanges,
  EventRegistrations,
  Recipients,
  Retention,
  Rights,
} from "@/components/content/PrivacySections";
import { PRIVACY_NOTICE_VERSION } from "@/components/content/privacyNotice";
import { pageMetadata } from "@/lib/seo";

type Props = { params: Promise<{ locale: Locale }> };

// Rendered on first request, then served from the route cache (see docs/decisions/0003).
export const dynamic = "force-static";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "privacy" });
  return pageMetadata({ locale, path: "/privacy", title: t("title"), description: t("description") });
}

export default async function PrivacyPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("privacy");
  return (
    <ContentPage title={t("title")} meta={t("version", { version: PRIVACY_NOTICE_VERSION })} lead={t("lead")}>
      <Controller />
      <DataAndPurposes />
      <Recipients />
      <Retention />
      <EventRegistrations />
      <Cookies />
      <ApplicantsFromJapan />
      <Rights />
      <DecisionsAndChanges />
    </ContentPage>
  );
}
