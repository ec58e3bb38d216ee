// One table of the programme report (lib/reporting/tables.ts): counts right-aligned,
// a suppressed cell as its mark with the word for screen readers.
import type { ReportTableModel, TableValue } from "@/lib/reporting/tables";

type Props = { table: ReportTableModel; format: (n: number) => string; decimal: (n: number) => string; mark: string; markText: string };

export function ReportTable({ table, format, decimal, mark, markText }: Props) {
  const value = (v: TableValue) => {
    if (v === null || (typeof v === "object" && "decimal" in v && v.decimal === null)) {
      return (
        <>
          <span aria-hidden="true">{mark}</span>
          <span className="sr-only">{markText}</span>
        </>
      );
    }
    if (typeof v === "number") return format(v);
    return "text" in v ? v.text : decimal(v.decimal!);
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
