import type { Metadata } from "next";
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { InboxFilters } from "@/components/admin/InboxFilters";
import { SlaBadge } from "@/components/admin/SlaBadge";
import { can, canReadInquiries } from "@/lib/auth/permissions";
import { requireStaff } from "@/lib/auth/session";
import { isSector } from "@/lib/domain/catalog";
import { joinList } from "@/lib/i18n/lists";
import { Link } from "@/lib/i18n/navigation";
import { localeTags } from "@/lib/i18n/routing";
import { filterParams, holderNames, parseInquiryFilter, periodError } from "@/lib/casework/filters";
import { currentHolders, loadInbox } from "@/lib/casework/inbox";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.inbox" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function InboxPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const rawParams = await searchParams;
  const here = new URLSearchParams(Object.entries(rawParams).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : [])));
  const staff = await requireStaff(locale, `/${locale}/admin/inquiries${here.size ? `?${here}` : ""}`);
  if (!canReadInquiries(staff)) notFound();
  const query = parseInquiryFilter(rawParams);
  const problem = periodError(query);
  if (problem) {
    const t = await getTranslations();
    return (
      <div className="container-page py-8">
        <h1 className="text-3xl font-bold">{t("admin.inbox.title")}</h1>
        <div className="mt-4">
          <InboxFilters query={query} holderNames={await holderNames()} periodError={problem} />
        </div>
      </div>
    );
  }
  const filterString = new URLSearchParams(Object.entries(query).flatMap(([k, v]) => (v !== undefined && k !== "after" ? [[k, String(v)]] : []))).toString();
  const inbox = await loadInbox(staff, query);
  if (!inbox) notFound();
  const t = await getTranslations();
  const names = await holderNames();
  const date = new Intl.DateTimeFormat(localeTags[locale], { dateStyle: "medium", timeZone: "Europe/Berlin" });
  const nextHref = inbox.next ? { pathname: "/admin/inquiries", query: { ...Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)), after: inbox.next } } : undefined;

  return (
    <div className="container-page py-8">
      <h1 className="text-3xl font-bold">{t("admin.inbox.title")}</h1>
      <div className="mt-4">
        <InboxFilters query={query} holderNames={names} />
      </div>
      <div className="mt-6 flex flex-wrap items-baseline justify-between gap-3">
        <p className="font-semibold" role="status">
          {t(inbox.moreThanTotal ? "admin.inbox.countMore" : "admin.inbox.count", { count: inbox.total })}
        </p>
        {can(staff, "dashboard.view") && <Link href={{ pathname: "/admin/dashboard", query: filterParams(query) }}>{t("dashboard.toDashboard")}</Link>}
        {can(staff, "inquiry.export") && (
          <a href={`/${locale}/admin/inquiries/export${filterString ? `?${filterString}` : ""}`} download>
            {t("admin.inbox.export")}
          </a>
        )}
      </div>
      {inbox.rows.length === 0 ? (
        <p className="mt-3">{t("admin.inbox.empty")}</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full min-w-[60rem] border-collapse text-sm">
            <thead>
              <tr className="border-b-2 border-ink text-start">
                {(["reference", "received", "company", "direction", "sectors", "preferred", "holder", "status", "sla"] as const).map((c) => (
                  <th key={c} scope="col" className="px-2 py-2 text-start align-bottom">
                    {t(`admin.inbox.columns.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {inbox.rows.map((row) => (
                <tr key={row.id} className="border-b border-line align-top">
                  <td className="px-2 py-2 whitespace-nowrap">
                    <Link href={`/admin/inquiries/${row.reference}`} className="font-semibold">
                      {row.reference}
                    </Link>
                  </td>
                  <td className="px-2 py-2 whitespace-nowrap">{date.format(row.submittedAt)}</td>
                  <td className="max-w-[16rem] px-2 py-2 wrap-anywhere">
                    {row.anonymisedAt ? <span className="text-muted">{t("dataProtection.anonymised")}</span> : <bdi>{row.companyName}</bdi>}
                    {row.companyNameLatin && <bdi className="block text-muted">{row.companyNameLatin}</bdi>}
                  </td>
                  <td className="px-2 py-2">{t(`catalog.directions.${row.direction}`)}</td>
                  <td className="px-2 py-2">{joinList(row.sectors.filter(isSector).map((s) => t(`catalog.sectors.${s}`)), locale)}</td>
                  <td className="px-2 py-2">{joinList(row.preferences.map((p) => p.organisation.shortName), locale) || t("admin.inbox.none")}</td>
                  <td className="px-2 py-2">{joinList(currentHolders(row), locale)}</td>
                  <td className="px-2 py-2 whitespace-nowrap">{t(`admin.status.${row.status}`)}</td>
                  <td className="px-2 py-2">
                    <SlaBadge submittedAt={row.submittedAt} firstResponseAt={row.firstResponseAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label={t("admin.inbox.title")} className="mt-4 flex gap-6">
        {query.after && <Link href={{ pathname: "/admin/inquiries", query: { ...Object.fromEntries(Object.entries(query).filter(([k, v]) => v !== undefined && k !== "after")) } }}>{t("admin.inbox.first")}</Link>}
        {nextHref && <Link href={nextHref}>{t("admin.inbox.next")}</Link>}
      </nav>
    </div>
  );
}
