import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { DIRECTIONS, MUNICIPALITY_SLUGS, SECTORS, TOKYO_PARTNER_SLUG, GATEWAY_SLUG } from "@/lib/domain/catalog";
import type { InboxQuery } from "@/lib/inquiries/inbox";

const STATUSES = ["NEW", "TRIAGED", "FORWARDED", "ACCEPTED", "IN_PROGRESS", "CLOSED"] as const;
const HOLDERS = [GATEWAY_SLUG, ...MUNICIPALITY_SLUGS, TOKYO_PARTNER_SLUG];

/** A GET form: every view of the inbox is a URL that can be shared. */
export async function InboxFilters({ query, holderNames }: { query: InboxQuery; holderNames: Record<string, string> }) {
  const t = await getTranslations();
  const field = "mt-1 block w-full rounded-md border border-muted bg-paper px-2 py-1.5";
  const label = "text-sm font-semibold";
  return (
    <form method="get" className="grid gap-3 rounded-lg border border-line bg-mist p-4 sm:grid-cols-2 lg:grid-cols-4" aria-label={t("admin.inbox.filters")}>
      <div className="sm:col-span-2">
        <label htmlFor="f-q" className={label}>
          {t("admin.inbox.search")}
        </label>
        <input id="f-q" name="q" type="search" defaultValue={query.q ?? ""} className={field} />
      </div>
      <div>
        <label htmlFor="f-status" className={label}>
          {t("admin.inbox.status")}
        </label>
        <select id="f-status" name="status" defaultValue={query.status ?? ""} className={field}>
          <option value="">{t("admin.inbox.any")}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`admin.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-direction" className={label}>
          {t("admin.inbox.direction")}
        </label>
        <select id="f-direction" name="direction" defaultValue={query.direction ?? ""} className={field}>
          <option value="">{t("admin.inbox.any")}</option>
          {DIRECTIONS.map((d) => (
            <option key={d} value={d}>
              {t(`catalog.directions.${d}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-sector" className={label}>
          {t("admin.inbox.sector")}
        </label>
        <select id="f-sector" name="sector" defaultValue={query.sector ?? ""} className={field}>
          <option value="">{t("admin.inbox.any")}</option>
          {SECTORS.map((s) => (
            <option key={s} value={s}>
              {t(`catalog.sectors.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-organisation" className={label}>
          {t("admin.inbox.organisation")}
        </label>
        <select id="f-organisation" name="organisation" defaultValue={query.organisation ?? ""} className={field}>
          <option value="">{t("admin.inbox.any")}</option>
          {HOLDERS.map((slug) => (
            <option key={slug} value={slug}>
              {holderNames[slug] ?? slug}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-from" className={label}>
          {t("admin.inbox.from")}
        </label>
        <input id="f-from" name="from" type="date" defaultValue={query.from ?? ""} className={field} />
      </div>
      <div>
        <label htmlFor="f-to" className={label}>
          {t("admin.inbox.to")}
        </label>
        <input id="f-to" name="to" type="date" defaultValue={query.to ?? ""} className={field} />
      </div>
      <div>
        <label htmlFor="f-sort" className={label}>
          {t("admin.inbox.sort")}
        </label>
        <select id="f-sort" name="sort" defaultValue={query.sort ?? "newest"} className={field}>
          <option value="newest">{t("admin.inbox.newest")}</option>
          <option value="oldest">{t("admin.inbox.oldest")}</option>
        </select>
      </div>
      <div className="flex items-end gap-3 lg:col-span-3">
        <button type="submit" className="button-primary cursor-pointer !py-1.5">
          {t("admin.inbox.apply")}
        </button>
        <Link href="/admin/inquiries">{t("admin.inbox.reset")}</Link>
      </div>
    </form>
  );
}
