import { describe, expect, it } from 'vitest';
import { unusableProbabilities } from '../../inference/models/probabilityCheck.js';

describe("a model's probabilities", () => {
  it('are used when finite, within 0–1 and summing to 1 up to float32 rounding', () => {
    expect(unusableProbabilities({ LONG: 0.5, NO_TRADE: 0.3, SHORT: 0.2000001 })).toBeNull();
  });

  it.each([
    [{ LONG: Number.NaN, NO_TRADE: 0.5, SHORT: 0.5 }, /not a finite number/],
    [{ LONG: 1.2, NO_TRADE: -0.1, SHORT: -0.1 }, /outside 0–1/],
    [{ LONG: 0.4, NO_TRADE: 0.2, SHORT: 0.1 }, /sum to 0.7000, not 1/],
  ])('are refused when they cannot be right: %j', (row, reason) => {
    expect(unusableProbabilities(row)).toMatch(reason);
  });
});
