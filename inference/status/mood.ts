import type { MarketConditions } from './marketConditions.js';
import type { PaperRecord } from './paperRecord.js';

export type MoodLabel = 'tense' | 'cautious' | 'steady' | 'upbeat';

/** Label thresholds, in one place: a score below `below` gets that label. */
export const MOOD_LEVELS: readonly { label: MoodLabel; below: number }[] = [
  { label: 'tense', below: 30 },
  { label: 'cautious', below: 50 },
  { label: 'steady', below: 70 },
  { label: 'upbeat', below: Infinity },
];

/** The bot's mood: a whole number from 0 (stay away) to 100 (conditions its signals like), and its label. */
export interface Mood {
  score: number;
  label: MoodLabel;
}

/** The record's share of the mood once it holds RECORD_FULL_TRADES closed trades; the market keeps the rest. */
const RECORD_WEIGHT = 0.5;
/** Below this many closed trades the record's weight grows with each one, so two lucky trades say little. */
const RECORD_FULL_TRADES = 20;
/** A mean P&L per trade of this much (1% after fees) reads as clearly good; minus it, clearly bad. */
const RETURN_SCALE = 0.01;
/** Each trade opened in the last hour lifts the mood this much (the signals are firing), up to ACTIVITY_CAP. */
const ACTIVITY_STEP = 2;
const ACTIVITY_CAP = 10;

function labelOf(score: number): MoodLabel {
  return MOOD_LEVELS.find((l) => score < l.below)?.label ?? 'upbeat';
}

/** The market's part of the mood: calm (100 − the volatility percentile) and liquidity (the volume percentile), weighted equally. */
export function marketMood(market: Pick<MarketConditions, 'volatilityPercentile' | 'volumePercentile'>): Mood {
  const score = Math.round(0.5 * (100 - market.volatilityPercentile) + 0.5 * market.volumePercentile);
  return { score, label: labelOf(score) };
}

/**
 * The mood: the market's part blended with the paper-trading record's. The record scores its win rate and
 * its mean P&L per trade (50 at break-even, towards 0 or 100 as it nears ∓RETURN_SCALE) equally; it weighs
 * up to RECORD_WEIGHT, in proportion to its closed trades up to RECORD_FULL_TRADES. Trades opened in the
 * last hour add ACTIVITY_STEP each, up to ACTIVITY_CAP. Without any trade this is the market's mood.
 */
export function mood(market: Pick<MarketConditions, 'volatilityPercentile' | 'volumePercentile'>, record: PaperRecord): Mood {
  const weight = RECORD_WEIGHT * Math.min(1, record.closedTrades / RECORD_FULL_TRADES);
  const recordScore =
    record.closedTrades === 0
      ? 50
      : 50 * (record.wins / record.closedTrades) + 25 * (1 + Math.tanh(record.pnl / record.closedTrades / RETURN_SCALE));
  const activity = Math.min(ACTIVITY_CAP, ACTIVITY_STEP * record.tradesLastHour);
  const blended = (1 - weight) * marketMood(market).score + weight * recordScore + activity;
  const score = Math.max(0, Math.min(100, Math.round(blended)));
  return { score, label: labelOf(score) };
}
