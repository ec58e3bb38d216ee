import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { Locale } from "next-intl";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ResultBanner } from "@/components/admin/kit";
import { requireStaff } from "@/lib/auth/session";
import { needsApproval } from "@/lib/content/versions";
import { contentOverview, mayUseContentArea } from "@/lib/content/overview";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ result?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "contentAdmin" });
  return { title: t("pageTitle"), robots: { index: false, follow: false } };
}

/** The content area's start: what this account may maintain, and what waits for the gateway's approval. */
export default async function ContentOverviewPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale, `/${locale}/admin/content`);
  if (!mayUseContentArea(staff)) notFound();
  const t = await getTranslations("contentAdmin");
  const format = await getFormatter();
  const { profiles, waiting, site } = await contentOverview(staff);
  const result = (await searchParams).result;
  const nameOf = (p: (typeof profiles)[number]) => p.names.find((n) => n.locale === locale)?.name ?? p.shortName;
  return (
    <div className="container-page py-8">
      <h1 className="text-3xl font-bold">{t("pageTitle")}</h1>
      <p className="mt-3 max-w-3xl">{t("lead")}</p>
      {needsApproval(staff) && <p className="mt-2 max-w-3xl">{t("leadApproval")}</p>}
      {result === "notFound" && <ResultBanner ok={false}>{t("result.notFound")}</ResultBanner>}
      {waiting.length > 0 && (
        <section aria-labelledby="waiting-heading" className="mt-8">
          <h2 id="waiting-heading" className="text-2xl font-bold">
            {t("waiting")}
          </h2>
          <ul className="mt-3 list-disc space-y-1 ps-6">
            {waiting.map((w) => (
              <li key={`${w.kind}-${w.entityKey}-${w.number}`}>
                <a href={`/${locale}/admin/content/${w.kind}/${encodeURIComponent(w.entityKey)}`}>
                  {t("waitingItem", { entity: w.entityKey, number: w.number, name: w.createdByLabel, date: format.dateTime(w.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" }) })}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {site.length > 0 && (
        <section aria-labelledby="site-heading" className="mt-8">
          <h2 id="site-heading" className="text-2xl font-bold">
            {t("site.heading")}
          </h2>
          <ul className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {site.map((s) => (
              <li key={`${s.kind}-${s.key}`}>
                <Link href={`/admin/content/${s.kind}/${s.key}`}>{t(`site.${s.label}`)}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {profiles.length > 0 && (
        <section aria-labelledby="profiles-heading" className="mt-8">
          <h2 id="profiles-heading" className="text-2xl font-bold">
            {t("profiles")}
          </h2>
          <ul className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {profiles.map((p) => (
              <li key={p.slug}>
                <Link href={`/admin/content/profile/${p.slug}`}>{t("edit", { name: nameOf(p) })}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {profiles.length + site.length === 0 && <p className="mt-8">{t("nothing")}</p>}
    </div>
  );
}
