import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { routing, type Locale } from "./routing.ts";

// Messages come in one file per language and area: the shared UI (messages/<locale>.json),
// long-form page content (content/), the inquiry journey (inquiry/), the staff area
// (admin/), its dashboard (dashboard/), staff account security (account/) and data
// protection (dataprotection/), the conversation with the applicant (conversation/) and staff notifications (notifications/), the programme report (report/), the content editor (contentAdmin/), translations of the cases' texts (translation/), event registration (registration/). Their top-level keys must not collide (a unit test checks).
async function loadMessages(locale: Locale) {
  const sets = await Promise.all([
    import(`../../messages/${locale}.json`),
    import(`../../messages/content/${locale}.json`),
    import(`../../messages/inquiry/${locale}.json`),
    import(`../../messages/admin/${locale}.json`),
    import(`../../messages/dashboard/${locale}.json`),
    import(`../../messages/account/${locale}.json`),
    import(`../../messages/dataprotection/${locale}.json`),
    import(`../../messages/conversation/${locale}.json`),
    import(`../../messages/notifications/${locale}.json`),
    import(`../../messages/report/${locale}.json`),
    import(`../../messages/contentAdmin/${locale}.json`),
    import(`../../messages/translation/${locale}.json`),
    import(`../../messages/registration/${locale}.json`),
  ]);
  return Object.assign({}, ...sets.map((set) => set.default));
}

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, messages: await loadMessages(locale), timeZone: "Europe/Berlin" };
});
