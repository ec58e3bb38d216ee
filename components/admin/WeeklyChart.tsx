// Inquiries per week as a server-rendered SVG bar chart: no client JavaScript.
// The chart is decoration for sighted readers; the same numbers are in a table
// right below it (docs/decisions/0006-dashboard-chart.md).
type Props = {
  weeks: { week: string; label: string; count: number }[];
  caption: string;
  tableLabel: string;
  weekHeader: string;
  countHeader: string;
  format: (n: number) => string;
};

const BAR = 10;
const HEIGHT = 100;

export function WeeklyChart({ weeks, caption, tableLabel, weekHeader, countHeader, format }: Props) {
  const max = Math.max(1, ...weeks.map((w) => w.count));
  const middle = weeks[Math.floor(weeks.length / 2)];
  return (
    <figure className="mt-3">
      <figcaption className="text-sm text-muted">{caption}</figcaption>
      <div className="mt-2 flex gap-2">
        <div className="flex flex-col justify-between text-end text-xs text-muted" aria-hidden="true">
          <span>{format(max)}</span>
          <span>{format(0)}</span>
        </div>
        <svg
          viewBox={`0 0 ${Math.max(1, weeks.length) * BAR} ${HEIGHT}`}
          preserveAspectRatio="none"
          className="h-48 w-full border-b border-s border-muted"
          aria-hidden="true"
          focusable="false"
        >
          <line x1="0" x2={weeks.length * BAR} y1={HEIGHT / 2} y2={HEIGHT / 2} className="stroke-line" strokeWidth="0.5" vectorEffect="non-scaling-stroke" />
          {weeks.map((w, i) => {
            const height = (w.count / max) * HEIGHT;
            return <rect key={w.week} x={i * BAR + 1} y={HEIGHT - height} width={BAR - 2} height={height} className="fill-brand" />;
          })}
        </svg>
      </div>
      <div className="ms-8 mt-1 flex justify-between text-xs text-muted" aria-hidden="true">
        <span>{weeks[0]?.label}</span>
        {weeks.length > 2 && <span>{middle?.label}</span>}
        <span>{weeks.at(-1)?.label}</span>
      </div>
      <details className="mt-3">
        <summary className="cursor-pointer font-semibold text-brand">{tableLabel}</summary>
        <table className="mt-2 w-full max-w-md border-collapse text-sm">
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="px-2 py-1 text-start">{weekHeader}</th>
              <th scope="col" className="px-2 py-1 text-end">{countHeader}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.week} className="border-b border-line">
                <th scope="row" className="px-2 py-1 text-start font-normal">{w.label}</th>
                <td className="px-2 py-1 text-end tabular-nums">{format(w.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
