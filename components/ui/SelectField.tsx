// The one labelled <select>: filter forms, staff forms and the inquiry journey.
// The empty option means "no filter" or "no answer yet".
import { describedBy, Field, type FieldProps } from "./Field";

type Option = { value: string; label: string };

function Options({ options }: { options: Option[] }) {
  return options.map((o) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  ));
}

export function SelectField(
  props: Omit<FieldProps, "labelClassName"> & {
    value: string | undefined;
    /** Plain options, or options in groups (a group without a label is not wrapped in an <optgroup>). */
    options?: Option[];
    groups?: { label?: string; options: Option[] }[];
    emptyLabel?: string;
    autoComplete?: string;
    required?: boolean;
    labelClassName?: string;
    selectClassName?: string;
  },
) {
  const { id, name, hint, error } = props;
  return (
    <Field {...props} labelClassName={props.labelClassName ?? "font-semibold"}>
      <select
        id={id}
        name={name}
        defaultValue={props.value ?? ""}
        autoComplete={props.autoComplete}
        required={props.required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
        className={props.selectClassName ?? "mt-1 block w-full rounded-md border border-muted bg-paper px-3 py-2"}
      >
        {props.emptyLabel !== undefined && <option value="">{props.emptyLabel}</option>}
        {props.options && <Options options={props.options} />}
        {props.groups?.map((g, i) =>
          g.label ? (
            <optgroup key={i} label={g.label}>
              <Options options={g.options} />
            </optgroup>
          ) : (
            <Options key={i} options={g.options} />
          ),
        )}
      </select>
    </Field>
  );
}
