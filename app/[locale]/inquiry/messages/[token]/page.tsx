import type { Metadata } from "next";
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConversationPage } from "@/components/inquiry/ConversationPage";

type Props = { params: Promise<{ locale: Locale; token: string }>; searchParams: Promise<{ sent?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "conversation.reply" });
  // The address carries the applicant's link: never indexed, never sent on to another site as a referrer (no-referrer would make the form post "Origin: null", which is refused).
  return { title: t("metaTitle"), robots: { index: false, follow: false }, referrer: "same-origin" };
}

export default async function InquiryMessagesPage({ params, searchParams }: Props) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  return <ConversationPage locale={locale} token={token} sent={(await searchParams).sent === "1"} />;
}
