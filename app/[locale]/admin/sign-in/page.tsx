import type { Metadata } from "next";
import { redirect } from "next/navigation";
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SignInForm } from "@/components/admin/SignInForm";
import { getStaff } from "@/lib/auth/session";
import { pageMetadata } from "@/lib/seo";
import { ClientMessages } from "@/components/i18n/ClientMessages";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ next?: string | string[]; signedOut?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.signIn" });
  return pageMetadata({ locale, path: "/admin/sign-in", title: t("title"), description: t("lead"), noIndex: true });
}

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { next, signedOut } = await searchParams;
  if (await getStaff()) redirect(`/${locale}/admin`);
  const t = await getTranslations("admin.signIn");
  return (
    <div className="container-page py-10">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3 max-w-2xl">{t("lead")}</p>
      {signedOut !== undefined && (
        <p role="status" className="mt-4 max-w-md rounded-md bg-brand-soft p-3">
          {t("signedOut")}
        </p>
      )}
      <ClientMessages only={["admin.signIn"]}>
        <SignInForm locale={locale} next={typeof next === "string" ? next : undefined} />
      </ClientMessages>
    </div>
  );
}
