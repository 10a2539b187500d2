/** One bucket of a Prometheus histogram: how many observations were at most `le` (cumulative). */
export interface Bucket {
  le: number;
  count: number;
}

/**
 * The `q`-quantile (0 < q ≤ 1) of the observations behind `buckets` (ascending `le`, the last +Infinity),
 * estimated as Prometheus's histogram_quantile does: linearly inside the bucket the rank falls in, from 0
 * for the first one; a rank in the +Inf bucket gets the highest finite bound. Null when nothing was observed.
 */
export function histogramQuantile(q: number, buckets: readonly Bucket[]): number | null {
  const total = buckets.at(-1)?.count ?? 0;
  if (total === 0) return null;
  const rank = q * total;
  let lower = 0;
  let below = 0;
  for (const { le, count } of buckets) {
    if (count >= rank) return le === Infinity ? lower : lower + ((le - lower) * (rank - below)) / (count - below);
    lower = le;
    below = count;
  }
  return lower;
}
