// ISO 3166-1 alpha-2 codes (and XK, Kosovo, in common use) for the headquarters
// question. Names come from Intl.DisplayNames in the reader's language.

export const COUNTRY_CODES = [
  "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ", "BA", "BB", "BD", "BE",
  "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS", "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD",
  "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN", "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM",
  "DO", "DZ", "EC", "EE", "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
  "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM", "HN", "HR", "HT", "HU",
  "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM", "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN",
  "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME",
  "MF", "MG", "MH", "MK", "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
  "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG", "PH", "PK", "PL", "PM",
  "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW", "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI",
  "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS", "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK",
  "TL", "TM", "TN", "TO", "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
  "VN", "VU", "WF", "WS", "XK", "YE", "YT", "ZA", "ZM", "ZW",
] as const;
export type CountryCode = (typeof COUNTRY_CODES)[number];

/**
 * Shown first: where almost every applicant is based (Japan, Germany), then their
 * neighbours (Korea, China, Taiwan; the Netherlands, Belgium, Austria, Switzerland, France).
 */
export const COMMON_COUNTRIES = ["JP", "DE", "KR", "CN", "TW", "NL", "BE", "AT", "CH", "FR"] as const satisfies readonly CountryCode[];

// Names that read better in a list than the CLDR's long official forms.
const SHORT_NAMES: Partial<Record<string, Partial<Record<CountryCode, string>>>> = {
  ja: { HK: "香港", MO: "マカオ" },
};

// Kana readings of the Japanese names that begin with kanji: a Japanese list is in
// gojūon order of the reading, which no collator can know for kanji (ICU puts
// 韓国, 中国 and 台湾 after every katakana name).
const JAPANESE_READINGS: Partial<Record<CountryCode, string>> = {
  AQ: "なんきょく",
  AS: "べいりょうさもあ",
  CF: "ちゅうおうあふりかきょうわこく",
  CN: "ちゅうごく",
  EH: "にしさはら",
  GF: "ふつりょうぎあな",
  GQ: "せきどうぎにあ",
  HK: "ほんこん",
  IO: "えいりょういんどようちいき",
  JP: "にほん",
  KP: "きたちょうせん",
  KR: "かんこく",
  MK: "きたまけどにあ",
  MP: "きたまりあなしょとう",
  PF: "ふつりょうぽりねしあ",
  SS: "みなみすーだん",
  TF: "ふつりょうきょくなんしょとう",
  TL: "ひがしてぃもーる",
  TW: "たいわん",
  UM: "がっしゅうこくりょうゆうしょうりとう",
  VG: "えいりょうゔぁーじんしょとう",
  VI: "べいりょうゔぁーじんしょとう",
  ZA: "みなみあふりか",
};

// Building an Intl.DisplayNames is far dearer than asking it: one per locale.
const displayNames = new Map<string, Intl.DisplayNames>();

/** The country's name in `locale`, falling back to the code; Japanese names with full-width parentheses. */
export function countryName(code: string, locale: string): string {
  const short = SHORT_NAMES[locale]?.[code as CountryCode];
  if (short) return short;
  try {
    let names = displayNames.get(locale);
    if (!names) {
      names = new Intl.DisplayNames([locale], { type: "region", fallback: "code" });
      displayNames.set(locale, names);
    }
    const name = names.of(code) ?? code;
    return locale === "ja" ? name.replace(/\s*\(/g, "（").replace(/\)/g, "）") : name;
  } catch {
    return code;
  }
}

/** What a country is sorted by: in Japanese its kana reading where the name begins with kanji. */
function sortKey(code: CountryCode, name: string, locale: string): string {
  return (locale === "ja" && JAPANESE_READINGS[code]) || name;
}

/** Common countries first, then all others sorted by their name (in Japanese by its reading) in `locale`. */
export function countryOptions(locale: string): { code: CountryCode; name: string; common: boolean }[] {
  const collator = new Intl.Collator(locale);
  const common = COMMON_COUNTRIES.map((code) => ({ code, name: countryName(code, locale), common: true }));
  const others = COUNTRY_CODES.filter((c) => !(COMMON_COUNTRIES as readonly string[]).includes(c))
    .map((code) => ({ code, name: countryName(code, locale), common: false }))
    .map((option) => ({ option, key: sortKey(option.code, option.name, locale) }))
    .sort((a, b) => collator.compare(a.key, b.key))
    .map(({ option }) => option);
  return [...common, ...others];
}
