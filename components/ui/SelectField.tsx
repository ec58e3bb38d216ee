/** A labelled <select> for GET filter forms; the empty option means "no filter". */
export function SelectField(props: {
  id: string;
  name: string;
  label: string;
  value: string | undefined;
  options: { value: string; label: string }[];
  emptyLabel?: string;
  labelClassName?: string;
  selectClassName?: string;
}) {
  return (
    <div>
      <label htmlFor={props.id} className={props.labelClassName ?? "font-semibold"}>
        {props.label}
      </label>
      <select id={props.id} name={props.name} defaultValue={props.value ?? ""} className={props.selectClassName ?? "mt-1 block w-full rounded-md border border-muted bg-paper px-3 py-2"}>
        {props.emptyLabel !== undefined && <option value="">{props.emptyLabel}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
