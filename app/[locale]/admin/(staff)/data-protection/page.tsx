import type { Metadata } from "next";
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ApplicantDataPanel } from "@/components/admin/ApplicantDataPanel";
import { requirePermission } from "@/lib/auth/session";
import { applicantPanelForReference } from "@/lib/dataprotection/applicant";
import { env } from "@/lib/env";
import { applicantDataAction } from "@/lib/dataprotection/actions";
import { ClientMessages } from "@/components/i18n/ClientMessages";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ reference?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "dataProtection" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function DataProtectionPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requirePermission(locale, "applicantData.manage", `/${locale}/admin/data-protection`);
  const t = await getTranslations("dataProtection");
  // From an inquiry's detail page: the reference is in the URL, the address never is.
  const reference = (await searchParams).reference;
  const initial = typeof reference === "string" ? await applicantPanelForReference(staff, reference) : {};

  return (
    <div className="container-page py-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3 max-w-3xl">{t("lead")}</p>
      <p className="mt-3 max-w-3xl">
        {t("retention", { months: env.RETENTION_MONTHS })} {t("retentionInactive", { months: env.RETENTION_MONTHS })}
      </p>
      <ClientMessages only={["dataProtection", "admin.status"]}>
        <ApplicantDataPanel locale={locale} initial={initial} action={applicantDataAction} />
      </ClientMessages>
    </div>
  );
}
