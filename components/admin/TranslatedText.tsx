import { getTranslations } from "next-intl/server";
import { STAFF_CONTROL } from "@/components/admin/kit";
import { retryTranslationAction, saveTranslationAction } from "@/lib/translation/actions";
import type { Reading } from "@/lib/translation/reading";
import { scriptLocale, type TranslationSource } from "@/lib/translation/texts";
import { readingView, textAnchor, TRANSLATION_MAX_LENGTH, translationKey } from "@/lib/translation/view";
import { isLocale, localeTags, type Locale } from "@/lib/i18n/routing";

type Props = {
  reading: Reading;
  source: TranslationSource;
  sourceId: string;
  text: string;
  /** The language the text was written in, when the portal knows it. */
  lang: string | null;
  className?: string;
};

// hyphens-auto: a long German compound breaks at a hyphen (by the paragraph's lang) before breaking anywhere.
const TEXT = "whitespace-pre-line wrap-anywhere hyphens-auto [unicode-bidi:plaintext]";

/**
 * One free text of a case in the reader's language (decision 0028): the original beside
 * its translation (side by side where the column is wide enough, stacked on a phone), each
 * with its own lang attribute, the translation labelled with who or what wrote it; "pending"
 * with a retry while the engine has it; and, for those who may, a form to write or correct
 * it. "Show originals only" (?original=1) leaves the original alone.
 */
export async function TranslatedText({ reading, source, sourceId, text, lang, className }: Props) {
  const t = await getTranslations("translation");
  const rows = reading.translations.get(translationKey(source, sourceId));
  // Recorded with the text, else as the engine or a translator found it, else by its script (kana: Japanese).
  const original = isLocale(lang) ? lang : (rows?.find((r) => r.sourceLocale)?.sourceLocale ?? scriptLocale(text));
  const originalLang = isLocale(original) ? original : undefined;
  const view = readingView(rows, { locale: originalLang ?? null }, reading.reading);
  const languages = new Intl.DisplayNames([localeTags[reading.locale]], { type: "language" });
  const languageOf = (l: Locale) => languages.of(l) ?? l;
  const date = new Intl.DateTimeFormat(localeTags[reading.locale], { dateStyle: "medium", timeZone: "Europe/Berlin" });
  const anchor = textAnchor(source, sourceId);
  const body = <p lang={originalLang} className={TEXT}>{text}</p>;
  if (!text.trim() || reading.originalOnly || view.kind === "original") return <div id={anchor} className={className}>{body}</div>;

  const form = reading.mayTranslate && (view.kind === "missing" || view.kind === "translated") && (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm font-semibold">{view.kind === "translated" ? t("edit") : t("add", { language: languageOf(reading.reading) })}</summary>
      <form action={saveTranslationAction} className="mt-2">
        <input type="hidden" name="locale" value={reading.locale} />
        <input type="hidden" name="reference" value={reading.reference} />
        <input type="hidden" name="source" value={source} />
        <input type="hidden" name="sourceId" value={sourceId} />
        <input type="hidden" name="targetLocale" value={reading.reading} />
        <label htmlFor={`${anchor}-translation`} className="block text-sm font-semibold">
          {t("bodyLabel", { language: languageOf(reading.reading) })}
        </label>
        <textarea id={`${anchor}-translation`} name="body" lang={reading.reading} rows={4} required maxLength={TRANSLATION_MAX_LENGTH} defaultValue={view.kind === "translated" ? view.translation.body : ""} className={STAFF_CONTROL} />
        <button type="submit" className="button-secondary mt-2 cursor-pointer !py-1.5">
          {t("save")}
        </button>
      </form>
    </details>
  );

  if (view.kind === "translated") {
    const row = view.translation;
    const when = row.translatedAt ? date.format(row.translatedAt) : "";
    const name = row.translatorLabel ?? "–";
    const label = row.authored
      ? t("authored", { name, language: languageOf(reading.reading) })
      : row.kind === "MACHINE"
        ? t("machine", { engine: row.engine ?? "–", date: when })
        : row.engine
          ? t("reviewed", { engine: row.engine, name, date: when })
          : t("human", { name, date: when });
    const originalLabel = row.authored
      ? t("sent", { language: originalLang ? languageOf(originalLang) : "–" })
      : originalLang
        ? t("original", { language: languageOf(originalLang) })
        : t("originalUnknown");
    return (
      <div id={anchor} className={`@container ${className ?? ""}`}>
        <div className="grid gap-3 @lg:grid-cols-2" data-testid="side-by-side">
          <div className="min-w-0">
            <p className="text-xs font-semibold text-muted">{originalLabel}</p>
            {body}
          </div>
          <div className="min-w-0 border-line @lg:border-s @lg:ps-3 max-@lg:border-t max-@lg:pt-2">
            <p className="text-xs font-semibold text-muted" data-testid="translation-label">{label}</p>
            <p lang={reading.reading} className={TEXT}>{row.body}</p>
          </div>
        </div>
        {form}
      </div>
    );
  }

  return (
    <div id={anchor} className={className}>
      {body}
      {view.kind === "pending" && (
        <div className="mt-2 rounded-md border border-line p-2 text-sm" role="status">
          <p className="font-semibold">{t("pending")}</p>
          <p>{view.failed ? t("failed") : t("pendingHint")}</p>
          {reading.mayTranslate && (
            <form action={retryTranslationAction} className="mt-1">
              <input type="hidden" name="locale" value={reading.locale} />
              <input type="hidden" name="reference" value={reading.reference} />
              <input type="hidden" name="anchor" value={anchor} />
              <button type="submit" className="button-secondary cursor-pointer !py-1">
                {t("retry")}
              </button>
            </form>
          )}
        </div>
      )}
      {form}
    </div>
  );
}
