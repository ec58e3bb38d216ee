import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { medianOfHistogram } from "@/lib/domain/median";

/** The median of the values themselves, the way percentile_cont(0.5) defines it. */
function medianOfValues(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) / 2;
  const first = sorted[Math.floor(position)]!;
  const second = sorted[Math.ceil(position)]!;
  return first + (second - first) * (position - Math.floor(position));
}

describe("medianOfHistogram", () => {
  it("is null for an empty histogram, and ignores empty buckets", () => {
    expect(medianOfHistogram([])).toBeNull();
    expect(medianOfHistogram([{ value: 3, n: 0 }])).toBeNull();
    expect(medianOfHistogram([{ value: 1, n: 0 }, { value: 5, n: 1 }, { value: 9, n: 0 }])).toBe(5);
  });

  it("takes the middle value of an odd count and the mean of the middle two of an even one", () => {
    expect(medianOfHistogram([{ value: 0, n: 1 }, { value: 10, n: 2 }, { value: 11, n: 1 }])).toBe(10);
    expect(medianOfHistogram([{ value: 6, n: 1 }, { value: 336, n: 1 }, { value: 338, n: 1 }, { value: 407, n: 1 }])).toBe(337);
    expect(medianOfHistogram([{ value: 1, n: 2 }, { value: 4, n: 2 }])).toBe(2.5);
  });

  it("equals the median of the values it counts", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1_000_000, max: 5_000_000_000 }), { maxLength: 60 }), (values) => {
        const counts = new Map<number, number>();
        for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
        const buckets = [...counts].map(([value, n]) => ({ value, n })).sort((a, b) => a.value - b.value);
        expect(medianOfHistogram(buckets)).toBe(medianOfValues(values));
      }),
      { seed: 20261124 },
    );
  });
});
