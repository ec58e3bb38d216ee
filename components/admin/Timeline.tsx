import { getTranslations } from "next-intl/server";
import { ERASED_OUTCOME } from "@/lib/dataprotection/anonymise";
import { outcomeOf } from "@/lib/domain/workflow";
import { pairSeparator } from "@/lib/i18n/lists";
import { isLocale, localeTags, type Locale } from "@/lib/i18n/routing";
import type { InquiryDetail } from "@/lib/casework/staff-detail";
import { organisationLabels } from "@/lib/organisations/names";
import { TranslatedText } from "@/components/admin/TranslatedText";
import type { Reading } from "@/lib/translation/reading";

const STATUSES = ["NEW", "TRIAGED", "FORWARDED", "ACCEPTED", "IN_PROGRESS", "CLOSED"] as const;
type Data = { reason?: unknown; locale?: unknown; to?: unknown; outcome?: unknown; part?: unknown; ownerLabel?: unknown; previousLabel?: unknown; inactiveMonths?: unknown; filedByHand?: unknown };

// People's text inside a translated sentence goes between FIRST STRONG ISOLATE and
// POP DIRECTIONAL ISOLATE (the plain-text <bdi>): direction controls in it end there.
const isolate = (text: string) => `\u2068${text}\u2069`;

type Event = InquiryDetail["inquiry"]["events"][number];

/**
 * The entries a person reads: accepting also records the status it led to
 * (STATUS_CHANGED to ACCEPTED, same moment, same actor), which says nothing that
 * "Accepted" does not; it is kept in the data and left out here.
 */
export function readableEvents(events: readonly Event[]): Event[] {
  return events.filter((e, i) => {
    const before = events[i - 1];
    const to = (e.data as Data | null)?.to;
    return !(
      e.type === "STATUS_CHANGED" &&
      to === "ACCEPTED" &&
      before?.type === "ACCEPTED" &&
      before.createdAt.getTime() === e.createdAt.getTime() &&
      before.actorOrganisationId === e.actorOrganisationId
    );
  });
}

/**
 * The free text an entry carries, as a translatable text of the case (decision 0028): the
 * reason of a return (RETURN_REASON), or of the gateway's withdrawal of a forward
 * (WITHDRAWAL_REASON, its language recorded with the event), is its assignment's
 * returnReason (the assignment of the organisation that returned it or had it withdrawn,
 * the one ended nearest the entry when it was forwarded more than once); the inquiry's
 * closing summary stands under its last close.
 */
function entryText(e: Event, detail: InquiryDetail, lastClose: Event | undefined) {
  const { inquiry } = detail;
  if (e.type === "RETURNED" || e.type === "WITHDRAWN") {
    const data = e.data as Data | null;
    const withdrawn = e.type === "WITHDRAWN";
    const organisationId = withdrawn ? e.targetOrganisationId : e.actorOrganisationId;
    const candidates = inquiry.assignments.filter((a) => a.organisationId === organisationId && (a.state === "WITHDRAWN") === withdrawn && a.returnReason && a.returnReason === data?.reason);
    const ended = (a: (typeof candidates)[number]) => (withdrawn ? a.closedAt : a.respondedAt);
    const distance = (at: Date | null) => Math.abs((at?.getTime() ?? 0) - e.createdAt.getTime());
    const assignment = candidates.sort((a, b) => distance(ended(a)) - distance(ended(b)))[0];
    if (!assignment) return null;
    return withdrawn
      ? { source: "WITHDRAWAL_REASON" as const, sourceId: assignment.id, text: assignment.returnReason!, lang: isLocale(data?.locale) ? data.locale : null }
      : { source: "RETURN_REASON" as const, sourceId: assignment.id, text: assignment.returnReason!, lang: null };
  }
  if (e === lastClose && inquiry.outcomeSummary?.trim()) return { source: "OUTCOME_SUMMARY" as const, sourceId: inquiry.id, text: inquiry.outcomeSummary, lang: null };
  return null;
}

