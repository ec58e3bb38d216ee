// The staff area's building blocks: a titled section, the result banner a form's
// redirect lands on (#result), and a labelled text input in the staff forms' look.
import type { InputHTMLAttributes, ReactNode } from "react";
import { Field } from "@/components/ui/Field";

/** The look of a text input, textarea or select in the staff forms. */
export const STAFF_CONTROL = "mt-1 block w-full rounded-md border border-muted bg-paper px-2 py-1.5";

/** A section whose heading names it for assistive technology (`${id}-heading`). */
export function TitledSection({ id, title, className, children }: { id: string; title: ReactNode; className?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className={className}>
      <h2 id={`${id}-heading`} className="text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** What became of the last action: a status when it worked, an alert when not. */
export function ResultBanner({ ok, className, children }: { ok: boolean; className?: string; children: ReactNode }) {
  return (
    <p id="result" role={ok ? "status" : "alert"} className={`mt-4 ${className ? `${className} ` : ""}rounded-md border-2 p-3 ${ok ? "border-ok" : "border-accent"}`}>
      {children}
    </p>
  );
}

/** A labelled input; `className` is added to the staff look. */
export function StaffTextField({ id, label, className, ...input }: { id: string; label: ReactNode } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field id={id} name={input.name ?? id} label={label} labelClassName="font-semibold">
      <input id={id} {...input} className={className ? `${STAFF_CONTROL} ${className}` : STAFF_CONTROL} />
    </Field>
  );
}
