// The median of values given as a histogram, computed exactly as PostgreSQL's
// percentile_cont(0.5) computes it over the values themselves, so that the
// dashboard's rollup and its live query agree to the last bit.

export type Bucket = { value: number; n: number };

/** percentile_cont(0.5) over `buckets` (ascending by value; buckets with n <= 0 hold nothing), or null when empty. */
export function medianOfHistogram(buckets: readonly Bucket[]): number | null {
  const total = buckets.reduce((sum, b) => sum + Math.max(0, b.n), 0);
  if (total === 0) return null;
  const position = (total - 1) / 2;
  const lower = Math.floor(position);
  const valueAt = (index: number) => {
    let seen = 0;
    for (const b of buckets) {
      seen += Math.max(0, b.n);
      if (index < seen) return b.value;
    }
    throw new Error("medianOfHistogram: index beyond the histogram");
  };
  const first = valueAt(lower);
  const second = valueAt(Math.ceil(position));
  // The same arithmetic as percentile_cont: first + (second - first) * fraction.
  return first + (second - first) * (position - lower);
}
