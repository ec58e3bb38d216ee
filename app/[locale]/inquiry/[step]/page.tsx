import type { Metadata } from "next";
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { CheckAnswers } from "@/components/inquiry/CheckAnswers";
import { StepPage } from "@/components/inquiry/StepPage";
import { pageMetadata } from "@/lib/seo";

const PAGES = ["company", "plans", "contact", "check"] as const;
type Page = (typeof PAGES)[number];

type Props = {
  params: Promise<{ locale: Locale; step: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const isPage = (value: string): value is Page => (PAGES as readonly string[]).includes(value);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, step } = await params;
  if (!isPage(step)) return {};
  const t = await getTranslations({ locale, namespace: "inquiry" });
  // Steps are part of one form: only its start page is indexed.
  return pageMetadata({ locale, path: `/inquiry/${step}`, title: `${t(`steps.${step}`)} · ${t("meta.title")}`, description: t("meta.description"), noIndex: true });
}

/** Steps 2 to 5 of the journey. */
export default async function InquiryStepPage({ params, searchParams }: Props) {
  const { locale, step } = await params;
  if (!isPage(step)) notFound();
  setRequestLocale(locale);
  if (step === "check") return <CheckAnswers locale={locale} searchParams={await searchParams} />;
  return <StepPage locale={locale} step={step} searchParams={await searchParams} />;
}
