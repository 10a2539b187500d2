import { TIMEFRAMES } from '../../market/timeframes.js';
import { arrayOf, boolean, epochMs, number, object, oneOf, orNull, string, type JsonSchema } from './jsonSchema.js';

const alertResult = object({
  symbol: string(),
  timeframe: oneOf(TIMEFRAMES),
  confidence: number(),
  candleTime: epochMs('Open time of the candle the alert is based on'),
  direction: string(),
  entry: number(),
  stopLoss: orNull(number()),
  tp1: orNull(number()),
  outcome: orNull(string('TP1, TP2 or TP3 (a win), SL or EXPIRED; null while open')),
  hit: orNull(boolean('TP1 before the stop')),
  netReturn: orNull(number('After 0.1% fees per side (0.004 = 0.4%); null while open')),
});

export const alertHistorySchema: JsonSchema = {
  $id: 'AlertHistory',
  ...object(
    { alerts: arrayOf(alertResult, 'Oldest first') },
    { description: 'The alert signals of the last 90 days and how each ended.' },
  ),
};
