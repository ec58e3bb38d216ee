import type { Metadata } from "next";
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StatusForm } from "@/components/inquiry/StatusForm";
import { pageMetadata } from "@/lib/seo";
import { ClientMessages } from "@/components/i18n/ClientMessages";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "inquiryStatus.meta" });
  return pageMetadata({ locale, path: "/inquiry/status", title: t("title"), description: t("description") });
}

export default async function InquiryStatusPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("inquiryStatus");
  return (
    <div className="container-page max-w-3xl py-10">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-lg">{t("lead")}</p>
      <ClientMessages only={["inquiryStatus", "inquiryErrors.prefix", "inquiryErrors.summaryTitle"]}>
        <StatusForm locale={locale} />
      </ClientMessages>
    </div>
  );
}
