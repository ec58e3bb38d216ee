// Language names in the reader's language ("Antwortsprache: Japanisch", not 日本語): staff
// pages, mails and exports name the applicant's languages this way. The language switcher
// alone shows each language in itself (messages languages.*).

// Building an Intl.DisplayNames is far dearer than asking it: one per locale.
const languageNames = new Map<string, Intl.DisplayNames>();

/** A language's name in the reader's language: "Japanisch", 日本語, "Japanese"; the code when unknown. */
export function languageName(code: string, locale: string): string {
  try {
    let names = languageNames.get(locale);
    if (!names) {
      names = new Intl.DisplayNames([locale], { type: "language", fallback: "code" });
      languageNames.set(locale, names);
    }
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
