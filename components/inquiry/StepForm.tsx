"use client";
// One step of the journey. The form posts to a Server Action: with JavaScript
// the browser first checks the answers with the same zod schema the server
// uses; without it the page posts and re-renders with the returned state.
// In production the steps are sent without Next.js's client runtime (decision
// 0031): the check in the browser is then lib/inquiries/step-script.ts, which
// reads its texts from the form's STEP_TEXT_ATTRIBUTE; the React code below runs
// in development and renders the markup both share.
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { saveStep } from "@/lib/inquiries/actions";
import { DIRECTIONS, SECTORS, SIZE_BANDS, SUPPORT_SERVICES, TIMELINES } from "@/lib/domain/catalog";
import { locales, type Locale } from "@/lib/i18n/routing";
import { HONEYPOT_FIELD, STEP_FORM_ID, STEP_TEXT_ATTRIBUTE, SWITCH_LOCALE_FIELD, type StepState, type StepText } from "@/lib/inquiries/form-state";
import { FIELD_ERRORS, formValues, INVESTMENT_BANDS, LIMITS, parseStep, PRIVACY_NOTICE_VERSION, readForm, STEP_FIELDS, type FieldErrors, type FieldName, type FormValues, type StepId } from "@/lib/inquiries/schema";
import { Link } from "@/lib/i18n/navigation";
import { ErrorSummary, type SummaryItem } from "./ErrorSummary";
import { SelectField } from "@/components/ui/SelectField";
import { ChoiceGroup, ConsentCheckbox, Honeypot, questionLook, TextArea, TextField } from "./fields";

export type CountryOption = { code: string; name: string; common: boolean };

type Props = {
  step: StepId;
  locale: Locale;
  initialValues: FormValues;
  returnToCheck: boolean;
  backHref?: string;
  countries: CountryOption[];
  municipalities: { slug: string; name: string }[];
  /** Municipality chosen before the journey, carried by the first step. */
  preselectedMunicipality?: string;
  privacyHref: string;
};

type ClientCheck = { basedOn: StepState; values: FormValues; errors: FieldErrors; count: number };

