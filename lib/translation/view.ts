import "server-only";
// The translations a staff member may read on a case: exactly those of the texts the
// case page loaded for them (lib/casework/staff-detail.ts leaves out other organisations'
// private notes, and the conversation before acceptance), so a translation is never
// readable where its original is not.
import type { InquiryDetail } from "../casework/staff-detail.ts";
import { db } from "../db/client.ts";
import { isLocale, type Locale } from "../i18n/routing.ts";
import { translationsOf, type TranslationRow } from "./store.ts";
import type { TranslationSource } from "./texts.ts";

export type CaseTranslations = Map<string, TranslationRow[]>;

/** Longest translation a person may write (a text is at most 5,000 characters; Japanese to German grows). */
export const TRANSLATION_MAX_LENGTH = 8000;

/** The id of a text on the case page: where the translation forms send the browser back to. */
export const textAnchor = (source: string, sourceId: string) => `text-${source.toLowerCase()}-${sourceId}`;

export const translationKey = (source: TranslationSource, sourceId: string) => `${source}:${sourceId}`;

/** The sources the detail holds for its viewer; messages only when the viewer may read the conversation. */
export function visibleSources(detail: InquiryDetail, messageIds: readonly string[]): { source: TranslationSource; sourceId: string }[] {
  const { inquiry } = detail;
  return [
    { source: "DESCRIPTION", sourceId: inquiry.id },
    { source: "OUTCOME_SUMMARY", sourceId: inquiry.id },
    ...inquiry.assignments.flatMap((a) => [
      { source: "FORWARD_NOTE" as const, sourceId: a.id },
      { source: a.state === "WITHDRAWN" ? ("WITHDRAWAL_REASON" as const) : ("RETURN_REASON" as const), sourceId: a.id },
    ]),
    ...inquiry.notes.map((n) => ({ source: "NOTE" as const, sourceId: n.id })),
    ...(detail.contactVisible ? messageIds.map((id) => ({ source: "MESSAGE" as const, sourceId: id })) : []),
  ];
}

export function caseTranslations(detail: InquiryDetail, messageIds: readonly string[]): Promise<CaseTranslations> {
  return translationsOf(db(), detail.inquiry.id, visibleSources(detail, messageIds));
}

export type ReadingView =
  /** The text is in the reader's language, or nobody translated it and no engine will. */
  | { kind: "original" }
  | { kind: "translated"; translation: TranslationRow }
  | { kind: "pending"; failed: boolean }
  /** No translation into the reader's language, and nothing waits for one: a person may write it. */
  | { kind: "missing" };

/**
 * What the reader sees for one text: its translation into their reading language when one
 * exists, "pending" while the engine has it, else the original alone.
 */
export function readingView(rows: readonly TranslationRow[] | undefined, original: { locale: string | null }, reading: Locale): ReadingView {
  const row = rows?.find((r) => r.targetLocale === reading);
  const known = original.locale ?? rows?.find((r) => r.sourceLocale)?.sourceLocale ?? null;
  if (row?.status === "SAME" || (isLocale(known) && known === reading)) return { kind: "original" };
  if (row?.status === "DONE" && row.body) return { kind: "translated", translation: row };
  if (row?.status === "PENDING" || row?.status === "FAILED") return { kind: "pending", failed: row.status === "FAILED" };
  return { kind: "missing" };
}
