// Pure helpers of `npm run bench`: percentiles, ratios, verdicts and the markdown table.

/** Nearest-rank percentile (p in 0..100) of unsorted samples; NaN when there are none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarize(samples: readonly number[]): { n: number; p50: number; p95: number; p99: number } {
  return { n: samples.length, p50: percentile(samples, 50), p95: percentile(samples, 95), p99: percentile(samples, 99) };
}

/** value / ceiling, or NaN when either is missing. */
export function ratio(value: number | undefined, ceiling: number | undefined): number {
  if (value === undefined || ceiling === undefined || !Number.isFinite(value) || !Number.isFinite(ceiling) || ceiling === 0) return Number.NaN;
  return value / ceiling;
}

export type Verdict = "pass" | "miss" | "n/a" | "FAIL";

/** One line of the report. `verdict` "FAIL" is a correctness problem (errors, lost or duplicated data); "miss" only a target not reached. */
export type Row = {
  figure: string;
  value: string;
  ceiling: string;
  ratio: string;
  target: string;
  verdict: Verdict;
  note?: string;
};

export function atLeast(actual: number, target: number): Verdict {
  if (!Number.isFinite(actual)) return "n/a";
  return actual >= target ? "pass" : "miss";
}

export function atMost(actual: number, target: number): Verdict {
  if (!Number.isFinite(actual)) return "n/a";
  return actual <= target ? "pass" : "miss";
}

/** The worse of several verdicts (FAIL > miss > n/a > pass). */
export function worst(...verdicts: Verdict[]): Verdict {
  const order: Verdict[] = ["FAIL", "miss", "n/a", "pass"];
  return order.find((v) => verdicts.includes(v)) ?? "pass";
}

export function fmt(value: number | undefined, digits = 0): string {
  if (value === undefined || !Number.isFinite(value)) return "–";
  return value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export const fmtMs = (ms: number | undefined) => (ms === undefined || !Number.isFinite(ms) ? "–" : `${fmt(ms, ms < 10 ? 1 : 0)} ms`);
export const fmtRatio = (r: number) => (Number.isFinite(r) ? `${fmt(r, 2)}x` : "–");
export const fmtBytes = (bytes: number | undefined) => (bytes === undefined || !Number.isFinite(bytes) ? "–" : `${fmt(bytes / 1024, 1)} KiB`);

const escapeCell = (text: string) => text.replaceAll("|", "\\|").replaceAll("\n", " ");

/** A GitHub-flavoured markdown table; pipes inside cells are escaped. */
export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(escapeCell).join(" | ")} |`;
  return [line(headers), line(headers.map(() => "---")), ...rows.map(line)].join("\n");
}

export function reportTable(rows: readonly Row[]): string {
  return markdownTable(
    ["figure", "value", "ceiling", "ratio", "target", "result"],
    rows.map((r) => [r.figure, r.value, r.ceiling, r.ratio, r.target, r.note ? `${r.verdict} (${r.note})` : r.verdict]),
  );
}
