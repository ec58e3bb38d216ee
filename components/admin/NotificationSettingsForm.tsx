// The notification settings on the account page: per kind immediately / daily digest /
// off, and the language of one's mails. A plain form (works without JavaScript).
import { getTranslations } from "next-intl/server";
import { STAFF_CONTROL, TitledSection } from "@/components/admin/kit";
import { routing, type Locale } from "@/lib/i18n/routing";
import { saveNotificationSettingsAction } from "@/lib/notifications/actions";
import { NOTIFICATION_KINDS, NOTIFICATION_MODES } from "@/lib/notifications/kinds";
import type { NotificationSettings } from "@/lib/notifications/preferences";

const RESULTS = ["saved", "invalid", "notAllowed"] as const;

export async function NotificationSettingsForm({ locale, settings, result }: { locale: Locale; settings: NotificationSettings; result?: string }) {
  const t = await getTranslations("notifications");
  const tLanguages = await getTranslations("languages");
  const shown = RESULTS.find((r) => r === result);
  return (
    <TitledSection id="notifications" title={t("preferences.title")} className="mt-10 max-w-3xl">
      <p className="mt-2">{t("preferences.lead")}</p>
      {shown && (
        <p id="notifications-result" role={shown === "saved" ? "status" : "alert"} className={`mt-4 rounded-md border-2 p-3 ${shown === "saved" ? "border-ok" : "border-accent"}`}>
          {t(`preferences.result.${shown}`)}
        </p>
      )}
      <form action={saveNotificationSettingsAction} className="mt-4 space-y-5">
        <input type="hidden" name="locale" value={locale} />
        {NOTIFICATION_KINDS.map((kind) => (
          <fieldset key={kind} className="rounded-md border border-line p-3">
            <legend className="px-1 font-semibold">{t(`kinds.${kind}`)}</legend>
            <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2">
              {NOTIFICATION_MODES.map((mode) => (
                <label key={mode} className="inline-flex cursor-pointer items-center gap-2">
                  <input type="radio" name={`mode-${kind}`} value={mode} defaultChecked={settings.modes[kind] === mode} className="size-5" />
                  {t(`modes.${mode}`)}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <div className="max-w-md">
          <label htmlFor="mail-locale" className="font-semibold">
            {t("preferences.language")}
          </label>
          <p id="mail-locale-hint" className="text-sm text-muted">
            {t("preferences.languageHint")}
          </p>
          <select id="mail-locale" name="mailLocale" defaultValue={settings.mailLocale ?? ""} aria-describedby="mail-locale-hint" className={STAFF_CONTROL}>
            <option value="">{t("preferences.followUi", { language: tLanguages(locale) })}</option>
            {routing.locales.map((l) => (
              <option key={l} value={l} lang={l}>
                {tLanguages(l)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button-primary cursor-pointer">
          {t("preferences.save")}
        </button>
      </form>
    </TitledSection>
  );
}
