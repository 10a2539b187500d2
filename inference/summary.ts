import type { Timeframe } from '../market/timeframes.js';
import { ModelUnavailableError, NotEnoughCandlesError } from './errors.js';
import { DIRECTIONS, type Direction } from './labels.js';
import type { Prediction } from './prediction.js';

/** Why a timeframe has no call in a summary; the rest of the summary is still served. */
export type UnavailableReason = 'no_model' | 'not_enough_history';

/** One timeframe of a multi-timeframe summary: its prediction, or why there is none. */
export type TimeframeCall =
  | { timeframe: Timeframe; prediction: Prediction }
  | { timeframe: Timeframe; unavailable: UnavailableReason };

/** Whether the timeframes that have a call agree. */
export interface Confluence {
  /** The direction more than half of the calls share; null when none does (mixed). */
  direction: Direction | null;
  /** Calls in `direction` (the largest group when mixed). */
  agreeing: number;
  /** Timeframes that have a call. */
  of: number;
  counts: Record<Direction, number>;
}

/** `/predict SYMBOL` without a timeframe: one call per served timeframe and how far they agree. */
export interface MultiTimeframeSummary {
  symbol: string;
  calls: TimeframeCall[];
  confluence: Confluence;
}

/** A strict majority of the available calls, or mixed. */
export function confluence(calls: readonly TimeframeCall[]): Confluence {
  const predictions = calls.flatMap((c) => ('prediction' in c ? [c.prediction] : []));
  const counts = Object.fromEntries(DIRECTIONS.map((d) => [d, 0])) as Record<Direction, number>;
  for (const p of predictions) counts[p.direction]++;
  const top = DIRECTIONS.reduce((best, d) => (counts[d] > counts[best] ? d : best));
  const of = predictions.length;
  return { direction: counts[top] * 2 > of ? top : null, agreeing: counts[top], of, counts };
}

/** The reason a timeframe is left out of a summary; any other error fails the whole summary. */
export function unavailableReason(error: unknown): UnavailableReason {
  if (error instanceof ModelUnavailableError) return 'no_model';
  if (error instanceof NotEnoughCandlesError) return 'not_enough_history';
  throw error;
}
