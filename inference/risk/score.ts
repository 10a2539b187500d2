import { FACTORS, type FactorName } from './factors.js';

export type RiskLevel = 'low' | 'medium' | 'high' | 'extreme';

/**
 * Level thresholds, in one place: a score below `below` gets that level. Sub-scores are percentiles of
 * the reference history, so 50 is a typical hour of a typical pair in it.
 */
export const LEVELS: readonly { level: RiskLevel; below: number }[] = [
  { level: 'low', below: 35 },
  { level: 'medium', below: 60 },
  { level: 'high', below: 80 },
  { level: 'extreme', below: Infinity },
];

/** Weighted sum of the factors' sub-scores (each 0–100), so the score is 0–100 too. */
export function riskScore(subScores: Readonly<Record<FactorName, number>>): number {
  return FACTORS.reduce((sum, factor) => sum + factor.weight * subScores[factor.name], 0);
}

export function riskLevel(score: number): RiskLevel {
  return LEVELS.find((l) => score < l.below)?.level ?? 'extreme';
}
