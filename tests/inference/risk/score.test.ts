import { describe, expect, it } from 'vitest';
import { riskWarnings, type FactorReading } from '../../../inference/risk/riskReport.js';
import { LEVELS, riskLevel, riskScore } from '../../../inference/risk/score.js';

describe('the risk score', () => {
  it('is the weighted sum of the sub-scores: volatility 40%, swings 30%, volume 20%, trend 10%', () => {
    expect(riskScore({ volatility: 100, swings: 100, volume_volatility: 100, trend_strength: 100 })).toBeCloseTo(100, 12);
    expect(riskScore({ volatility: 100, swings: 0, volume_volatility: 0, trend_strength: 0 })).toBeCloseTo(40, 12);
    expect(riskScore({ volatility: 50, swings: 100, volume_volatility: 0, trend_strength: 100 })).toBeCloseTo(60, 12);
    expect(riskScore({ volatility: 10, swings: 20, volume_volatility: 30, trend_strength: 40 })).toBeCloseTo(20, 12);
  });

  it('maps to a level: low below 35, medium below 60, high below 80, extreme from 80', () => {
    expect(LEVELS.map((l) => l.below)).toEqual([35, 60, 80, Infinity]);
    const cases: [number, string][] = [
      [0, 'low'], [34.99, 'low'], [35, 'medium'], [59.99, 'medium'], [60, 'high'], [79.99, 'high'], [80, 'extreme'], [100, 'extreme'],
    ];
    for (const [score, level] of cases) expect(riskLevel(score), `score ${score}`).toBe(level);
  });
});

describe('risk warnings', () => {
  const reading = (name: FactorReading['name'], label: string, ownPercentile: number): FactorReading => ({
    name, label, weight: 0.25, unit: 'percent', value: 0.01, subScore: 50, ownPercentile,
  });

  it('call out a factor in the top 5% or top 1% of the pair\'s own history, and nothing below that', () => {
    const warnings = riskWarnings(
      [reading('volatility', 'Volatility', 99.2), reading('swings', 'Price swings', 95), reading('volume_volatility', 'Volume volatility', 94.9)],
      90,
    );
    expect(warnings).toEqual([
      { kind: 'unusual', factor: 'volatility', label: 'Volatility', topPercent: 1, days: 90 },
      { kind: 'unusual', factor: 'swings', label: 'Price swings', topPercent: 5, days: 90 },
    ]);
  });

  it('say when the pair\'s own history is shorter than 30 days', () => {
    expect(riskWarnings([reading('volatility', 'Volatility', 50)], 29)).toEqual([{ kind: 'short-history', days: 29 }]);
    expect(riskWarnings([reading('volatility', 'Volatility', 50)], 30)).toEqual([]);
  });
});
