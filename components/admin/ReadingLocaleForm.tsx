import { getTranslations } from "next-intl/server";
import { ResultBanner, STAFF_CONTROL, TitledSection } from "@/components/admin/kit";
import { locales, localeTags, type Locale } from "@/lib/i18n/routing";
import { saveReadingLocaleAction } from "@/lib/translation/actions";

/** The account page's reading language (lib/translation/reading.ts): works without JavaScript. */
export async function ReadingLocaleForm({ locale, chosen, result }: { locale: Locale; chosen: Locale | null; result?: string }) {
  const t = await getTranslations("translation.account");
  return (
    <TitledSection id="reading" title={t("title")} className="mt-10 max-w-xl">
      <p className="mt-2">{t("lead")}</p>
      {(result === "saved" || result === "invalid") && <ResultBanner ok={result === "saved"}>{t(result)}</ResultBanner>}
      <form action={saveReadingLocaleAction} className="mt-4 space-y-3">
        <input type="hidden" name="locale" value={locale} />
        <label htmlFor="reading-locale" className="block font-semibold">
          {t("label")}
        </label>
        <select id="reading-locale" name="readingLocale" defaultValue={chosen ?? ""} className={`${STAFF_CONTROL} max-w-xs`}>
          <option value="">{t("default")}</option>
          {locales.map((l) => (
            // Each language in its own name and script, as language switchers do.
            <option key={l} value={l} lang={l}>
              {new Intl.DisplayNames([localeTags[l]], { type: "language" }).of(l)}
            </option>
          ))}
        </select>
        <button type="submit" className="button-primary cursor-pointer">
          {t("save")}
        </button>
      </form>
    </TitledSection>
  );
}
