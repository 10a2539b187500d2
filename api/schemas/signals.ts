import { DIRECTIONS } from '../../inference/labels.js';
import { TIMEFRAMES } from '../../market/timeframes.js';
import { arrayOf, epochMs, integer, number, object, oneOf, orNull, string, type JsonSchema } from './jsonSchema.js';

const storedSignal = object({
  id: integer(),
  origin: oneOf(['request', 'alert'], 'request: someone asked (bot or HTTP); alert: the sweep sent it'),
  symbol: string(),
  timeframe: oneOf(TIMEFRAMES),
  candleTime: epochMs('Open time of the candle the call is based on'),
  modelVersion: string(),
  direction: oneOf(DIRECTIONS),
  confidence: number(),
  pLong: number(),
  pNoTrade: number(),
  pShort: number(),
  entry: number(),
  atr: number(),
  stopLoss: orNull(number()),
  tp1: orNull(number()),
  tp2: orNull(number()),
  tp3: orNull(number()),
  tpEtaMinutes: orNull(number()),
  validUntil: epochMs('When the call went stale'),
  requests: integer('How many times it was asked for'),
  createdAt: epochMs('When it was first stored'),
});

export const signalPageSchema: JsonSchema = object(
  {
    signals: arrayOf(storedSignal, 'Newest first'),
    nextBefore: orNull(integer('Pass as `before` for the next (older) page; null on the last page')),
  },
  { description: 'A page of the stored signal history.' },
);
