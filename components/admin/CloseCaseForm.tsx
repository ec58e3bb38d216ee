"use client";
// The deliberate close (decision 0017): outcome (nothing preselected), optional figures,
// a short summary, then a confirmation step on the same page. useActionState keeps
// what was typed between the steps, with or without JavaScript.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormErrorAlert } from "@/components/admin/FormErrorAlert";
import { STAFF_CONTROL } from "@/components/admin/kit";
import { describedBy, ErrorMessage, Field, Hint } from "@/components/ui/Field";
import { SelectField } from "@/components/ui/SelectField";
import { SUMMARY_MAX, type CloseFormState } from "@/lib/casework/closing";
import { OUTCOMES, OUTCOMES_WITH_FIGURES, type Outcome } from "@/lib/domain/workflow";
import { INVESTMENT_BANDS } from "@/lib/inquiries/schema";

type Props = {
  locale: string;
  reference: string;
  version: number;
  /** "inquiry": the gateway closes the inquiry; "part": a partner closes its own assignment. */
  scope: "inquiry" | "part";
  action: (state: CloseFormState, form: FormData) => Promise<CloseFormState>;
};

const SMALL_LABEL = "block text-sm font-semibold";

export function CloseCaseForm({ locale, reference, version, scope, action }: Props) {
  const t = useTranslations("admin");
  const [state, formAction, pending] = useActionState(action, { step: "edit", values: {} });
  const { values, errors = {} } = state;
  const error = (field: keyof typeof errors) => (errors[field] ? t(`close.errors.${errors[field]}`) : undefined);
  const hidden = (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="reference" value={reference} />
      <input type="hidden" name="version" value={version} />
    </>
  );

  if (state.step === "confirm") {
    const outcome = values.outcome as Outcome;
    const withFigures = (OUTCOMES_WITH_FIGURES as readonly string[]).includes(outcome);
    const given = (v: string | undefined) => v || t("close.notGiven");
    return (
      <form action={formAction} className="rounded-md border-2 border-ink p-3" aria-labelledby="close-confirm-heading">
        {hidden}
        {Object.entries(values).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <h3 id="close-confirm-heading" className="font-bold">
          {t("close.confirmTitle")}
        </h3>
        <p className="mt-1">{t(scope === "inquiry" ? "close.confirmInquiry" : "close.confirmPart")}</p>
        <dl className="mt-2 space-y-1">
          <dt className="text-sm font-semibold">{t("close.outcome")}</dt>
          <dd>{t(`outcomes.${outcome}`)}</dd>
          {withFigures && (
            <>
              <dt className="text-sm font-semibold">{t("close.jobs")}</dt>
              <dd>{given(values.jobs)}</dd>
              <dt className="text-sm font-semibold">{t("close.investment")}</dt>
              <dd>{values.investment ? t(`close.investmentBands.${values.investment as (typeof INVESTMENT_BANDS)[number]}`) : t("close.notGiven")}</dd>
              <dt className="text-sm font-semibold">{t("close.municipality")}</dt>
              <dd>
                <bdi>{given(values.municipality)}</bdi>
              </dd>
            </>
          )}
          <dt className="text-sm font-semibold">{t("close.summary")}</dt>
          <dd className="whitespace-pre-line wrap-anywhere [unicode-bidi:plaintext]">{values.summary}</dd>
        </dl>
        <div className="mt-3 flex flex-wrap gap-2">
          <button type="submit" name="intent" value="confirm" className="button-primary cursor-pointer !py-1.5" disabled={pending}>
            {t("close.confirm")}
          </button>
          <button type="submit" name="intent" value="edit" className="button-secondary cursor-pointer !py-1.5" disabled={pending}>
            {t("close.change")}
          </button>
        </div>
      </form>
    );
  }

  const hasErrors = Object.keys(errors).length > 0;
  return (
    <form action={formAction} className="rounded-md border border-line p-3" aria-labelledby="close-heading" noValidate>
      {hidden}
      <h3 id="close-heading" className="font-bold">
        {t(scope === "inquiry" ? "close.titleInquiry" : "close.titlePart")}
      </h3>
      <p className="mt-1 text-sm">{t(scope === "inquiry" ? "close.introInquiry" : "close.introPart")}</p>
      {hasErrors && (
        <div className="mt-3">
          <FormErrorAlert title={t("close.errorTitle")} message={Object.values(errors).map((e) => t(`close.errors.${e}`)).join(" ")} />
        </div>
      )}
      <fieldset className="mt-3" aria-describedby={describedBy("outcome", true, errors.outcome)}>
        <legend className={SMALL_LABEL}>{t("close.outcome")}</legend>
        <Hint name="outcome">{t("close.outcomeHint")}</Hint>
        <ErrorMessage name="outcome" error={error("outcome")} />
        <ul className="mt-1 space-y-1">
          {OUTCOMES.map((o) => (
            <li key={o}>
              <label className="inline-flex items-start gap-2">
                <input type="radio" name="outcome" value={o} defaultChecked={values.outcome === o} className="mt-1 h-4 w-4" />
                {t(`outcomes.${o}`)}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset className="mt-3 space-y-2">
        <legend className={SMALL_LABEL}>{t("close.figures")}</legend>
        <Field id="close-jobs" name="jobs" label={t("close.jobs")} labelClassName="block text-sm" error={error("jobs")}>
          <input
            id="close-jobs"
            name="jobs"
            type="number"
            inputMode="numeric"
            min={0}
            max={1000000}
            defaultValue={values.jobs}
            aria-invalid={errors.jobs ? true : undefined}
            aria-describedby={describedBy("jobs", false, errors.jobs)}
            className={STAFF_CONTROL}
          />
        </Field>
        <SelectField
          id="close-investment"
          name="investment"
          label={t("close.investment")}
          labelClassName="block text-sm"
          selectClassName={STAFF_CONTROL}
          value={values.investment}
          emptyLabel={t("close.notGiven")}
          options={INVESTMENT_BANDS.map((b) => ({ value: b, label: t(`close.investmentBands.${b}`) }))}
        />
        <Field id="close-municipality" name="municipality" label={t("close.municipality")} labelClassName="block text-sm">
          <input id="close-municipality" name="municipality" maxLength={120} defaultValue={values.municipality} className={STAFF_CONTROL} />
        </Field>
      </fieldset>
      <Field id="close-summary" name="summary" label={t("close.summary")} hint={t("close.summaryHint")} error={error("summary")} labelClassName={`${SMALL_LABEL} mt-3`}>
        <textarea
          id="close-summary"
          name="summary"
          rows={3}
          maxLength={SUMMARY_MAX}
          defaultValue={values.summary}
          aria-invalid={errors.summary ? true : undefined}
          aria-describedby={describedBy("summary", true, errors.summary)}
          className={STAFF_CONTROL}
        />
      </Field>
      <button type="submit" name="intent" value="review" className="button-secondary mt-3 cursor-pointer !py-1.5" disabled={pending}>
        {t("close.review")}
      </button>
    </form>
  );
}
