import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { trainingStackOrSkip } from '../support/trainingStack.js';

const trainDir = fileURLToPath(new URL('../../models/train/', import.meta.url));
const stack = trainingStackOrSkip(['numpy', 'torch', 'onnx']);

describe.skipIf(stack.skip)('training evaluation', () => {
  // The real walk-forward evaluation (all families, grid search, calibration) on a tiny synthetic dataset:
  // it learns labels the features carry, and with the labels shuffled it falls to chance.
  it('falls to chance when the labels are shuffled', () => {
    const run = spawnSync(stack.python, ['-m', 'unittest', '-v', 'test_shuffled_labels'], {
      cwd: trainDir,
      encoding: 'utf8',
      env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' },
    });
    expect(run.stderr).toMatch(/test_shuffled_labels_fall_to_chance .*ok/);
    expect(run.stderr).toMatch(/test_real_labels_are_learned .*ok/);
    expect(run.status, run.stderr.slice(-2000)).toBe(0);
  }, 240_000);
});
