/**
 * Classification metrics of probability rows against true labels, the same definitions as the model cards
 * (models/train/metrics.py). Probabilities are flat and row-major: row i holds the `classes` probabilities
 * of sample i, in label-index order.
 */

/** Smallest probability a log-loss term may see, so one confident miss costs −log(1e-7), not infinity. */
export const LOG_LOSS_EPS = 1e-7;

/** Predicted label of each row: the most probable one, the first of a tie. */
export function argmaxRows(probs: ArrayLike<number>, classes: number): Int8Array {
  const n = probs.length / classes;
  const predicted = new Int8Array(n);
  for (let i = 0; i < n; i++) {
    let best = 0;
    for (let k = 1; k < classes; k++) if (probs[i * classes + k]! > probs[i * classes + best]!) best = k;
    predicted[i] = best;
  }
  return predicted;
}

interface ClassCounts {
  truePositives: number[];
  actual: number[];
  predicted: number[];
}

function classCounts(labels: ArrayLike<number>, predicted: ArrayLike<number>, classes: number): ClassCounts {
  const counts: ClassCounts = {
    truePositives: new Array<number>(classes).fill(0),
    actual: new Array<number>(classes).fill(0),
    predicted: new Array<number>(classes).fill(0),
  };
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    counts.actual[label]! += 1;
    counts.predicted[predicted[i]!]! += 1;
    if (predicted[i] === label) counts.truePositives[label]! += 1;
  }
  return counts;
}

/** Mean recall over the classes that occur in `labels`: 1/classes for any guess that ignores the input. */
export function balancedAccuracy(labels: ArrayLike<number>, predicted: ArrayLike<number>, classes: number): number {
  const { truePositives, actual } = classCounts(labels, predicted, classes);
  const recalls = actual.flatMap((n, k) => (n > 0 ? [truePositives[k]! / n] : []));
  return mean(recalls);
}

/** Mean F1 over all classes; a class neither present nor predicted scores 0, as in the cards. */
export function macroF1(labels: ArrayLike<number>, predicted: ArrayLike<number>, classes: number): number {
  const { truePositives, actual, predicted: called } = classCounts(labels, predicted, classes);
  const f1 = actual.map((n, k) => (n + called[k]! === 0 ? 0 : (2 * truePositives[k]!) / (n + called[k]!)));
  return labels.length === 0 ? NaN : mean(f1);
}

/** Mean −log p(true label), each probability clipped to [LOG_LOSS_EPS, 1]. */
export function logLoss(probs: ArrayLike<number>, labels: ArrayLike<number>, classes: number): number {
  let total = 0;
  for (let i = 0; i < labels.length; i++) {
    const p = Math.min(1, Math.max(LOG_LOSS_EPS, probs[i * classes + labels[i]!]!));
    total -= Math.log(p);
  }
  return total / labels.length;
}

/** Multi-class Brier score: mean over samples of Σ_k (p_k − [k is the label])², from 0 (perfect) to 2. */
export function brierScore(probs: ArrayLike<number>, labels: ArrayLike<number>, classes: number): number {
  let total = 0;
  for (let i = 0; i < labels.length; i++) {
    for (let k = 0; k < classes; k++) {
      const target = labels[i] === k ? 1 : 0;
      total += (probs[i * classes + k]! - target) ** 2;
    }
  }
  return total / labels.length;
}

/** The same probability row for every sample: how a baseline that knows no features is scored. */
export function repeatRow(row: readonly number[], samples: number): Float64Array {
  const probs = new Float64Array(row.length * samples);
  for (let i = 0; i < samples; i++) probs.set(row, i * row.length);
  return probs;
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? NaN : values.reduce((sum, v) => sum + v, 0) / values.length;
}
