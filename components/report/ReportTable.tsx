// One table of the programme report (lib/reporting/tables.ts): counts right-aligned,
// a suppressed cell as its mark, a figure with nothing to derive it from as the no-data
// mark, each with its word for screen readers.
import { NO_DATA } from "@/lib/domain/suppression";
import type { ReportTableModel, TableValue } from "@/lib/reporting/tables";

export type Mark = { mark: string; text: string };
type Props = { table: ReportTableModel; format: (n: number) => string; decimal: (n: number) => string; suppressed: Mark; noData: Mark };

/** A mark that screen readers read as its word. */
export function MarkText({ mark, text }: Mark) {
  return (
    <>
      <span aria-hidden="true">{mark}</span>
      <span className="sr-only">{text}</span>
    </>
  );
}

export function ReportTable({ table, format, decimal, suppressed, noData }: Props) {
  const value = (v: TableValue) => {
    if (v === null) return <MarkText {...suppressed} />;
    if (typeof v === "number") return format(v);
    if ("text" in v) return v.text;
    if (v.decimal === null) return <MarkText {...suppressed} />;
    return v.decimal === NO_DATA ? <MarkText {...noData} /> : decimal(v.decimal);
  };
  return (
    // A wide table scrolls on its own; keyboard users reach the scroll area (WCAG 2.1.1).
    <div className="mt-3 overflow-x-auto" tabIndex={0} role="region" aria-label={table.title}>
      <table className="w-full border-collapse text-sm" data-table={table.id}>
        <caption className="mb-2 text-start text-lg font-bold">{table.title}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            {table.headers.map((h, i) => (
              <th key={i} scope="col" className={`px-2 py-1 align-bottom hyphens-auto ${i === 0 ? "text-start" : "text-end"}`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key} className="border-b border-line">
              <th scope="row" className="px-2 py-1 text-start font-normal hyphens-auto">
                {row.label}
              </th>
              {row.values.map((v, i) => (
                <td key={i} className="px-2 py-1 text-end align-top tabular-nums">
                  {value(v)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {table.total && (
          <tfoot>
            <tr className="border-t-2 border-ink font-semibold">
              <th scope="row" className="px-2 py-1 text-start">
                {table.total.label}
              </th>
              {table.total.values.map((v, i) => (
                <td key={i} className="px-2 py-1 text-end tabular-nums">
                  {value(v)}
                </td>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
