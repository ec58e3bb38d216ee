// A labelled form control with its hint and error, wired for assistive technology:
// the hint and error are linked through aria-describedby (see describedBy), and
// the error is announced with a prefix. Plain markup: server and client forms use it.
import type { ReactNode } from "react";
import { errorId, hintId } from "./field-ids";

export { describedBy, fieldId } from "./field-ids";

export function Hint({ name, children }: { name: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <p id={hintId(name)} className="mt-1 text-muted">
      {children}
    </p>
  );
}

export function ErrorMessage({ name, error, prefix }: { name: string; error?: string; prefix?: string }) {
  if (!error) return null;
  return (
    <p id={errorId(name)} className="mt-1 font-semibold text-accent">
      <span className="sr-only">{prefix} </span>
      {error}
    </p>
  );
}

export type FieldProps = {
  /** The control's id; the label points to it. */
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  errorPrefix?: string;
  className?: string;
  labelClassName?: string;
};

/** Label, hint and error above the control given as children. */
export function Field({ id, name, label, hint, error, errorPrefix, className, labelClassName, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClassName ?? "block font-semibold"}>
        {label}
      </label>
      <Hint name={name}>{hint}</Hint>
      <ErrorMessage name={name} error={error} prefix={errorPrefix} />
      {children}
    </div>
  );
}
