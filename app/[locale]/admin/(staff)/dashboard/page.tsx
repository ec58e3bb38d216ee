import type { Metadata } from "next";
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { CountTable } from "@/components/admin/CountTable";
import { InboxFilters } from "@/components/admin/InboxFilters";
import { WeeklyChart } from "@/components/admin/WeeklyChart";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { localeTags } from "@/lib/i18n/routing";
import { dashboardFilter, loadDashboard } from "@/lib/casework/dashboard";
import { filterParams, holderNames, parseInquiryFilter, periodError } from "@/lib/casework/filters";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "dashboard" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function DashboardPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const rawParams = await searchParams;
  const here = new URLSearchParams(Object.entries(rawParams).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : [])));
  const staff = await requirePermission(locale, "dashboard.view", `/${locale}/admin/dashboard${here.size ? `?${here}` : ""}`);
  const requested = parseInquiryFilter(rawParams);
  const t = await getTranslations();
  const names = await holderNames(locale);
  const problem = periodError(dashboardFilter(requested));
  // A partner's dashboard: its own organisation's inquiries and figures (lib/casework/dashboard.ts).
  const ownOnly = !can(staff, "inquiry.readAll");
  if (problem) {
    return (
      <div className="container-page py-8">
        <h1 className="text-3xl font-bold">{t("dashboard.title")}</h1>
        <div className="mt-4">
          <InboxFilters query={requested} holderNames={names} page="/admin/dashboard" periodError={problem} holderFilter={!ownOnly} />
        </div>
      </div>
    );
  }
  const dashboard = await loadDashboard(staff, requested);
  if (!dashboard) notFound();
  const number = new Intl.NumberFormat(localeTags[locale]);
  const decimal = new Intl.NumberFormat(localeTags[locale], { maximumFractionDigits: 1 });
  const format = (n: number) => number.format(n);
  const day = (iso: string, style: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(localeTags[locale], { ...style, timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));
  const { filter } = dashboard;
  // The inbox gets the dashboard's effective period, so both count the same inquiries.
  const shared = filterParams(filter);
  const inboxWith = (extra: Record<string, string>) => ({ pathname: "/admin/inquiries" as const, query: { ...shared, ...extra } });
  const late = dashboard.sla.lateAnswered + dashboard.sla.latePending;
  const { medianBusinessDays, medianHours } = dashboard.firstResponse;

  return (
    <div className="container-page py-8">
      <h1 className="text-3xl font-bold">{t("dashboard.title")}</h1>
      {ownOnly && staff.organisation && <p className="mt-2 font-semibold">{t("dashboard.ownOrganisation", { organisation: names[staff.organisation.slug] ?? staff.organisation.shortName })}</p>}
      <p className="mt-2">
        {t("dashboard.period", { from: day(filter.from, { dateStyle: "medium" }), to: day(filter.to, { dateStyle: "medium" }) })}
      </p>
      <div className="mt-4">
        <InboxFilters query={filter} holderNames={names} page="/admin/dashboard" holderFilter={!ownOnly} />
      </div>
      <p className="mt-4">
        <Link href={inboxWith({})}>{t("dashboard.toInbox")}</Link>
      </p>

      <dl className="mt-6 grid gap-4 sm:grid-cols-3">
        <div className="rounded-lg border border-line p-4">
          <dt className="font-semibold">{t("dashboard.total")}</dt>
          <dd className="mt-1 text-3xl font-bold tabular-nums">{format(dashboard.total)}</dd>
        </div>
        <div className="rounded-lg border border-line p-4">
          <dt className="font-semibold">{t("dashboard.firstResponse.title")}</dt>
          <dd className="mt-1 text-3xl font-bold tabular-nums">
            {medianBusinessDays === null ? t("dashboard.firstResponse.none") : t("dashboard.firstResponse.days", { days: decimal.format(medianBusinessDays) })}
          </dd>
          {medianHours !== null && (
            <dd className="text-sm">{t("dashboard.firstResponse.hours", { hours: decimal.format(medianHours), count: dashboard.firstResponse.answered })}</dd>
          )}
        </div>
        <div className="rounded-lg border border-line p-4">
          <dt className="font-semibold">{t("dashboard.sla.title", { target: dashboard.sla.targetDays })}</dt>
          <dd className="mt-1 text-3xl font-bold tabular-nums">{format(late)}</dd>
          <dd className="text-sm">{t("dashboard.sla.split", { answered: dashboard.sla.lateAnswered, pending: dashboard.sla.latePending })}</dd>
          {late > 0 && (
            <dd className="mt-1 text-sm">
              <Link href={inboxWith({ sla: "breached" })}>{t("dashboard.sla.show")}</Link>
            </dd>
          )}
        </div>
      </dl>
      <p className="mt-3 max-w-3xl text-sm text-muted">{t("dashboard.definitions", { target: dashboard.sla.targetDays })}</p>

      <section className="mt-8" aria-labelledby="weekly">
        <h2 id="weekly" className="text-xl font-bold">
          {t("dashboard.weekly.title")}
        </h2>
        <WeeklyChart
          weeks={dashboard.weeks.map((w) => ({ ...w, label: day(w.week, { day: "numeric", month: "short", year: "numeric" }) }))}
          caption={t("dashboard.weekly.caption", { weeks: dashboard.weeks.length, max: Math.max(0, ...dashboard.weeks.map((w) => w.count)) })}
          tableLabel={t("dashboard.weekly.table")}
          weekHeader={t("dashboard.weekly.week")}
          countHeader={t("dashboard.count")}
          format={format}
        />
      </section>

      <div className="mt-8 grid gap-8 lg:grid-cols-2">
        <CountTable
          caption={t("dashboard.byStatus")}
          headers={[t("admin.inbox.status"), t("dashboard.count")]}
          rows={dashboard.byStatus.map((r) => ({ key: r.key, label: t(`admin.status.${r.key}`), counts: [r.count], href: inboxWith({ status: r.key }) }))}
          format={format}
        />
        <CountTable
          caption={t("dashboard.byDirection")}
          headers={[t("admin.inbox.direction"), t("dashboard.count")]}
          rows={dashboard.byDirection.map((r) => ({ key: r.key, label: t(`catalog.directions.${r.key}`), counts: [r.count], href: inboxWith({ direction: r.key }) }))}
          format={format}
        />
        <CountTable
          caption={t("dashboard.byMunicipality")}
          headers={[t("dashboard.partner"), t("dashboard.forwarded"), t("dashboard.preferred")]}
          rows={dashboard.organisations.map((o) => ({ key: o.slug, label: names[o.slug] ?? o.name, counts: [o.forwarded, o.preferred] }))}
          format={format}
        />
        <CountTable
          caption={t("dashboard.bySector")}
          headers={[t("admin.inbox.sector"), t("dashboard.count")]}
          rows={dashboard.bySector.map((r) => ({ key: r.key, label: t(`catalog.sectors.${r.key}`), counts: [r.count], href: inboxWith({ sector: r.key }) }))}
          format={format}
        />
        <CountTable
          caption={t("dashboard.byOutcome")}
          headers={[t("admin.close.outcome"), t("dashboard.closed"), t("admin.close.jobs")]}
          rows={dashboard.outcomes.map((r) => ({ key: r.key, label: t(`admin.outcomes.${r.key}`), counts: [r.count, r.jobs] }))}
          format={format}
        />
      </div>
      <p className="mt-3 text-sm text-muted">{t("dashboard.sectorNote")}</p>
    </div>
  );
}
