import type { Metadata } from "next";
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StepPage } from "@/components/inquiry/StepPage";
import { pageMetadata } from "@/lib/seo";

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "inquiry.meta" });
  return pageMetadata({ locale, path: "/inquiry", title: t("title"), description: t("description") });
}

/** Step 1 of the journey: the direction of the project (?municipality=<slug> preselects a partner). */
export default async function InquiryStartPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <StepPage locale={locale} step="direction" searchParams={await searchParams} />;
}
