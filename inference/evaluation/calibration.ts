import { argmaxRows } from './metrics.js';

/** Bins of the expected calibration error, as in the model cards (models/train/metrics.py). */
const ECE_BINS = 15;

/**
 * Expected calibration error of the top-class confidence: samples are binned by their highest probability
 * into equal-width bins on [0, 1], and each bin adds its share of samples times |accuracy − mean confidence|.
 */
export function expectedCalibrationError(
  probs: ArrayLike<number>,
  labels: ArrayLike<number>,
  classes: number,
  bins = ECE_BINS,
): number {
  const count = new Array<number>(bins).fill(0);
  const correct = new Array<number>(bins).fill(0);
  const confidence = new Array<number>(bins).fill(0);
  const predicted = argmaxRows(probs, classes);
  for (let i = 0; i < labels.length; i++) {
    const best = predicted[i]!;
    const top = probs[i * classes + best]!;
    const bin = Math.min(bins - 1, Math.floor(top * bins));
    count[bin]! += 1;
    confidence[bin]! += top;
    if (best === labels[i]) correct[bin]! += 1;
  }
  let total = 0;
  for (let b = 0; b < bins; b++) {
    if (count[b]! > 0) total += Math.abs(correct[b]! - confidence[b]!) / labels.length;
  }
  return total;
}
