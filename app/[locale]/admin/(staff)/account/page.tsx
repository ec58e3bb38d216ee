import type { Metadata } from "next";
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { mustEnrolTwoFactor, ROLES_REQUIRING_TWO_FACTOR } from "@/lib/auth/permissions";
import { accountSecurityPath, requireSignedIn } from "@/lib/auth/session";
import { twoFactorState } from "@/lib/auth/two-factor";
import { ResultBanner, StaffTextField, TitledSection } from "@/components/admin/kit";
import { confirmEnrolmentAction, disableTwoFactorAction, startEnrolmentAction } from "@/lib/auth/account-actions";
import { NotificationSettingsForm } from "@/components/admin/NotificationSettingsForm";
import { hasNotificationSettings, notificationSettings } from "@/lib/notifications/preferences";
import { ReadingLocaleForm } from "@/components/admin/ReadingLocaleForm";
import { can } from "@/lib/auth/permissions";
import { chosenReadingLocale } from "@/lib/translation/reading";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ result?: string | string[]; notifications?: string | string[]; reading?: string | string[] }> };

const RESULTS = ["started", "enabled", "disabled", "wrongPassword", "alreadyOn", "invalidCode", "notStarted", "required"] as const;
const OK_RESULTS: readonly string[] = ["started", "enabled", "disabled"];

/** Starting the set-up and switching it off both ask for the password again. */
function PasswordForm(props: { action: (form: FormData) => Promise<void>; locale: string; id: string; label: string; submit: string }) {
  return (
    <form action={props.action} className="mt-4 space-y-3">
      <input type="hidden" name="locale" value={props.locale} />
      <StaffTextField id={props.id} label={props.label} name="password" type="password" required autoComplete="current-password" />
      <button type="submit" className="button-primary cursor-pointer">
        {props.submit}
      </button>
    </form>
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "account.security" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** The account page for every staff member: TOTP two-factor authentication, and one's notifications (those who receive them). */
export default async function AccountSecurityPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  // The one staff page open to an administrator who has not set up two-factor authentication yet.
  const staff = await requireSignedIn(locale, accountSecurityPath(locale));
  const t = await getTranslations("account.security");
  const query = await searchParams;
  const requested = query.result;
  const result = RESULTS.find((r) => r === requested);
  const state = await twoFactorState(staff);
  const ok = result !== undefined && OK_RESULTS.includes(result);

  return (
    <div className="container-page py-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3 max-w-3xl">{t("lead")}</p>
      {mustEnrolTwoFactor(staff) && (
        <p className="mt-4 max-w-3xl rounded-md border-2 border-warn bg-paper p-3 font-semibold">{t("required")}</p>
      )}
      {result && (
        <ResultBanner ok={ok} className="max-w-3xl">
          {t(`result.${result}`)}
        </ResultBanner>
      )}
      <p className="mt-6">
        <span className="font-semibold">{t("status")}:</span> <span id="two-factor-status">{t(`states.${state.status}`)}</span>
      </p>

      {state.status === "off" && (
        <TitledSection id="start" title={t("start.heading")} className="mt-8 max-w-xl">
          <p className="mt-2">{t("start.lead")}</p>
          <PasswordForm action={startEnrolmentAction} locale={locale} id="start-password" label={t("start.password")} submit={t("start.submit")} />
        </TitledSection>
      )}

      {state.status === "pending" && (
        <div className="mt-8 max-w-3xl space-y-8">
          <TitledSection id="scan" title={t("pending.scanHeading")}>
            <p className="mt-2">{t("pending.scan")}</p>
            <div
              role="img"
              aria-label={t("pending.qrLabel")}
              className="mt-3 w-56 border border-line bg-white p-2 [&>svg]:h-auto [&>svg]:w-full"
              // Server-rendered SVG from uqr: only rects and paths built from the otpauth URI, no script.
              dangerouslySetInnerHTML={{ __html: state.qrSvg }}
            />
            <p className="mt-3">{t("pending.manual")}</p>
            <p>
              <code id="totp-secret" className="inline-block rounded bg-mist px-2 py-1 font-mono text-lg break-all">
                {state.secret}
              </code>
            </p>
          </TitledSection>
          <TitledSection id="backup" title={t("pending.backupHeading")}>
            <p className="mt-2">{t("pending.backup")}</p>
            <ul id="backup-codes" className="mt-3 grid max-w-md grid-cols-2 gap-2 font-mono">
              {state.backupCodes.map((code) => (
                <li key={code} className="rounded bg-mist px-2 py-1">
                  {code}
                </li>
              ))}
            </ul>
          </TitledSection>
          <TitledSection id="confirm" title={t("pending.confirmHeading")} className="max-w-xl">
            <p className="mt-2">{t("pending.confirm")}</p>
            <form action={confirmEnrolmentAction} className="mt-4 space-y-3">
              <input type="hidden" name="locale" value={locale} />
              <StaffTextField
                id="confirm-code"
                label={t("pending.code")}
                name="code"
                type="text"
                inputMode="numeric"
                autoComplete="one-time-code"
                pattern="[0-9 ]{6,7}"
                maxLength={7}
                required
                className="max-w-40 font-mono tracking-widest"
              />
              <button type="submit" className="button-primary cursor-pointer">
                {t("pending.submit")}
              </button>
            </form>
          </TitledSection>
        </div>
      )}

      {state.status === "on" && (
        <div className="mt-4 max-w-xl">
          <p>{t("active.backupLeft", { count: state.backupCodesLeft })}</p>
          <TitledSection id="disable" title={t("active.disableHeading")} className="mt-8">
            {ROLES_REQUIRING_TWO_FACTOR.includes(staff.role) ? (
              <p className="mt-2">{t("active.cannotDisable")}</p>
            ) : (
              <>
                <p className="mt-2">{t("active.disableLead")}</p>
                <PasswordForm action={disableTwoFactorAction} locale={locale} id="disable-password" label={t("active.password")} submit={t("active.disableSubmit")} />
              </>
            )}
          </TitledSection>
        </div>
      )}

      {hasNotificationSettings(staff) && !mustEnrolTwoFactor(staff) && (
        <NotificationSettingsForm locale={locale} settings={await notificationSettings(staff)} result={typeof query.notifications === "string" ? query.notifications : undefined} />
      )}
      {(can(staff, "inquiry.readAll") || can(staff, "inquiry.readAssigned")) && (
        <ReadingLocaleForm locale={locale} chosen={await chosenReadingLocale(staff)} result={typeof query.reading === "string" ? query.reading : undefined} />
      )}
    </div>
  );
}
