"use client";
// Look up an applicant by e-mail address, then download their data or erase it.
// Works without JavaScript: both forms post to one Server Action (useActionState).
import { useActionState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { ERASURE_REASONS } from "@/lib/dataprotection/grounds";
import type { ApplicantPanelState } from "@/lib/dataprotection/panel-state";
import { joinList } from "@/lib/i18n/lists";
import { Link } from "@/lib/i18n/navigation";
import { STAFF_CONTROL, TitledSection } from "@/components/admin/kit";

type Props = {
  locale: string;
  initial: ApplicantPanelState;
  action: (previous: ApplicantPanelState, form: FormData) => Promise<ApplicantPanelState>;
};

const STATUSES = ["NEW", "TRIAGED", "FORWARDED", "ACCEPTED", "IN_PROGRESS", "CLOSED"] as const;

export function ApplicantDataPanel({ locale, initial, action }: Props) {
  const t = useTranslations("dataProtection");
  const tStatus = useTranslations("admin.status");
  const format = useFormatter();
  const [state, formAction, pending] = useActionState(action, initial);
  const inquiries = state.inquiries ?? [];
  const ok = state.result === "erased";
  const message =
    state.result === "erased"
      ? t("result.erased", { count: state.erased?.length ?? 0, references: joinList(state.erased ?? [], locale) })
      : state.result && t(`result.${state.result}`);

  return (
    <div className="mt-8 space-y-10">
      <TitledSection id="lookup" title={t("lookup.heading")} className="max-w-xl">
        <form action={formAction} className="mt-4">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="intent" value="lookup" />
          <label htmlFor="applicant-email" className="font-semibold">
            {t("lookup.email")}
          </label>
          <p id="applicant-email-hint" className="text-sm text-muted">
            {t("lookup.hint")}
          </p>
          <input
            id="applicant-email"
            name="email"
            type="email"
            required
            maxLength={320}
            autoComplete="off"
            defaultValue={state.emailInput ?? state.email ?? ""}
            key={state.emailInput ?? state.email ?? ""}
            aria-describedby={state.result === "invalidEmail" ? "applicant-email-hint panel-result" : "applicant-email-hint"}
            aria-invalid={state.result === "invalidEmail" || undefined}
            className={STAFF_CONTROL}
          />
          <button type="submit" disabled={pending} className="button-primary mt-3 cursor-pointer">
            {t("lookup.submit")}
          </button>
        </form>
      </TitledSection>

      {message && (
        <p id="panel-result" role={ok ? "status" : "alert"} className={`rounded-md border-2 p-3 ${ok ? "border-ok" : "border-accent"}`}>
          {message}
        </p>
      )}

      {state.email && (inquiries.length > 0 || (state.registrations ?? 0) > 0) && (
        <section aria-labelledby="applicant-heading">
          <h2 id="applicant-heading" className="text-2xl font-bold break-all">
            {t("list.heading", { email: state.email })}
          </h2>
          <div className="mt-3 overflow-x-auto">
            <table className="w-full min-w-[40rem] border-collapse text-sm">
              <thead>
                <tr className="border-b-2 border-ink">
                  {(["reference", "company", "contact", "status", "submitted"] as const).map((c) => (
                    <th key={c} scope="col" className="px-2 py-2 text-start">
                      {t(`list.${c}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {inquiries.map((i) => {
                  const status = STATUSES.find((s) => s === i.status);
                  return (
                    <tr key={i.reference} className="border-b border-line">
                      <td className="px-2 py-2 whitespace-nowrap">
                        <Link href={`/admin/inquiries/${i.reference}`} className="font-semibold">
                          {i.reference}
                        </Link>
                      </td>
                      <td className="px-2 py-2 wrap-anywhere"><bdi>{i.companyName}</bdi></td>
                      <td className="px-2 py-2 wrap-anywhere"><bdi>{i.contactName}</bdi></td>
                      <td className="px-2 py-2">{status ? tStatus(status) : i.status}</td>
                      <td className="px-2 py-2 whitespace-nowrap">{format.dateTime(new Date(i.submittedAt), { dateStyle: "medium" })}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>

          {(state.registrations ?? 0) > 0 && <p className="mt-4">{t("list.registrations", { count: state.registrations ?? 0 })}</p>}

          <form method="post" action={`/${locale}/admin/data-protection/export`} className="mt-6">
            <input type="hidden" name="email" value={state.email} />
            <button type="submit" className="button-secondary cursor-pointer">
              {t("download")}
            </button>
            <p className="mt-1 text-sm text-muted">{t("downloadHint")}</p>
          </form>

          <details className="mt-8 rounded-md border-2 border-accent p-4">
            <summary className="cursor-pointer font-semibold">{t("erase.summary")}</summary>
            <form action={formAction} className="mt-4 space-y-4">
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="intent" value="erase" />
              <input type="hidden" name="email" value={state.email} />
              <p>{t("erase.warning", { count: inquiries.length })}</p>
              <div>
                <label htmlFor="erase-reason" className="font-semibold">
                  {t("erase.reason")}
                </label>
                <select id="erase-reason" name="reason" required defaultValue="" className={STAFF_CONTROL}>
                  <option value="" disabled>
                    {t("erase.chooseReason")}
                  </option>
                  {ERASURE_REASONS.map((r) => (
                    <option key={r} value={r}>
                      {t(`reasons.${r}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="flex items-start gap-2">
                <input id="erase-confirm" name="confirm" type="checkbox" value="yes" required className="mt-1 size-4" />
                <label htmlFor="erase-confirm">{t("erase.confirm")}</label>
              </div>
              <button type="submit" disabled={pending} className="cursor-pointer rounded-md bg-accent px-4 py-2 font-semibold text-white">
                {t("erase.submit")}
              </button>
            </form>
          </details>
        </section>
      )}
    </div>
  );
}
