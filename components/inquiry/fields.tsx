"use client";
// Form controls of the journey, wired for assistive technology: every control
// has a visible label, its hint and error are linked through aria-describedby,
// and a control with an error carries aria-invalid.
import { useId, useState, type ReactNode } from "react";
import { describedBy, ErrorMessage, Field, fieldId, Hint } from "@/components/ui/Field";

type Common = {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  errorPrefix: string;
};

const group = (error?: string) => `mt-6 ${error ? "border-s-4 border-accent ps-4" : ""}`;
const control = (error?: string) =>
  `mt-2 block rounded-md border-2 bg-paper px-3 py-2 text-ink ${error ? "border-accent" : "border-ink"}`;

export function TextField(
  props: Common & {
    value?: string;
    type?: "text" | "email" | "tel" | "url";
    inputMode?: "numeric" | "text" | "email" | "tel" | "url";
    autoComplete?: string;
    width?: string;
    lang?: string;
  },
) {
  const { name, hint, error } = props;
  return (
    <Field {...props} id={fieldId(name)} className={group(error)}>
      <input
        id={fieldId(name)}
        name={name}
        type={props.type ?? "text"}
        inputMode={props.inputMode}
        autoComplete={props.autoComplete}
        defaultValue={props.value ?? ""}
        spellCheck={false}
        lang={props.lang}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
        className={`${control(error)} ${props.width ?? "w-full"}`}
      />
    </Field>
  );
}

export function TextArea(
  props: Common & {
    value?: string;
    max: number;
    countLabel: (count: number) => string;
    overLabel: (count: number) => string;
  },
) {
  const { name, hint, error, max } = props;
  const [count, setCount] = useState(() => [...(props.value ?? "")].length);
  const [announced, setAnnounced] = useState("");
  const [timer, setTimer] = useState<ReturnType<typeof setTimeout>>();
  const over = count > max;
  const text = over ? props.overLabel(count - max) : props.countLabel(count);
  return (
    <Field {...props} id={fieldId(name)} className={group(error)}>
      <textarea
        id={fieldId(name)}
        name={name}
        rows={10}
        defaultValue={props.value ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error, `${name}-count`)}
        onInput={(event) => {
          const length = [...event.currentTarget.value].length;
          setCount(length);
          // Screen readers hear the count once typing pauses, not on every key.
          clearTimeout(timer);
          setTimer(setTimeout(() => setAnnounced(length > max ? props.overLabel(length - max) : props.countLabel(length)), 1000));
        }}
        className={`${control(error)} w-full`}
      />
      <p id={`${name}-count`} className={`mt-1 ${over ? "font-semibold text-accent" : "text-muted"}`}>
        {text}
      </p>
      <p className="sr-only" aria-live="polite">
        {announced}
      </p>
    </Field>
  );
}

export type Option = { value: string; label: ReactNode; hint?: ReactNode; lang?: string };

export function ChoiceGroup(
  props: Common & {
    type: "radio" | "checkbox";
    options: Option[];
    value?: string | string[];
    columns?: boolean;
  },
) {
  const { name, label, hint, error, errorPrefix, options } = props;
  const selected = new Set(Array.isArray(props.value) ? props.value : props.value ? [props.value] : []);
  const base = useId();
  return (
    <fieldset className={group(error)} aria-describedby={describedBy(name, hint, error)}>
      <legend className="font-semibold">{label}</legend>
      <Hint name={name}>{hint}</Hint>
      <ErrorMessage name={name} error={error} prefix={errorPrefix} />
      <div className={`mt-2 grid gap-2 ${props.columns ? "sm:grid-cols-2" : ""}`}>
        {options.map((option, index) => {
          const id = index === 0 ? fieldId(name) : `${base}-${index}`;
          const optionHint = option.hint ? `${id}-hint` : undefined;
          return (
            <div key={option.value} className="flex items-start gap-3">
              <input
                id={id}
                type={props.type}
                name={name}
                value={option.value}
                defaultChecked={selected.has(option.value)}
                aria-invalid={error && props.type === "radio" ? true : undefined}
                aria-describedby={optionHint}
                className="mt-1 size-5 shrink-0 accent-brand"
              />
              <div>
                <label htmlFor={id} lang={option.lang}>
                  {option.label}
                </label>
                {option.hint && (
                  <p id={optionHint} className="text-sm text-muted">
                    {option.hint}
                  </p>
                )}
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** The journey's look for the shared SelectField (components/ui): a group that turns red with its error. */
export function questionLook(name: string, error: string | undefined) {
  return { id: fieldId(name), className: group(error), labelClassName: "block font-semibold", selectClassName: `${control(error)} w-full sm:w-96` };
}

export function ConsentCheckbox(props: Common & { checked: boolean; checkboxLabel: ReactNode }) {
  const { name, label, hint, error, errorPrefix } = props;
  return (
    <fieldset className={group(error)} aria-describedby={describedBy(name, hint, error)}>
      <legend className="font-semibold">{label}</legend>
      <Hint name={name}>{hint}</Hint>
      <ErrorMessage name={name} error={error} prefix={errorPrefix} />
      <div className="mt-2 flex items-start gap-3">
        <input
          id={fieldId(name)}
          type="checkbox"
          name={name}
          value="yes"
          defaultChecked={props.checked}
          aria-invalid={error ? true : undefined}
          className="mt-1 size-5 shrink-0 accent-brand"
        />
        <label htmlFor={fieldId(name)}>{props.checkboxLabel}</label>
      </div>
    </fieldset>
  );
}

/** A field for bots: hidden from people and assistive technology, skipped by the keyboard. */
export function Honeypot({ name, label }: { name: string; label: string }) {
  return (
    <div aria-hidden="true" className="absolute -left-[10000px] top-auto h-px w-px overflow-hidden">
      <label htmlFor={`hp-${name}`}>{label}</label>
      <input id={`hp-${name}`} type="text" name={name} tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
