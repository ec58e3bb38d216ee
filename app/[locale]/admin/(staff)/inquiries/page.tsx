import type { Metadata } from "next";
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { InboxFilters } from "@/components/admin/InboxFilters";
import { InboxTable } from "@/components/admin/InboxTable";
import { can, canReadInquiries } from "@/lib/auth/permissions";
import { requireStaff } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { filterParams, holderNames, parseInquiryFilter, periodError } from "@/lib/casework/filters";
import { loadInbox } from "@/lib/casework/inbox";

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
          <InboxFilters query={query} holderNames={await holderNames(locale)} periodError={problem} />
        </div>
      </div>
    );
  }
  const filterString = new URLSearchParams(Object.entries(query).flatMap(([k, v]) => (v !== undefined && k !== "after" ? [[k, String(v)]] : []))).toString();
  const inbox = await loadInbox(staff, query);
  if (!inbox) notFound();
  const t = await getTranslations();
  const names = await holderNames(locale);
  const nextHref = inbox.next ? { pathname: "/admin/inquiries", query: { ...Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)), after: inbox.next } } : undefined;

  return (
    <div className="container-page py-8 xl:max-w-[100rem]">
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
          <p>
            {t("inboxExport.label")}{" "}
            <a href={`/${locale}/admin/inquiries/export?format=xlsx${filterString ? `&${filterString}` : ""}`} download>
              {t("inboxExport.xlsx")}
            </a>
            {" · "}
            <a href={`/${locale}/admin/inquiries/export?separator=semicolon${filterString ? `&${filterString}` : ""}`} download>
              {t("inboxExport.csvSemicolon")}
            </a>
            {" · "}
            <a href={`/${locale}/admin/inquiries/export?separator=comma${filterString ? `&${filterString}` : ""}`} download>
              {t("inboxExport.csvComma")}
            </a>
          </p>
        )}
      </div>
      {inbox.rows.length === 0 ? (
        <p className="mt-3">{t("admin.inbox.empty")}</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <InboxTable rows={inbox.rows} locale={locale} organisationId={staff.organisationId} />
        </div>
      )}
      <nav aria-label={t("admin.inbox.title")} className="mt-4 flex gap-6">
        {query.after && <Link href={{ pathname: "/admin/inquiries", query: { ...Object.fromEntries(Object.entries(query).filter(([k, v]) => v !== undefined && k !== "after")) } }}>{t("admin.inbox.first")}</Link>}
        {nextHref && <Link href={nextHref}>{t("admin.inbox.next")}</Link>}
      </nav>
    </div>
  );
}
