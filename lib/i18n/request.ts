import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { routing, type Locale } from "./routing";

// Messages come in three files per language: the shared UI (messages/<locale>.json),
// long-form page content (messages/content/), the inquiry journey (messages/inquiry/)
// and the staff area (messages/admin/).
async function loadMessages(locale: Locale) {
  const [ui, content, inquiry, admin] = await Promise.all([
    import(`../../messages/${locale}.json`),
    import(`../../messages/content/${locale}.json`),
    import(`../../messages/inquiry/${locale}.json`),
    import(`../../messages/admin/${locale}.json`),
  ]);
  return { ...ui.default, ...content.default, ...inquiry.default, ...admin.default };
}

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, messages: await loadMessages(locale), timeZone: "Europe/Berlin" };
});
