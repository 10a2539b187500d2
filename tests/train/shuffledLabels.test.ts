import { describe, expect, it } from 'vitest';
import { runPythonTests, trainingStackOrSkip } from '../support/trainingStack.js';

const stack = trainingStackOrSkip(['numpy', 'torch', 'onnx', 'xgboost']);

describe.skipIf(stack.skip)('training evaluation', () => {
  // The real walk-forward evaluation (all families, grid search, calibration) on a tiny synthetic dataset:
  // it learns labels the features carry, and with the labels shuffled it falls to chance.
  it('falls to chance when the labels are shuffled', () => {
    const run = runPythonTests(stack.python, 'test_shuffled_labels');
    expect(run.stderr).toMatch(/test_shuffled_labels_fall_to_chance .*ok/);
    expect(run.stderr).toMatch(/test_real_labels_are_learned .*ok/);
    expect(run.status, run.stderr.slice(-2000)).toBe(0);
  }, 240_000);

  // The signal statistics (win rate, break-even, day bootstrap) of metrics.py: the same numbers as
  // inference/callStats.ts gives on the same fixture (tests/inference/callStats.test.ts).
  it('computes the signal statistics the TypeScript side computes', () => {
    const run = runPythonTests(stack.python, 'test_metrics');
    expect(run.status, run.stderr.slice(-2000)).toBe(0);
  }, 60_000);
});
