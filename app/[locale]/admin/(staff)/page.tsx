import { redirect } from "next/navigation";
import type { Locale } from "next-intl";
import { can, canReadInquiries } from "@/lib/auth/permissions";
import { requireStaff } from "@/lib/auth/session";
import { getTranslations } from "next-intl/server";
import { organisationLabels } from "@/lib/organisations/names";

type Props = { params: Promise<{ locale: Locale }> };

/** The staff area's front door: the inbox for those who handle inquiries. */
export default async function StaffHome({ params }: Props) {
  const { locale } = await params;
  const staff = await requireStaff(locale, `/${locale}/admin`);
  if (canReadInquiries(staff)) redirect(`/${locale}/admin/inquiries`);
  if (can(staff, "staff.manage")) redirect(`/${locale}/admin/staff`);
  if (can(staff, "report.view")) redirect(`/${locale}/admin/report`);
  const t = await getTranslations("admin.nav");
  return (
    <div className="container-page py-10">
      <h1 className="text-3xl font-bold">{t("label")}</h1>
      <p className="mt-3">{t("signedInAs", { name: staff.name, organisation: staff.organisation ? (await organisationLabels(locale)).organisation(staff.organisation) : t("noOrganisation") })}</p>
    </div>
  );
}
