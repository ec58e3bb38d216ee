// Counts of two periods side by side as a server-rendered SVG (no client JavaScript):
// decoration for sighted readers; the numbers are in the table right below it
// (docs/decisions/0006-dashboard-chart.md). Suppressed counts are drawn as no bar.
type Props = { caption: string; bars: { key: string; label: string; current: number | null; previous: number | null }[] };

const ROW = 34;
const LABEL = 150;
const WIDTH = 600;

export function PairedBarChart({ caption, bars }: Props) {
  const max = Math.max(1, ...bars.flatMap((b) => [b.current ?? 0, b.previous ?? 0]));
  const scale = (n: number | null) => ((n ?? 0) / max) * (WIDTH - LABEL - 10);
  return (
    <figure className="mt-3">
      <figcaption className="text-sm text-muted">{caption}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${bars.length * ROW}`} className="mt-2 w-full max-w-2xl" aria-hidden="true" focusable="false">
        {bars.map((b, i) => (
          <g key={b.key} transform={`translate(0 ${i * ROW})`}>
            <text x={LABEL - 8} y={ROW / 2 + 4} textAnchor="end" className="fill-ink text-[12px]">
              {b.label}
            </text>
            <rect x={LABEL} y={4} width={scale(b.current)} height={12} className="fill-brand" />
            <rect x={LABEL} y={18} width={scale(b.previous)} height={10} className="fill-brand-soft stroke-brand" strokeWidth="0.5" />
          </g>
        ))}
      </svg>
    </figure>
  );
}
