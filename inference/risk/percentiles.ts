/** Quantile tables and percentile look-up: the one way risk turns a factor value into a 0–100 sub-score. */

/** Points in a quantile table: every whole percentile from 0 to 100. */
export const QUANTILE_POINTS = 101;

/**
 * `points` evenly spaced quantiles (0% … 100%) of the finite samples, linearly interpolated between
 * order statistics (the usual "type 7" definition). Throws when no sample is finite.
 */
export function quantiles(samples: readonly number[], points = QUANTILE_POINTS): number[] {
  const sorted = samples.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) throw new Error('no finite samples to take quantiles of');
  return Array.from({ length: points }, (_, k) => {
    const position = (k / (points - 1)) * (sorted.length - 1);
    const below = Math.floor(position);
    const lower = sorted[below]!;
    const upper = sorted[Math.min(below + 1, sorted.length - 1)]!;
    return lower + (upper - lower) * (position - below);
  });
}

/**
 * Where `value` falls in an ascending quantile table, as a percentile 0–100: interpolated between the
 * two points around it, 0 below the lowest, 100 above the highest. A value equal to several points
 * (a flat stretch, e.g. many zero volumes) gets the middle of that stretch, so ties are not all "top".
 */
export function percentileOf(table: readonly number[], value: number): number {
  const last = table.length - 1;
  if (last < 1) throw new Error('a quantile table needs at least two points');
  const step = 100 / last;
  if (!(value >= table[0]!)) return 0;
  if (value > table[last]!) return 100;
  let firstEqual = -1;
  let lastEqual = -1;
  for (let i = 0; i <= last; i++) {
    const point = table[i]!;
    if (point === value) {
      if (firstEqual < 0) firstEqual = i;
      lastEqual = i;
    } else if (point > value) {
      if (firstEqual >= 0) break;
      const below = table[i - 1]!;
      return (i - 1 + (value - below) / (point - below)) * step;
    }
  }
  return ((firstEqual + lastEqual) / 2) * step;
}
