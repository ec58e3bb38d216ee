// How a language joins words in running text: Japanese lists take 「、」, a pair
// such as "format · place" takes 「・」, and an aside takes full-width
// parentheses, all without spaces; German and English take ", ", " · " and " (…)".

/** "A, B, C" or 「A、B、C」. */
export function joinList(items: readonly string[], locale: string): string {
  return items.join(locale === "ja" ? "、" : ", ");
}

/** What stands between the two parts of a pair: " · " or 「・」. */
export function pairSeparator(locale: string): string {
  return locale === "ja" ? "・" : " · ";
}

/** "Präsenz · Düsseldorf" or 「会場・デュッセルドルフ」. */
export function joinPair(first: string, second: string, locale: string): string {
  return `${first}${pairSeparator(locale)}${second}`;
}

/** "Text (aside)" or 「テキスト（補足）」. */
export function withAside(text: string, aside: string, locale: string): string {
  return locale === "ja" ? `${text}（${aside}）` : `${text} (${aside})`;
}

/** "Versuche: 2" or 「試行回数：2」. */
export function labelled(label: string, value: string | number, locale: string): string {
  return locale === "ja" ? `${label}：${value}` : `${label}: ${value}`;
}
