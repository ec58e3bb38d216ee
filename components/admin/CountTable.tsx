import { Link } from "@/lib/i18n/navigation";

type Row = { key: string; label: string; counts: number[]; href?: { pathname: "/admin/inquiries"; query: Record<string, string> } };

/** A small table of counts that fits a phone (long row labels break anywhere; column headings only between words, so a table never squeezes "Abgeschlossen" into "Abgeschlos sen"); the first count also drawn as a bar (decoration, the number is the content). */
export function CountTable({ caption, headers, rows, format }: { caption: string; headers: string[]; rows: Row[]; format: (n: number) => string }) {
  const max = Math.max(1, ...rows.map((r) => r.counts[0] ?? 0));
  return (
    // self-start: in the dashboard's grid a short table keeps its own height instead of stretching its rows to its neighbour's.
    <table className="w-full self-start border-collapse text-sm">
      <caption className="mb-2 text-start text-lg font-bold">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-ink">
          {headers.map((h, i) => (
            <th key={h} scope="col" className={`px-2 py-1 align-bottom hyphens-auto break-words ${i === 0 ? "text-start" : "text-end"}`}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-b border-line">
            <th scope="row" className="px-2 py-1 text-start font-normal hyphens-auto wrap-anywhere">
              {row.href ? <Link href={row.href}>{row.label}</Link> : row.label}
              <span className="mt-1 block h-1.5 bg-brand" style={{ width: `${((row.counts[0] ?? 0) / max) * 100}%` }} aria-hidden="true" />
            </th>
            {row.counts.map((c, i) => (
              <td key={i} className="px-2 py-1 text-end align-top tabular-nums">
                {format(c)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
