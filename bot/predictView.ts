import type { Timeframe } from '../market/timeframes.js';

/**
 * What a /predict answer shows: the summary of every timeframe, one timeframe in detail, or one
 * timeframe with the indicators behind its call. Commands and buttons both name one.
 */
export type PredictView =
  | { kind: 'summary'; symbol: string }
  | { kind: 'detail'; symbol: string; timeframe: Timeframe }
  | { kind: 'why'; symbol: string; timeframe: Timeframe };
