import { describe, expect, it } from 'vitest';
import { parsePolicyMetadata } from '../../inference/models/modelMetadata.js';
import { policyComparison, policyRecord } from '../../inference/policy/comparison.js';
import { tinyPolicyMetadata } from '../support/modelFolder.js';

const strategy = (total_return: number, sharpe: number | null) => ({ total_return, sharpe, max_drawdown: 0.3, trades: 12 });
const overall = {
  policy: strategy(-0.2265, -0.7),
  flat: strategy(0, null),
  buy_and_hold: strategy(-0.1712, -0.419),
  random: strategy(-0.65, -23.5),
};

describe("a policy model's own test-block record", () => {
  it('reads the shipped model on its test block with the verdict ppo_train.py wrote', () => {
    const metadata = parsePolicyMetadata(
      tinyPolicyMetadata('1h', {
        metrics: JSON.stringify({
          overall,
          verdict: { beats_buy_and_hold_risk_adjusted: false, beats_buy_and_hold_return: false, beats_flat: false, basis: 'test block' },
          test: { from: '2024-03-01T00:00:00Z', to: '2024-08-31T22:00:00Z', decisions: 120205, pairs: 37 },
          seeds: [{ seed: 7 }],
        }),
      }),
    );
    expect(policyRecord(metadata)).toEqual({
      from: '2024-03-01T00:00:00Z',
      to: '2024-08-31T22:00:00Z',
      figures: policyComparison(metadata),
      beatsBuyAndHoldRiskAdjusted: false,
      beatsFlat: false,
    });
    expect(policyComparison(metadata).buyAndHold).toEqual({ totalReturn: -0.1712, sharpe: -0.419, maxDrawdown: 0.3, trades: 12 });
  });

  it('still loads metadata of an older model (a chain of fold models, no verdict), and gives it no record of its own', () => {
    const metadata = parsePolicyMetadata(tinyPolicyMetadata('1h', { metrics: JSON.stringify({ fee_per_side: 0.001, folds: [], overall }) }));
    expect(metadata.metrics.overall.policy.total_return).toBe(-0.2265);
    expect(policyRecord(metadata)).toBeNull();
  });

  it('refuses a verdict that is not booleans, naming the key', () => {
    const bad = tinyPolicyMetadata('1h', {
      metrics: JSON.stringify({ overall, verdict: { beats_buy_and_hold_risk_adjusted: 'no', beats_flat: false }, test: { from: 'a', to: 'b' } }),
    });
    expect(() => parsePolicyMetadata(bad)).toThrow(/metrics\.verdict\.beats_buy_and_hold_risk_adjusted/);
  });
});
