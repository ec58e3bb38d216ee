import "server-only";
// Translations for the staff area's downloads (the inbox export, the programme report):
// the catalog, the inquiry's answers, the staff area and the report, loaded directly so
// that route handlers and tests translate exactly as the pages do.
import { createTranslator } from "next-intl";
import deUi from "../../messages/de.json";
import enUi from "../../messages/en.json";
import jaUi from "../../messages/ja.json";
import deInquiry from "../../messages/inquiry/de.json";
import enInquiry from "../../messages/inquiry/en.json";
import jaInquiry from "../../messages/inquiry/ja.json";
import deAdmin from "../../messages/admin/de.json";
import enAdmin from "../../messages/admin/en.json";
import jaAdmin from "../../messages/admin/ja.json";
import deReport from "../../messages/report/de.json";
import enReport from "../../messages/report/en.json";
import jaReport from "../../messages/report/ja.json";
import type { Locale } from "./routing.ts";
import type { Translate } from "./translator.ts";

const MESSAGES = {
  de: { ...deUi, ...deInquiry, ...deAdmin, ...deReport },
  ja: { ...jaUi, ...jaInquiry, ...jaAdmin, ...jaReport },
  en: { ...enUi, ...enInquiry, ...enAdmin, ...enReport },
} as const;
const translators = new Map<Locale, Translate>();

export function exportTranslator(locale: Locale): Translate {
  let t = translators.get(locale);
  if (!t) {
    t = createTranslator({ locale, messages: MESSAGES[locale] as typeof MESSAGES.de, timeZone: "Europe/Berlin" }) as unknown as Translate;
    translators.set(locale, t);
  }
  return t;
}
