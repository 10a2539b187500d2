import { describe, expect, it } from 'vitest';
import { expectedCalibrationError } from '../../../inference/evaluation/calibration.js';
import {
  LOG_LOSS_EPS,
  argmaxRows,
  balancedAccuracy,
  brierScore,
  logLoss,
  macroF1,
  repeatRow,
} from '../../../inference/evaluation/metrics.js';

// Six samples, three classes; every expected value below is worked out by hand in the comments.
const PROBS = [
  [0.7, 0.2, 0.1], // label 0, called 0
  [0.2, 0.5, 0.3], // label 0, called 1
  [0.1, 0.6, 0.3], // label 1, called 1
  [0.3, 0.3, 0.4], // label 2, called 2
  [0.5, 0.25, 0.25], // label 2, called 0
  [0.2, 0.2, 0.6], // label 2, called 2
].flat();
const LABELS = [0, 0, 1, 2, 2, 2];

describe('classification metrics', () => {
  it('calls the most probable class, the first one of a tie', () => {
    expect(Array.from(argmaxRows(PROBS, 3))).toEqual([0, 1, 1, 2, 0, 2]);
    expect(Array.from(argmaxRows([0.4, 0.4, 0.2, 0.3, 0.35, 0.35], 3))).toEqual([0, 1]);
  });

  it('balanced accuracy is the mean recall of the classes present', () => {
    const predicted = argmaxRows(PROBS, 3);
    // recalls 1/2, 1/1, 2/3
    expect(balancedAccuracy(LABELS, predicted, 3)).toBeCloseTo((0.5 + 1 + 2 / 3) / 3, 12);
    // class 1 never occurs: the mean runs over classes 0 and 2 only (recalls 1 and 0)
    expect(balancedAccuracy([0, 2], [0, 1], 3)).toBeCloseTo(0.5, 12);
  });

  it('macro-F1 averages 2·TP / (actual + called) over every class', () => {
    const predicted = argmaxRows(PROBS, 3);
    // class 0: 2·1/(2+2); class 1: 2·1/(1+2); class 2: 2·2/(3+2)
    expect(macroF1(LABELS, predicted, 3)).toBeCloseTo((0.5 + 2 / 3 + 0.8) / 3, 12);
    // class 1 neither present nor called scores 0
    expect(macroF1([0, 2], [0, 2], 3)).toBeCloseTo(2 / 3, 12);
  });

  it('log-loss is the mean −ln p(label), clipped so a certain miss stays finite', () => {
    const expected = -(Math.log(0.7) + Math.log(0.2) + Math.log(0.6) + Math.log(0.4) + Math.log(0.25) + Math.log(0.6)) / 6;
    expect(logLoss(PROBS, LABELS, 3)).toBeCloseTo(expected, 12);
    expect(logLoss([1, 0, 0], [2], 3)).toBeCloseTo(-Math.log(LOG_LOSS_EPS), 12);
  });

  it('Brier score sums the squared gaps to the one-hot label, averaged over samples', () => {
    // per row: 0.14, 0.98, 0.26, 0.54, 0.875, 0.24
    expect(brierScore(PROBS, LABELS, 3)).toBeCloseTo(3.035 / 6, 12);
  });

  it('a prior baseline is the same row for every sample, scored by the same functions', () => {
    const prior = [0.5, 0.25, 0.25];
    const rows = repeatRow(prior, 2);
    expect(Array.from(rows)).toEqual([...prior, ...prior]);
    expect(logLoss(rows, [0, 2], 3)).toBeCloseTo(-(Math.log(0.5) + Math.log(0.25)) / 2, 12);
    expect(brierScore(rows, [0, 2], 3)).toBeCloseTo((0.375 + 0.875) / 2, 12);
  });
});

describe('expected calibration error (15 bins)', () => {
  it('weighs each bin’s |accuracy − confidence| by its share of samples', () => {
    // bins: 0.7 → 1 right (|1 − 0.7|); 0.5 ×2 → 0 right (|0 − 1.0|); 0.6 ×2 → 2 right (|2 − 1.2|); 0.4 → right (|1 − 0.4|)
    expect(expectedCalibrationError(PROBS, LABELS, 3)).toBeCloseTo((0.3 + 1 + 0.8 + 0.6) / 6, 12);
  });

  it('is zero when a bin’s accuracy equals its confidence', () => {
    const probs = Array.from({ length: 4 }, () => [0.75, 0.125, 0.125]).flat();
    expect(expectedCalibrationError(probs, [0, 0, 0, 1], 3)).toBeCloseTo(0, 12);
  });

  it('puts a confidence of exactly 1 in the last bin', () => {
    expect(expectedCalibrationError([1, 0, 0, 1, 0, 0], [0, 1], 3)).toBeCloseTo(0.5, 12);
  });
});