export function StepForm(props: Props) {
  const { step, locale } = props;
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(saveStep, { values: props.initialValues, errors: {}, submission: 0 });
  const [clientCheck, setClientCheck] = useState<ClientCheck>();

  // Errors found in the browser count until the server answers again.
  const current = clientCheck && clientCheck.basedOn === state ? clientCheck : undefined;
  const errors = current?.errors ?? state.errors;
  const values = state.values;
  const message = (field: FieldName) => {
    const code = errors[field];
    return code ? t(`inquiryErrors.${field}.${code}` as never) : undefined;
  };
  const items: SummaryItem[] = [
    ...(state.formError && !current ? [{ message: t(`inquiryErrors.form.${state.formError.code}` as never, { minutes: state.formError.minutes ?? 60 } as never) }] : []),
    ...(STEP_FIELDS[step] as readonly FieldName[]).filter((f) => errors[f]).map((f) => ({ field: f, message: message(f)! })),
  ];
  const common = (field: FieldName) => ({
    name: field,
    label: t(`inquiry.fields.${field}.label` as never),
    error: message(field),
    errorPrefix: t("inquiryErrors.prefix"),
  });
  const optional = (field: FieldName) => (
    <>
      {t(`inquiry.fields.${field}.label` as never)} <span className="font-normal">{t("inquiry.optional")}</span>
    </>
  );
  const text = (field: FieldName) => (typeof values[field] === "string" ? (values[field] as string) : undefined);
  const list = (field: FieldName) => (Array.isArray(values[field]) ? (values[field] as string[]) : undefined);

  function checkInBrowser(event: React.FormEvent<HTMLFormElement>) {
    // The header's language switch keeps the input as it is: nothing to check.
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    if (submitter?.getAttribute("name") === SWITCH_LOCALE_FIELD) return;
    const raw = readForm(step, new FormData(event.currentTarget));
    const result = parseStep(step, raw);
    if (result.ok) {
      setClientCheck(undefined);
      return;
    }
    event.preventDefault();
    setClientCheck({ basedOn: state, values: formValues(step, raw), errors: result.errors, count: (clientCheck?.count ?? 0) + 1 });
  }

  // The step's texts for the script that checks it in production, in this page's language.
  const stepText: StepText = {
    summaryTitle: t("inquiryErrors.summaryTitle"),
    prefix: t("inquiryErrors.prefix"),
    errors: Object.fromEntries(
      (STEP_FIELDS[step] as readonly FieldName[]).map((field) => [field, Object.fromEntries(FIELD_ERRORS[field].map((code) => [code, t(`inquiryErrors.${field}.${code}` as never)]))]),
    ),
    ...(step === "plans" && { count: t.raw("inquiry.fields.description.count") as string, over: t.raw("inquiry.fields.description.over") as string }),
  };

  return (
    <>
      <ErrorSummary items={items} focusKey={state.submission * 1000 + (current?.count ?? 0)} />
      <form id={STEP_FORM_ID} key={state.submission} action={formAction} onSubmit={checkInBrowser} noValidate className="relative mt-4" {...{ [STEP_TEXT_ATTRIBUTE]: JSON.stringify(stepText) }}>
        <input type="hidden" name="step" value={step} />
        <input type="hidden" name="locale" value={locale} />
        {props.returnToCheck && <input type="hidden" name="returnTo" value="check" />}
        {props.preselectedMunicipality && <input type="hidden" name="municipality" value={props.preselectedMunicipality} />}

        {step === "direction" && (
          <ChoiceGroup
            {...common("direction")}
            type="radio"
            value={text("direction")}
            options={DIRECTIONS.map((d) => ({ value: d, label: t(`catalog.directions.${d}`), hint: t(`inquiry.options.directionHint.${d}`) }))}
          />
        )}

        {step === "company" && (
          <>
            <TextField {...common("companyName")} hint={t("inquiry.fields.companyName.hint")} value={text("companyName")} autoComplete="organization" />
            <TextField {...common("companyNameLatin")} label={optional("companyNameLatin")} hint={t("inquiry.fields.companyNameLatin.hint")} value={text("companyNameLatin")} lang="en" />
            <TextField {...common("website")} label={optional("website")} hint={t("inquiry.fields.website.hint")} value={text("website")} type="url" autoComplete="url" />
            <TextField {...common("hqCity")} value={text("hqCity")} autoComplete="address-level2" width="w-full sm:w-96" />
            <SelectField
              {...common("hqCountry")}
              {...questionLook("hqCountry", message("hqCountry"))}
              value={text("hqCountry")}
              emptyLabel={t("inquiry.fields.hqCountry.choose")}
              autoComplete="country"
              groups={[
                { label: t("inquiry.fields.hqCountry.common"), options: props.countries.filter((c) => c.common).map((c) => ({ value: c.code, label: c.name })) },
                { label: t("inquiry.fields.hqCountry.all"), options: props.countries.filter((c) => !c.common).map((c) => ({ value: c.code, label: c.name })) },
              ]}
            />
            <ChoiceGroup {...common("sizeBand")} type="radio" value={text("sizeBand")} options={SIZE_BANDS.map((s) => ({ value: s, label: t(`inquiry.options.sizeBand.${s}`) }))} />
            <TextField {...common("foundedYear")} label={optional("foundedYear")} hint={t("inquiry.fields.foundedYear.hint")} value={text("foundedYear")} inputMode="numeric" width="w-32" />
            <ChoiceGroup
              {...common("isStartup")}
              hint={t("inquiry.fields.isStartup.hint")}
              type="radio"
              value={text("isStartup")}
              options={[
                { value: "yes", label: t("inquiry.options.yes") },
                { value: "no", label: t("inquiry.options.no") },
              ]}
            />
            <ChoiceGroup {...common("sectors")} hint={t("inquiry.fields.sectors.hint")} type="checkbox" columns value={list("sectors")} options={SECTORS.map((s) => ({ value: s, label: t(`catalog.sectors.${s}`) }))} />
          </>
        )}

        {step === "plans" && (
          <>
            <ChoiceGroup {...common("supportNeeds")} hint={t("inquiry.fields.supportNeeds.hint")} type="checkbox" columns value={list("supportNeeds")} options={SUPPORT_SERVICES.map((s) => ({ value: s, label: t(`catalog.services.${s}`) }))} />
            <ChoiceGroup {...common("timeline")} type="radio" value={text("timeline")} options={TIMELINES.map((s) => ({ value: s, label: t(`inquiry.options.timeline.${s}`) }))} />
            <SelectField
              {...common("plannedInvestment")}
              {...questionLook("plannedInvestment", message("plannedInvestment"))}
              label={optional("plannedInvestment")}
              hint={t("inquiry.fields.plannedInvestment.hint")}
              value={text("plannedInvestment")}
              emptyLabel={t("inquiry.options.noAnswer")}
              groups={[{ options: INVESTMENT_BANDS.map((b) => ({ value: b, label: t(`inquiry.options.investment.${b}`) })) }]}
            />
            <TextField {...common("plannedJobs")} label={optional("plannedJobs")} hint={t("inquiry.fields.plannedJobs.hint")} value={text("plannedJobs")} inputMode="numeric" width="w-40" />
            <ChoiceGroup
              {...common("preferredMunicipalities")}
              label={optional("preferredMunicipalities")}
              hint={t("inquiry.fields.preferredMunicipalities.hint")}
              type="checkbox"
              columns
              value={list("preferredMunicipalities")}
              options={props.municipalities.map((m) => ({ value: m.slug, label: m.name }))}
            />
            <TextArea
              {...common("description")}
              hint={t("inquiry.fields.description.hint", { min: LIMITS.descriptionMin, max: LIMITS.descriptionMax })}
              value={text("description")}
              max={LIMITS.descriptionMax}
              countLabel={(count) => t("inquiry.fields.description.count", { count, max: LIMITS.descriptionMax })}
              overLabel={(count) => t("inquiry.fields.description.over", { count })}
            />
          </>
        )}

        {step === "contact" && (
          <>
            <TextField {...common("contactName")} value={text("contactName")} autoComplete="name" />
            <TextField {...common("contactNameLatin")} label={optional("contactNameLatin")} hint={t("inquiry.fields.contactNameLatin.hint")} value={text("contactNameLatin")} lang="en" />
            <TextField {...common("contactRole")} label={optional("contactRole")} value={text("contactRole")} autoComplete="organization-title" />
            <TextField {...common("contactEmail")} hint={t("inquiry.fields.contactEmail.hint")} value={text("contactEmail")} type="email" autoComplete="email" />
            <TextField {...common("contactPhone")} hint={t("inquiry.fields.contactPhone.hint")} value={text("contactPhone")} type="tel" autoComplete="tel" width="w-full sm:w-96" />
            <ChoiceGroup
              {...common("replyLocale")}
              type="radio"
              value={text("replyLocale") ?? locale}
              options={locales.map((l) => ({ value: l, label: t(`languages.${l}`), lang: l }))}
            />
            <ConsentCheckbox
              {...common("privacyConsent")}
              checked={text("privacyConsent") === "yes"}
              checkboxLabel={t("inquiry.fields.privacyConsent.checkbox")}
              hint={t.rich("inquiry.fields.privacyConsent.hint", {
                version: PRIVACY_NOTICE_VERSION,
                link: (chunks) => (
                  <a href={props.privacyHref} target="_blank" rel="noopener" className="underline">
                    {chunks}
                  </a>
                ),
              })}
            />
            <Honeypot name={HONEYPOT_FIELD} label={t("inquiry.honeypot")} />
          </>
        )}

        <div className="mt-8 flex flex-wrap items-center gap-4">
          <button type="submit" className="button-primary cursor-pointer" aria-disabled={pending || undefined}>
            {props.returnToCheck ? t("inquiry.saveChange") : t("inquiry.continue")}
          </button>
          {props.backHref && (
            <Link href={props.backHref} className="font-semibold">
              {props.returnToCheck ? t("inquiry.backToCheck") : t("inquiry.back")}
            </Link>
          )}
        </div>
      </form>
    </>
  );
}
