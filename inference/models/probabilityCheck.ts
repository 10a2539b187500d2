/** How far from 1 a row of probabilities may sum (float32 softmax rounding is ~1e-7). */
const SUM_TOLERANCE = 1e-3;

/** Why a model's row of probabilities cannot be used (not finite, outside [0, 1], not summing to 1), or null. */
export function unusableProbabilities(row: Readonly<Record<string, number>>): string | null {
  const values = Object.values(row);
  if (!values.every(Number.isFinite)) return `a probability is not a finite number (${JSON.stringify(row)})`;
  if (values.some((p) => p < 0 || p > 1)) return `a probability is outside 0–1 (${JSON.stringify(row)})`;
  const sum = values.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 1) > SUM_TOLERANCE) return `the probabilities sum to ${sum.toFixed(4)}, not 1`;
  return null;
}
