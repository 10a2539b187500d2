import type { Timeframe } from '../../market/timeframes.js';
import type { FactorDefinition, FactorName } from './factors.js';
import type { RiskLevel } from './score.js';

/** One factor of a risk report: its value, its part of the score, and how unusual it is for the pair. */
export interface FactorReading {
  name: FactorName;
  label: string;
  weight: number;
  unit: FactorDefinition['unit'];
  value: number;
  /** Percentile 0–100 of the value across the reference pairs' history: the factor's part of the score. */
  subScore: number;
  /** Percentile 0–100 of the value within this pair's own recent history. */
  ownPercentile: number;
}

export type RiskWarning =
  /** A factor in the top `topPercent`% of this pair's own last `days` days. */
  | { kind: 'unusual'; factor: FactorName; label: string; topPercent: number; days: number }
  /** The pair's own history is too short for its own percentiles to mean much. */
  | { kind: 'short-history'; days: number };

/** What `/risk` answers, as data: the bot formats it. */
export interface RiskReport {
  symbol: string;
  timeframe: Timeframe;
  /** Open time of the last closed candle the factors were read at. */
  candleTime: number;
  /** 0–100: the weighted sum of the sub-scores. */
  score: number;
  level: RiskLevel;
  factors: FactorReading[];
  /** The stretch of the pair's own history behind `ownPercentile`. */
  history: { days: number; readings: number };
  warnings: RiskWarning[];
  /** What the sub-scores are percentiles of: this many pairs' 1h history between these dates (ISO). */
  reference: { pairs: number; from: string; to: string };
}

/** Own-history percentiles at or above these are called out, the rarest first. */
export const UNUSUAL_TOP_PERCENTS = [1, 5] as const;
/** Below this many days of own history, the report says its own percentiles are rough. */
export const SHORT_HISTORY_DAYS = 30;

export function riskWarnings(factors: readonly FactorReading[], historyDays: number): RiskWarning[] {
  const warnings: RiskWarning[] = [];
  for (const f of factors) {
    const topPercent = UNUSUAL_TOP_PERCENTS.find((top) => f.ownPercentile >= 100 - top);
    if (topPercent !== undefined) {
      warnings.push({ kind: 'unusual', factor: f.name, label: f.label, topPercent, days: historyDays });
    }
  }
  if (historyDays < SHORT_HISTORY_DAYS) warnings.push({ kind: 'short-history', days: historyDays });
  return warnings;
}
