// Small-cell suppression for the programme report (docs/decisions/0024-programme-report.md).
// Pure: the report, its exports and the tests share it.
//
// Primary: a cell that counts 1 or 2 inquiries is never published (0 is: it names no one).
// Complementary: in a breakdown whose cells add up to a published total, a lone hidden
// cell would be the total minus the others. So the hidden cells of such a breakdown must
// be at least two and hold at least MIN_CELL inquiries together; until they do, the
// smallest published non-zero cell is hidden too. A reader then knows only the sum of
// several hidden cells, and every split of it is consistent with what is shown.

/** Cells with fewer inquiries than this (and more than none) are hidden. */
export const MIN_CELL = 3;

/** A published count, or null: hidden. */
export type Cell = number | null;

const primary = (n: number) => n > 0 && n < MIN_CELL;

/** Hides the small cells of a breakdown whose cells do not add up to anything shown (e.g. sectors: an inquiry may name several). */
export function suppressCells(values: readonly number[]): Cell[] {
  return values.map((n) => (primary(n) ? null : n));
}

/**
 * Hides the small cells of an additive breakdown (its cells add up to `total`, which is
 * published unless it is small itself), and as many further cells as it takes so that
 * no hidden cell can be worked out from the total.
 */
export function suppressAdditive(values: readonly number[]): { cells: Cell[]; total: Cell } {
  const total = values.reduce((sum, n) => sum + n, 0);
  if (primary(total)) return { cells: values.map((n) => (n === 0 ? 0 : null)), total: null };
  const hidden = values.map(primary);
  const hiddenSum = () => values.reduce((sum, n, i) => sum + (hidden[i] ? n : 0), 0);
  const hiddenCount = () => hidden.filter(Boolean).length;
  while (hiddenCount() > 0 && (hiddenCount() < 2 || hiddenSum() < MIN_CELL)) {
    let next = -1;
    values.forEach((n, i) => {
      if (!hidden[i] && n > 0 && (next < 0 || n < values[next]!)) next = i;
    });
    if (next < 0) break;
    hidden[next] = true;
  }
  return { cells: values.map((n, i) => (hidden[i] ? null : n)), total };
}

/** A figure derived from `basis` inquiries (a median, a sum of planned jobs): published only when the basis is not small. */
export function derivedCell<T>(basis: number, value: T | null): T | null {
  return basis >= MIN_CELL ? value : null;
}

/** A derived figure with nothing to derive it from (a median over no answered inquiry): shown as "–", not as the suppression mark. */
export const NO_DATA = "none";
/** A derived figure: its value, null (hidden: its basis is 1 or 2), or NO_DATA (its basis is 0). */
export type Derived = number | null | typeof NO_DATA;

/** A median or ratio over `basis` inquiries: NO_DATA over none, hidden over 1 or 2, else `value`. */
export function derivedFigure(basis: number, value: number | null): Derived {
  if (basis === 0 || value === null) return NO_DATA;
  return derivedCell(basis, value);
}
