import type { Metadata } from "next";
import { redirect } from "next/navigation";
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SecondFactorForm } from "@/components/admin/SecondFactorForm";
import { getStaff } from "@/lib/auth/session";
import { pageMetadata } from "@/lib/seo";
import { ClientMessages } from "@/components/i18n/ClientMessages";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ next?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "account.secondFactor" });
  return pageMetadata({ locale, path: "/admin/sign-in/code", title: t("title"), description: t("lead"), noIndex: true });
}

/** The second sign-in step, reached after a right password for an account with two-factor authentication. */
export default async function SecondFactorPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { next } = await searchParams;
  if (await getStaff()) redirect(`/${locale}/admin`);
  const t = await getTranslations("account.secondFactor");
  return (
    <div className="container-page py-10">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3 max-w-2xl">{t("lead")}</p>
      <ClientMessages only={["account.secondFactor"]}>
        <SecondFactorForm locale={locale} next={typeof next === "string" ? next : undefined} />
      </ClientMessages>
    </div>
  );
}
