import { getTranslations } from "next-intl/server";
import { SelectField } from "@/components/ui/SelectField";
import { Link } from "@/lib/i18n/navigation";
import { DIRECTIONS, MUNICIPALITY_SLUGS, SECTORS, TOKYO_PARTNER_SLUG, GATEWAY_SLUG } from "@/lib/domain/catalog";
import { MAX_PERIOD_DAYS, STATUSES, type InquiryFilter, type PeriodError } from "@/lib/casework/filters";
import { STAFF_CONTROL } from "@/components/admin/kit";
import { env } from "@/lib/env";

const HOLDERS = new Set<string>([GATEWAY_SLUG, ...MUNICIPALITY_SLUGS, TOKYO_PARTNER_SLUG]);

/** The gateway first (it holds every new case), then the partners in the reader's alphabetical order (holderNames' order). */
const holderOptions = (names: Record<string, string>) =>
  [GATEWAY_SLUG, ...Object.keys(names).filter((slug) => slug !== GATEWAY_SLUG && HOLDERS.has(slug))].map((slug) => ({ value: slug, label: names[slug] ?? slug }));

type Props = {
  query: InquiryFilter;
  holderNames: Record<string, string>;
  page?: "/admin/inquiries" | "/admin/dashboard";
  periodError?: PeriodError;
  /** False on a partner's dashboard: it counts its own cases, not by who else holds them. */
  holderFilter?: boolean;
};

/** A GET form: every view of the inbox, or of the dashboard, is a URL that can be shared. */
export async function InboxFilters({ query, holderNames, page = "/admin/inquiries", periodError, holderFilter = true }: Props) {
  const t = await getTranslations();
  const tSla = await getTranslations("dashboard.filters");
  const tConversation = await getTranslations("conversation.staff");
  const tLifecycle = await getTranslations("admin.lifecycle");
  const label = "text-sm font-semibold";
  const common = { labelClassName: label, selectClassName: STAFF_CONTROL };
  const any = t("admin.inbox.any");
  const invalid = periodError ? { "aria-invalid": true, "aria-describedby": "f-period-error" } : {};
  return (
    <form method="get" className="grid gap-3 rounded-lg border border-line bg-mist p-4 sm:grid-cols-2 lg:grid-cols-4" aria-label={t("admin.inbox.filters")}>
      <div className="sm:col-span-2">
        <label htmlFor="f-q" className={label}>
          {t("admin.inbox.search")}
        </label>
        <input id="f-q" name="q" type="search" defaultValue={query.q ?? ""} className={STAFF_CONTROL} />
      </div>
      <SelectField {...common} id="f-status" name="status" label={t("admin.inbox.status")} value={query.status} emptyLabel={any}
        options={STATUSES.map((s) => ({ value: s, label: t(`admin.status.${s}`) }))} />
      <SelectField {...common} id="f-direction" name="direction" label={t("admin.inbox.direction")} value={query.direction} emptyLabel={any}
        options={DIRECTIONS.map((d) => ({ value: d, label: t(`catalog.directions.${d}`) }))} />
      <SelectField {...common} id="f-sector" name="sector" label={t("admin.inbox.sector")} value={query.sector} emptyLabel={any}
        options={SECTORS.map((s) => ({ value: s, label: t(`catalog.sectors.${s}`) }))} />
      {holderFilter && (
        <SelectField {...common} id="f-organisation" name="organisation" label={t("admin.inbox.organisation")} value={query.organisation} emptyLabel={any}
          options={holderOptions(holderNames)} />
      )}
      {periodError && (
        <p id="f-period-error" role="alert" className="border-l-4 border-accent pl-3 font-semibold text-accent sm:col-span-2 lg:col-span-4">
          {t(`admin.inbox.${periodError}`, { years: MAX_PERIOD_DAYS / 366 })}
        </p>
      )}
      <div>
        <label htmlFor="f-from" className={label}>
          {t("admin.inbox.from")}
        </label>
        <input id="f-from" name="from" type="date" defaultValue={query.from ?? ""} className={STAFF_CONTROL} {...invalid} />
      </div>
      <div>
        <label htmlFor="f-to" className={label}>
          {t("admin.inbox.to")}
        </label>
        <input id="f-to" name="to" type="date" defaultValue={query.to ?? ""} className={STAFF_CONTROL} {...invalid} />
      </div>
      <SelectField {...common} id="f-sla" name="sla" label={tSla("sla")} value={query.sla} emptyLabel={any}
        options={[{ value: "breached", label: tSla("breached") }]} />
      <SelectField {...common} id="f-reply" name="reply" label={tConversation("replyFilter")} value={query.reply} emptyLabel={any}
        options={[{ value: "new", label: tConversation("newReply") }]} />
      <SelectField {...common} id="f-owner" name="owner" label={t("admin.inbox.owner")} value={query.owner} emptyLabel={any}
        options={[{ value: "mine", label: t("admin.inbox.ownerMine") }, { value: "unassigned", label: t("admin.inbox.ownerUnassigned") }]} />
      <SelectField {...common} id="f-forward" name="forward" label={tLifecycle("forwardFilter")} value={query.forward} emptyLabel={any}
        options={[{ value: "overdue", label: tLifecycle("overdueForwards", { days: env.FORWARD_ACCEPT_BUSINESS_DAYS }) }]} />
      <SelectField {...common} id="f-activity" name="activity" label={tLifecycle("activityFilter")} value={query.activity} emptyLabel={any}
        options={[{ value: "stale", label: tLifecycle("staleOption", { months: env.STALE_MONTHS }) }]} />
      {page === "/admin/inquiries" && (
        <SelectField {...common} id="f-sort" name="sort" label={t("admin.inbox.sort")} value={query.sort ?? "newest"}
          options={[{ value: "newest", label: t("admin.inbox.newest") }, { value: "oldest", label: t("admin.inbox.oldest") }]} />
      )}
      <div className="flex items-end gap-3 lg:col-span-2">
        <button type="submit" className="button-primary cursor-pointer !py-1.5">
          {t("admin.inbox.apply")}
        </button>
        <Link href={page}>{t("admin.inbox.reset")}</Link>
      </div>
    </form>
  );
}
