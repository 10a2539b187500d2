import { describe, expect, it } from 'vitest';
import { percentileOf, quantiles } from '../../../inference/risk/percentiles.js';

describe('quantile tables', () => {
  it('interpolate between order statistics', () => {
    expect(quantiles([5, 1, 4, 2, 3], 5)).toEqual([1, 2, 3, 4, 5]);
    expect(quantiles([0, 10], 3)).toEqual([0, 5, 10]);
    expect(quantiles([0, 10], 101)[37]).toBeCloseTo(3.7, 12);
  });

  it('leave out values that are not finite, and refuse when none is', () => {
    expect(quantiles([NaN, 2, Infinity, 1], 2)).toEqual([1, 2]);
    expect(() => quantiles([NaN])).toThrow(/no finite samples/);
  });
});

describe('percentile look-up', () => {
  const tens = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100];

  it('interpolates between the two points around the value', () => {
    expect(percentileOf(tens, 15)).toBeCloseTo(15, 12);
    expect(percentileOf(tens, 42.5)).toBeCloseTo(42.5, 12);
    expect(percentileOf([1, 2, 4], 3)).toBeCloseTo(75, 12);
  });

  it('is exact on a point, 0 below the table and 100 above it', () => {
    expect(percentileOf(tens, 70)).toBe(70);
    expect(percentileOf(tens, -1)).toBe(0);
    expect(percentileOf(tens, 0)).toBe(0);
    expect(percentileOf(tens, 100)).toBe(100);
    expect(percentileOf(tens, 1e9)).toBe(100);
  });

  it('puts a value equal to a flat stretch in the middle of it', () => {
    // Points at 0%, 25%, 50%, 75%, 100%; the value 0 fills 0%–50%.
    const table = [0, 0, 0, 10, 20];
    expect(percentileOf(table, 0)).toBe(25);
    expect(percentileOf(table, 5)).toBeCloseTo(62.5, 12);
    expect(percentileOf([1, 3, 3, 3, 5], 3)).toBe(50);
  });
});
