"use client";
// The host's registration settings (lib/events/settings-form.ts): one plain form
// that works without JavaScript. A refused form comes back with what was typed,
// the problems listed at the top and at each field.
import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { STAFF_CONTROL } from "@/components/admin/kit";
import { ErrorSummary, type SummaryItem } from "@/components/inquiry/ErrorSummary";
import { describedBy, ErrorMessage, Field, fieldId, Hint } from "@/components/ui/Field";
import { EVENT_ZONES, zoneCity } from "@/lib/events/format";
import { QUESTION_KINDS } from "@/lib/events/questions";
import { field, SETTINGS_LIMITS, type SettingsErrorCode, type SettingsState, type SettingsValues } from "@/lib/events/settings-form";
import { formatWallDay } from "@/lib/events/zoned-time";
import { localeTags, locales, type Locale } from "@/lib/i18n/routing";

type Props = {
  locale: string;
  slug: string;
  /** The stored settings as form values (settings-form.ts, storedSettingsValues). */
  stored: SettingsValues;
  /** Each stored slot's time in Berlin and in Tokyo, by slot id. */
  slotTimes: Record<string, string>;
  action: (state: SettingsState, form: FormData) => Promise<SettingsState>;
};

const SUB = "block text-sm font-semibold";

export function RegistrationSettingsForm({ locale, slug, stored, slotTimes, action }: Props) {
  const t = useTranslations("registration.settings");
  const [state, formAction, pending] = useActionState(action, { errors: {}, submission: 0 });
  const values = state.values ?? stored;
  const errors = state.errors;
  const value = (name: string) => values[name] ?? "";
  const message = (name: string, code: SettingsErrorCode) => {
    if (name === "capacity" && code === "invalid") return t("errors.capacity");
    // A time the zone skips or repeats: named with the zone's city and the day, as typed.
    if (code === "gap" || code === "repeat") return t(`errors.${code}`, { zone: t(`zoneCity.${zoneCity(value("zone"))}`), date: formatWallDay(localeTags[locale as Locale] ?? locale, value(name)) });
    return t(`errors.${code}`, { max: name.startsWith("slot-") ? SETTINGS_LIMITS.slots : SETTINGS_LIMITS.questions });
  };
  const error = (name: string) => (errors[name] ? message(name, errors[name]) : undefined);
  const questionRows = Number(values.questionRows ?? 0);
  const slotRows = Number(values.slotRows ?? 0);
  const languageName = (l: string) => t(`languages.${l as "de"}`);

  // What each field is called in the list at the top.
  const fieldLabel = (name: string): string => {
    const row = /^(question|slot)-(\d+)-(.+)$/.exec(name);
    if (!row) return t(`${name as "capacity"}.label`);
    const [, kind, index, part] = row;
    const number = Number(index) + 1;
    const isNew = !value(`${kind}-${index}-id`);
    if (kind === "slot") return `${isNew ? t("slots.new") : t("slots.slot", { number })} – ${t(`slots.${part as "start"}`)}`;
    const [what, language] = part!.split("-");
    const label = what === "label" ? t("questions.label", { language: languageName(language!) }) : what === "options" ? t("questions.options", { language: languageName(language!) }) : t(`questions.${what as "kind"}`);
    return `${isNew ? t("questions.new") : t("questions.question", { number })} – ${label}`;
  };
  const items: SummaryItem[] = [
    ...(state.result === "notAllowed" || state.result === "unexpected" ? [{ message: t(`errors.${state.result}`) }] : []),
    ...Object.entries(errors).map(([name, code]) => ({ field: name, message: `${fieldLabel(name)}: ${message(name, code)}` })),
  ];
  const common = (name: string) => ({ id: fieldId(name), name, error: error(name), errorPrefix: t("errors.prefix") });
  const input = (name: string, props: Record<string, unknown> = {}, hint?: ReactNode) => (
    <input id={fieldId(name)} name={name} defaultValue={value(name)} aria-invalid={errors[name] ? true : undefined} aria-describedby={describedBy(name, hint, errors[name])} className={STAFF_CONTROL} {...props} />
  );
  const checkbox = (name: string, label: ReactNode, hint?: ReactNode) => (
    <div className="mt-4">
      <div className="flex items-start gap-2">
        <input id={fieldId(name)} name={name} type="checkbox" value="yes" defaultChecked={value(name) === "yes"} aria-describedby={describedBy(name, hint, errors[name])} className="mt-1 size-4" />
        <label htmlFor={fieldId(name)} className="font-semibold">{label}</label>
      </div>
      <Hint name={name}>{hint}</Hint>
      <ErrorMessage name={name} error={error(name)} prefix={t("errors.prefix")} />
    </div>
  );

  return (
    // A new state (saved, or refused again) renders the fields afresh from its values.
    <div key={state.submission}>
      {state.result === "saved" && (
        <p role="status" className="mt-4 rounded-md border-2 border-ok p-3">
          {t("saved")} {state.movedUp ? t("movedUp", { count: state.movedUp }) : ""}
        </p>
      )}
      {items.length > 0 && <ErrorSummary items={items} focusKey={state.submission} />}
      <form action={formAction} noValidate className="mt-4 space-y-4" aria-busy={pending || undefined}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="event" value={slug} />
        <input type="hidden" name="questionRows" value={questionRows} />
        <input type="hidden" name="slotRows" value={slotRows} />

        <Field {...common("capacity")} label={t("capacity.label")} hint={t("capacity.hint")} className="max-w-xs">
          {input("capacity", { inputMode: "numeric", autoComplete: "off" }, t("capacity.hint"))}
        </Field>
        {checkbox("requiresApproval", t("requiresApproval.label"), t("requiresApproval.hint"))}

        <fieldset className="mt-4" aria-describedby={describedBy("zone", t("zone.hint"), errors.zone)}>
          <legend className="font-semibold">{t("zone.label")}</legend>
          <Hint name="zone">{t("zone.hint")}</Hint>
          <ErrorMessage name="zone" error={error("zone")} prefix={t("errors.prefix")} />
          <div className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
            {EVENT_ZONES.map(({ zone, key }, i) => (
              <label key={zone} className="flex items-center gap-2">
                <input type="radio" name="zone" value={zone} id={i === 0 ? fieldId("zone") : undefined} defaultChecked={value("zone") === zone} className="size-4" />
                {t(`zone.${key}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <Field {...common("deadline")} label={t("deadline.label")} hint={t("deadline.hint")} className="max-w-xs">
          {input("deadline", { type: "datetime-local" }, t("deadline.hint"))}
        </Field>

        <fieldset className="mt-8 border-t border-line pt-4">
          <legend className="text-xl font-bold">{t("questions.title")}</legend>
          <p className="mt-1">{t("questions.hint")}</p>
          {Array.from({ length: questionRows }, (_, i) => {
            const f = (part: string) => field.question(i, part);
            const isNew = !value(f("id"));
            return (
              <fieldset key={i} className="mt-4 rounded-md border border-line p-3">
                <legend className="px-1 font-semibold">{isNew ? t("questions.new") : t("questions.question", { number: i + 1 })}</legend>
                {isNew && <p className="text-sm">{t("questions.newHint")}</p>}
                <input type="hidden" name={f("id")} value={value(f("id"))} />
                <input type="hidden" name={f("optionIds")} value={value(f("optionIds"))} />
                <div className="grid gap-3 sm:grid-cols-2">
                  <Field {...common(f("kind"))} label={t("questions.kind")} labelClassName={SUB}>
                    <select id={fieldId(f("kind"))} name={f("kind")} defaultValue={value(f("kind")) || "text"} aria-describedby={describedBy(f("kind"), undefined, errors[f("kind")])} className={STAFF_CONTROL}>
                      {QUESTION_KINDS.map((k) => (
                        <option key={k} value={k}>{t(`questions.kinds.${k}`)}</option>
                      ))}
                    </select>
                  </Field>
                  {checkbox(f("required"), t("questions.required"))}
                </div>
                <div className="mt-3 grid gap-3 lg:grid-cols-3">
                  {locales.map((l) => (
                    <Field key={l} {...common(f(`label-${l}`))} label={t("questions.label", { language: languageName(l) })} labelClassName={SUB}>
                      {input(f(`label-${l}`), { lang: l, maxLength: SETTINGS_LIMITS.label })}
                    </Field>
                  ))}
                </div>
                <p className="mt-3 text-sm" id={`${f("options")}-hint`}>{t("questions.optionsHint")}</p>
                <div className="mt-1 grid gap-3 lg:grid-cols-3">
                  {locales.map((l) => (
                    <Field key={l} {...common(f(`options-${l}`))} label={t("questions.options", { language: languageName(l) })} labelClassName={SUB}>
                      <textarea
                        id={fieldId(f(`options-${l}`))}
                        name={f(`options-${l}`)}
                        lang={l}
                        rows={3}
                        defaultValue={value(f(`options-${l}`))}
                        aria-invalid={errors[f(`options-${l}`)] ? true : undefined}
                        aria-describedby={describedBy(f(`options-${l}`), undefined, errors[f(`options-${l}`)], `${f("options")}-hint`)}
                        className={STAFF_CONTROL}
                      />
                    </Field>
                  ))}
                </div>
                {!isNew && checkbox(f("remove"), t("questions.remove"))}
              </fieldset>
            );
          })}
        </fieldset>

        <fieldset className="mt-8 border-t border-line pt-4">
          <legend className="text-xl font-bold">{t("slots.title")}</legend>
          <p className="mt-1">{t("slots.hint")}</p>
          {Array.from({ length: slotRows }, (_, i) => {
            const f = (part: string) => field.slot(i, part);
            const id = value(f("id"));
            return (
              <fieldset key={i} className="mt-4 rounded-md border border-line p-3">
                <legend className="px-1 font-semibold">{id ? t("slots.slot", { number: i + 1 }) : t("slots.new")}</legend>
                {id && slotTimes[id] && <p className="text-sm">{slotTimes[id]}</p>}
                <input type="hidden" name={f("id")} value={id} />
                <div className="grid gap-3 sm:grid-cols-2">
                  <Field {...common(f("start"))} label={t("slots.start")} labelClassName={SUB}>
                    {input(f("start"), { type: "datetime-local" })}
                  </Field>
                  <Field {...common(f("end"))} label={t("slots.end")} labelClassName={SUB}>
                    {input(f("end"), { type: "datetime-local" })}
                  </Field>
                </div>
                {id && checkbox(f("remove"), t("slots.remove"))}
              </fieldset>
            );
          })}
        </fieldset>

        <button type="submit" className="button-primary mt-6 cursor-pointer" aria-disabled={pending || undefined}>
          {t("save")}
        </button>
      </form>
    </div>
  );
}