/** Who did what, when: every event of the inquiry, oldest first; return and withdrawal reasons and the closing summary in the reader's language. */
export async function Timeline({ locale, detail, reading }: { locale: Locale; detail: InquiryDetail; reading: Reading }) {
  const t = await getTranslations("admin");
  const tDataProtection = await getTranslations("dataProtection");
  const labels = await organisationLabels(locale);
  const names = new Map(detail.organisations.map((o) => [o.id, labels.organisation(o)]));
  const when = new Intl.DateTimeFormat(localeTags[locale], { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });
  const targetOf = (e: Event) => (e.targetOrganisationId && names.get(e.targetOrganisationId)) || "–";
  const label = (e: Event) => {
    const data = (e.data ?? {}) as Data;
    const target = targetOf(e);
    const to = STATUSES.find((s) => s === data.to);
    const outcome = outcomeOf(data.outcome);
    // A partner's close of its own part reads differently from the inquiry's close, and so
    // does the retention job's close of an inquiry nobody worked on (lib/dataprotection/retention.ts);
    // an owner change names the new owner, or says why there is none; a mail filed by hand
    // from the unmatched list says so.
    const key =
      e.type === "CLOSED" && data.part === true
        ? "CLOSED_PART"
        : e.type === "CLOSED" && typeof data.inactiveMonths === "number"
          ? "CLOSED_INACTIVE"
          : e.type === "OWNER_CHANGED" && typeof data.ownerLabel !== "string"
            ? data.reason === "deactivated"
              ? "OWNER_DEACTIVATED"
              : "OWNER_CLEARED"
            : e.type === "REPLY_RECEIVED" && data.filedByHand === true
              ? "REPLY_FILED"
              : e.type;
    const person = (value: unknown) => (typeof value === "string" ? isolate(value) : "–");
    return t(`events.${key}`, {
      months: typeof data.inactiveMonths === "number" ? data.inactiveMonths : 0,
      owner: person(data.ownerLabel),
      previous: person(data.previousLabel),
      target,
      reason: typeof data.reason === "string" ? isolate(data.reason) : "–",
      to: to ? t(`status.${to}`) : "–",
      outcome: outcome ? t(`outcomes.${outcome}`) : data.outcome === ERASED_OUTCOME ? tDataProtection("erasedOutcome") : "–",
    });
  };
  const events = readableEvents(detail.inquiry.events);
  const lastClose = events.findLast((e) => e.type === "CLOSED" && (e.data as Data | null)?.part !== true);
  return (
    <ol className="relative space-y-3 border-s-2 border-line ps-5">
      {events.map((e) => {
        const text = entryText(e, detail, lastClose);
        return (
        <li key={String(e.id)}>
          <p className="font-semibold wrap-anywhere">{text?.source === "RETURN_REASON" ? t("events.RETURNED_TEXT") : text?.source === "WITHDRAWAL_REASON" ? t("events.WITHDRAWN_TEXT", { target: targetOf(e) }) : label(e)}</p>
          {text && (
            <>
              {text.source === "OUTCOME_SUMMARY" && <p className="mt-1 text-sm font-semibold">{t("close.summary")}</p>}
              <TranslatedText reading={reading} source={text.source} sourceId={text.sourceId} text={text.text} lang={text.lang} className="mt-1 rounded-md bg-mist p-2" />
            </>
          )}
          <p className="text-sm text-muted">
            <time dateTime={e.createdAt.toISOString()}>{when.format(e.createdAt)}</time>
            {pairSeparator(locale)}
            {t("events.by", {
              actor: e.actorLabel
                ? isolate(e.actorLabel)
                : e.actorOrganisationId
                  ? names.get(e.actorOrganisationId) ?? "–"
                  : e.type === "ANONYMISED" || e.type === "CLOSED"
                    ? tDataProtection("retentionJob")
                    : e.type === "ROUTED_TO_GATEWAY"
                      ? t("events.portal")
                      : t("events.applicant"),
            })}
          </p>
        </li>
        );
      })}
    </ol>
  );
}
