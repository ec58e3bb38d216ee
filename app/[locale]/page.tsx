import type { Metadata } from "next";
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CallToAction } from "@/components/home/CallToAction";
import { Directions } from "@/components/home/Directions";
import { Figures } from "@/components/home/Figures";
import { Hero } from "@/components/home/Hero";
import { HowItWorks } from "@/components/home/HowItWorks";
import { Partners } from "@/components/home/Partners";
import { pageMetadata } from "@/lib/seo";

type Props = { params: Promise<{ locale: Locale }> };

// Rendered on first request, then served from the route cache (see docs/decisions/0003).
export const dynamic = "force-static";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "home" });
  return pageMetadata({ locale, path: "", title: t("title"), description: t("description") });
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  return (
    <>
      <Hero locale={locale} />
      <Directions />
      <HowItWorks />
      <Figures />
      <Partners locale={locale} />
      <CallToAction />
    </>
  );
}
