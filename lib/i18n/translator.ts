import "server-only";
// Translations for code that runs outside a request (the submit transaction,
// the mail worker): the same message files the pages use, loaded directly.
import { createTranslator } from "next-intl";
import deAccount from "../../messages/account/de.json";
import enAccount from "../../messages/account/en.json";
import jaAccount from "../../messages/account/ja.json";
import deConversation from "../../messages/conversation/de.json";
import deNotifications from "../../messages/notifications/de.json";
import enConversation from "../../messages/conversation/en.json";
import enNotifications from "../../messages/notifications/en.json";
import jaConversation from "../../messages/conversation/ja.json";
import jaNotifications from "../../messages/notifications/ja.json";
import deInquiry from "../../messages/inquiry/de.json";
import enInquiry from "../../messages/inquiry/en.json";
import jaInquiry from "../../messages/inquiry/ja.json";
import deRegistration from "../../messages/registration/de.json";
import enRegistration from "../../messages/registration/en.json";
import jaRegistration from "../../messages/registration/ja.json";
import deUi from "../../messages/de.json";
import enUi from "../../messages/en.json";
import jaUi from "../../messages/ja.json";
import type { Locale } from "./routing.ts";

/** A translation function over the full message tree (next-intl's `t` or createTranslator's). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

const MESSAGES = {
  de: { ...deUi, ...deInquiry, ...deAccount, ...deConversation, ...deNotifications, ...deRegistration },
  ja: { ...jaUi, ...jaInquiry, ...jaAccount, ...jaConversation, ...jaNotifications, ...jaRegistration },
  en: { ...enUi, ...enInquiry, ...enAccount, ...enConversation, ...enNotifications, ...enRegistration },
} as const;

// One translator per locale for the life of the process: it keeps the parsed
// messages and the Intl formatters, which every submission's mails would
// otherwise build again. The messages are bundled, so they never change at run time.
const translators = new Map<Locale, Translate>();

/** A translator over the UI, inquiry, account, conversation, notification and registration messages of `locale`. */
export function translatorFor(locale: Locale): Translate {
  let translate = translators.get(locale);
  if (!translate) {
    const t = createTranslator({ locale, messages: MESSAGES[locale] as typeof MESSAGES.de, timeZone: "Europe/Berlin" });
    translate = (key, values) => (t as unknown as Translate)(key, values);
    translators.set(locale, translate);
  }
  return translate;
}
