import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ProfileView } from "@/components/municipalities/ProfileView";
import { Link } from "@/lib/i18n/navigation";
import { getMunicipalityProfile } from "@/lib/municipalities/queries";
import { pageMetadata } from "@/lib/seo";

type Props = { params: Promise<{ locale: Locale; slug: string }> };

// Rendered on first request, then served from the route cache (see docs/decisions/0003).
export const dynamic = "force-static";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const m = await getMunicipalityProfile(locale, slug);
  if (!m) return {};
  return pageMetadata({ locale, path: `/municipalities/${slug}`, title: `${m.name} – ${m.agencyName}`, description: m.tagline });
}

export default async function MunicipalityPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const m = await getMunicipalityProfile(locale, slug);
  if (!m) notFound();
  const t = await getTranslations();

  return (
    <div className="container-page py-10">
      <nav aria-label={t("profile.breadcrumb")} className="text-sm">
        <Link href="/municipalities">{t("profile.back")}</Link>
      </nav>
      <ProfileView m={m} />
    </div>
  );
}
