/**
 * The 95% interval of a mean net return by a bootstrap over UTC days: pairs move together, so a day, not a
 * call, is the unit that is resampled.
 */
export const BOOTSTRAP_RESAMPLES = 1000;
export const BOOTSTRAP_SEED = 20_240_813;
const DAY_MS = 86_400_000;

/**
 * Percentiles 2.5 and 97.5 of the mean net return over BOOTSTRAP_RESAMPLES resamples of the calls' UTC days
 * (drawn with replacement, as many as there are days; each draw brings all of that day's calls). The draws
 * come from a counter hash (`drawIndex`), so Python (models/train/metrics.py) draws the very same days.
 */
export function dayBootstrap(calls: readonly { netReturn: number; time: number }[]): [number, number] | null {
  if (calls.length === 0) return null;
  const byDay = new Map<number, { sum: number; count: number }>();
  for (const c of calls) {
    const day = Math.floor(c.time / DAY_MS);
    const entry = byDay.get(day) ?? { sum: 0, count: 0 };
    entry.sum += c.netReturn;
    entry.count += 1;
    byDay.set(day, entry);
  }
  const days = [...byDay.keys()].sort((x, y) => x - y).map((d) => byDay.get(d)!);
  const means = new Float64Array(BOOTSTRAP_RESAMPLES);
  for (let r = 0; r < BOOTSTRAP_RESAMPLES; r++) {
    let total = 0;
    let n = 0;
    for (let j = 0; j < days.length; j++) {
      const day = days[drawIndex(r * days.length + j, days.length)]!;
      total += day.sum;
      n += day.count;
    }
    means[r] = total / n;
  }
  means.sort();
  return [percentile(means, 2.5), percentile(means, 97.5)];
}

/** Index in [0, size) of draw number `counter`: the lowbias32 hash of counter + seed·golden ratio. */
export function drawIndex(counter: number, size: number): number {
  let x = (counter + Math.imul(BOOTSTRAP_SEED, 0x9e3779b9)) >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d) >>> 0;
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b) >>> 0;
  x ^= x >>> 16;
  return Math.floor(((x >>> 0) / 4_294_967_296) * size);
}

/** Linear interpolation between the order statistics of a sorted array (numpy's default percentile). */
function percentile(sorted: Float64Array, p: number): number {
  const position = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(position);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (position - lo);
}
