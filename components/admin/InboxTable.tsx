import { getTranslations } from "next-intl/server";
import { SlaBadge } from "@/components/admin/SlaBadge";
import { organisationLabels } from "@/lib/organisations/names";
import { currentHolders, ownOwner, type InboxRow } from "@/lib/casework/inbox";
import { isSector } from "@/lib/domain/catalog";
import { joinList } from "@/lib/i18n/lists";
import { Link } from "@/lib/i18n/navigation";
import { localeTags, type Locale } from "@/lib/i18n/routing";

// The direction stands under the company and the first-answer badge under the
// status: seven columns fit 1280 px without cutting a word.
const COLUMNS = ["reference", "received", "company", "sectors", "preferred", "holder", "status"] as const;

// One table, two layouts: columns from the laptop width up, a card per inquiry
// below it (each cell then shows its column's name before the value). Words wrap
// only between words; a word longer than its cell is hyphenated, not cut.
const TABLE = "w-full border-collapse text-sm max-lg:block";
const ROW = "border-b border-line align-top max-lg:mb-3 max-lg:grid max-lg:grid-cols-1 max-lg:gap-1 max-lg:rounded-lg max-lg:border max-lg:p-3";
const CELL = "px-2 py-2 break-words hyphens-auto max-lg:grid max-lg:grid-cols-[9rem_minmax(0,1fr)] max-lg:gap-2 max-lg:p-0 max-lg:before:text-sm max-lg:before:font-semibold max-lg:before:[overflow-wrap:normal] max-lg:before:text-muted max-lg:before:content-[attr(data-label)]";

/** The inbox's rows; the caller decides which rows a member of staff may see. `organisationId`: the viewer's, whose owner each row shows. */
export async function InboxTable({ rows, locale, organisationId }: { rows: InboxRow[]; locale: Locale; organisationId: string | null }) {
  const t = await getTranslations();
  const names = await organisationLabels(locale);
  const date = new Intl.DateTimeFormat(localeTags[locale], { dateStyle: "medium", timeZone: "Europe/Berlin" });
  const label = (c: (typeof COLUMNS)[number]) => t(`admin.inbox.columns.${c}`);
  return (
    <table className={TABLE}>
      <thead className="max-lg:sr-only">
        <tr className="border-b-2 border-ink text-start">
          {COLUMNS.map((c) => (
            <th key={c} scope="col" className="px-2 py-2 text-start align-bottom">
              {label(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="max-lg:block">
        {rows.map((row) => (
          <tr key={row.id} className={ROW}>
            <td data-label={label("reference")} className={`${CELL} whitespace-nowrap`}>
              <Link href={`/admin/inquiries/${row.reference}`} className="font-semibold">
                {row.reference}
              </Link>
            </td>
            <td data-label={label("received")} className={`${CELL} whitespace-nowrap`}>
              {date.format(row.submittedAt)}
            </td>
            <td data-label={label("company")} className={`${CELL} lg:w-[24%]`}>
              <span>
                {row.anonymisedAt ? <span className="text-muted">{t("dataProtection.anonymised")}</span> : <bdi lang={row.locale}>{row.companyName}</bdi>}
                {row.companyNameLatin && (
                  <bdi lang="en" className="block text-muted">
                    {row.companyNameLatin}
                  </bdi>
                )}
                <span className="mt-1 block text-xs font-semibold text-brand-dark">{t(`catalog.directions.${row.direction}`)}</span>
              </span>
            </td>
            <td data-label={label("sectors")} className={CELL}>
              {joinList(row.sectors.filter(isSector).map((s) => t(`catalog.sectors.${s}`)), locale)}
            </td>
            <td data-label={label("preferred")} className={CELL}>
              {joinList(row.preferences.map((p) => names.municipality(p.organisation)), locale) || t("admin.inbox.none")}
            </td>
            <td data-label={label("holder")} className={CELL}>
              <span>
                {joinList(currentHolders(row, names.organisation), locale)}
                <OwnerLine owner={ownOwner(row, organisationId)} named={(name) => t("admin.owner.inbox", { name })} none={t("admin.owner.inboxNone")} />
              </span>
            </td>
            <td data-label={label("status")} className={`${CELL} lg:w-[13%]`}>
              <span>
                <span className="block">{t(`admin.status.${row.status}`)}</span>
                <span className="mt-1 block">
                  <SlaBadge submittedAt={row.submittedAt} firstResponseAt={row.firstResponseAt} />
                </span>
                {row.unreadReplyAt && (
                  <span className="mt-1 block w-fit rounded bg-accent px-1.5 py-0.5 text-xs font-semibold text-white">{t("conversation.staff.newReply")}</span>
                )}
                {row.overdueForward && (
                  <span className="mt-1 block w-fit rounded bg-[#fde8e6] px-1.5 py-0.5 text-xs font-semibold text-accent">{t("admin.lifecycle.overdueBadge")}</span>
                )}
                {row.staleSince && (
                  <span className="mt-1 block w-fit rounded border border-ink px-1.5 py-0.5 text-xs font-semibold">{t("admin.lifecycle.staleBadge", { date: date.format(row.staleSince) })}</span>
                )}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The viewer's organisation's owner under the holders: a name, "unassigned", or nothing when it does not hold the case. */
function OwnerLine({ owner, named, none }: { owner: string | null | undefined; named: (name: string) => string; none: string }) {
  if (owner === undefined) return null;
  return <span className={`mt-1 block text-xs ${owner ? "" : "font-semibold"}`}>{owner ? named(owner) : none}</span>;
}
