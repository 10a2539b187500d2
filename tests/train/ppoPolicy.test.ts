import { describe, expect, it } from 'vitest';
import { runPythonTests, trainingStackOrSkip } from '../support/trainingStack.js';

const stack = trainingStackOrSkip(['numpy', 'torch', 'onnx']);

describe.skipIf(stack.skip)('PPO policy training (models/train/ppo_test.py)', () => {
  // Decisions never earn a reward across a gap, the evaluation pools pairs and closes at gaps, the test block
  // is 2024-03 onwards on the long history, and the shipped seed is chosen on validation only.
  it('passes its Python checks on hand-made series', () => {
    const run = runPythonTests(stack.python, 'ppo_test');
    expect(run.stderr).toMatch(/test_no_reward_across_a_gap_or_a_pair .*ok/);
    expect(run.stderr).toMatch(/test_the_shipped_seed_is_chosen_on_validation_only .*ok/);
    expect(run.status, run.stderr.slice(-2000)).toBe(0);
  }, 120_000);
});
