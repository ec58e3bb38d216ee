"use client";
// The registration form. It posts to a Server Action (lib/events/actions.ts):
// without JavaScript the page re-renders with the returned state, keeping what
// was typed; errors are listed at the top and at each field.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary, type SummaryItem } from "@/components/inquiry/ErrorSummary";
import { ChoiceGroup, ConsentCheckbox, Honeypot, TextField } from "@/components/inquiry/fields";
import { registerAction } from "@/lib/events/actions";
import type { RegistrationState } from "@/lib/events/form-state";
import { answerField, type EventQuestion } from "@/lib/events/questions";
import { REGISTRATION_FIELDS, type RegistrationField } from "@/lib/events/registration-schema";
import { DIRECTIONS } from "@/lib/domain/catalog";
import { HONEYPOT_FIELD } from "@/lib/inquiries/form-state";
import { locales, type Locale } from "@/lib/i18n/routing";

type Props = {
  locale: Locale;
  slug: string;
  formToken: string;
  waitingList: boolean;
  questions: EventQuestion[];
  /** Each slot with its label in both time zones. */
  slots: { id: string; label: string }[];
  privacyHref: string;
  privacyVersion: string;
};

export function RegistrationForm(props: Props) {
  const { locale } = props;
  const t = useTranslations("registration");
  const [state, formAction, pending] = useActionState(registerAction, { values: {}, errors: {}, answerErrors: {}, submission: 0 } satisfies RegistrationState);
  const values = state.values;
  const message = (field: RegistrationField) => {
    const code = state.errors[field];
    return code ? t(`errors.${field}.${code}` as never) : undefined;
  };
  const answerMessage = (q: EventQuestion) => {
    const code = state.answerErrors[q.id];
    return code ? t(`errors.question.${code}`) : undefined;
  };
  const items: SummaryItem[] = [
    ...(state.formError ? [{ message: t(`errors.form.${state.formError.code}`, { minutes: state.formError.minutes ?? 60 }) }] : []),
    ...REGISTRATION_FIELDS.filter((f) => state.errors[f] && (f !== "slot" || props.slots.length)).map((f) => ({ field: f, message: message(f)! })),
    ...props.questions.filter((q) => state.answerErrors[q.id]).map((q) => ({ field: answerField(q), message: `${q.label[locale]}: ${answerMessage(q)!}` })),
  ];
  const common = (field: RegistrationField) => ({ name: field, label: t(`fields.${field}.label` as never), error: message(field), errorPrefix: t("errors.prefix") });
  const optional = (field: RegistrationField) => (
    <>
      {t(`fields.${field}.label` as never)} <span className="font-normal">{t("page.optional")}</span>
    </>
  );
  const yesNo = [
    { value: "yes", label: t("fields.yes") },
    { value: "no", label: t("fields.no") },
  ];

  return (
    <>
      <ErrorSummary items={items} focusKey={state.submission} />
      <form action={formAction} noValidate className="mt-6" aria-busy={pending || undefined}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="event" value={props.slug} />
        <input type="hidden" name="formToken" value={state.formToken ?? props.formToken} />
        <TextField {...common("name")} hint={t("fields.name.hint")} value={values.name} autoComplete="name" />
        <TextField {...common("nameLatin")} label={optional("nameLatin")} hint={t("fields.nameLatin.hint")} value={values.nameLatin} lang="en" />
        <TextField {...common("company")} value={values.company} autoComplete="organization" />
        <TextField {...common("role")} label={optional("role")} value={values.role} autoComplete="organization-title" />
        <TextField {...common("email")} hint={t("fields.email.hint")} value={values.email} type="email" autoComplete="email" />
        <ChoiceGroup
          {...common("preferredLocale")}
          type="radio"
          value={values.preferredLocale ?? locale}
          options={locales.map((l) => ({ value: l, label: { de: "Deutsch", ja: "日本語", en: "English" }[l], lang: l }))}
        />
        <ChoiceGroup {...common("direction")} type="radio" value={values.direction} options={DIRECTIONS.map((d) => ({ value: d, label: t(`directions.${d}`) }))} />
        {props.slots.length > 0 && (
          <ChoiceGroup {...common("slot")} hint={t("fields.slot.hint")} type="radio" value={values.slot} options={props.slots.map((s) => ({ value: s.id, label: s.label }))} />
        )}
        {props.questions.map((q) => {
          const name = answerField(q);
          const label = q.required ? q.label[locale] : (
            <>
              {q.label[locale]} <span className="font-normal">{t("page.optional")}</span>
            </>
          );
          const shared = { name, label, error: answerMessage(q), errorPrefix: t("errors.prefix") };
          const value = values.answers?.[q.id];
          if (q.kind === "text") return <TextField key={q.id} {...shared} value={value} />;
          const options = q.kind === "yesno" ? yesNo : q.options.map((o) => ({ value: o.id, label: o.label[locale] }));
          return <ChoiceGroup key={q.id} {...shared} type="radio" value={value} options={options} />;
        })}
        <ConsentCheckbox
          {...common("consent")}
          checked={values.consent === "yes"}
          checkboxLabel={t.rich("fields.consent.checkbox", {
            version: props.privacyVersion,
            link: (chunks) => (
              <a href={props.privacyHref} target="_blank" rel="noopener" className="underline">
                {chunks}
              </a>
            ),
          })}
        />
        <Honeypot name={HONEYPOT_FIELD} label={t("page.honeypot")} />
        <div className="mt-8">
          <button type="submit" className="button-primary cursor-pointer" aria-disabled={pending || undefined}>
            {props.waitingList ? t("page.submitWaiting") : t("page.submit")}
          </button>
        </div>
      </form>
    </>
  );
}
