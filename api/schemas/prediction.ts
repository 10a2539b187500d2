import { DIRECTIONS } from '../../inference/labels.js';
import { TIMEFRAMES } from '../../market/timeframes.js';
import { arrayOf, boolean, epochMs, integer, number, object, oneOf, orNull, string, type JsonSchema } from './jsonSchema.js';

const probabilities = object(Object.fromEntries(DIRECTIONS.map((d) => [d, number()])), {
  description: 'Calibrated probability of each direction; they sum to 1.',
});

export const measuredHitRateSchema: JsonSchema = {
  $id: 'MeasuredHitRate',
  ...object(
    {
      rate: number('Win rate (TP1 before the stop) measured in walk-forward tests'),
      breakevenRate: orNull(number('Win rate at which the calls earn nothing after fees')),
      meanNetReturn: orNull(number('Mean net return per call after 0.1% fees per side (0.004 = 0.4%)')),
      meanNetReturnCi95: orNull({ ...arrayOf(number()), minItems: 2, maxItems: 2, description: '95% bootstrap interval of meanNetReturn' }),
      signals: orNull(integer('Walk-forward calls it was measured on')),
      band: orNull(object({ from: number(), below: number() }, { description: 'Confidence band it was measured in' })),
      legacy: boolean('The model card predates the trade rule: rate counts expired calls as misses'),
    },
    { description: "What the model's walk-forward tests measured for calls like this one." },
  ),
};

export const predictionSchema: JsonSchema = {
  $id: 'Prediction',
  ...object(
    {
      symbol: string('Pair as the market lists it, e.g. BTC/USDT'),
      timeframe: oneOf(TIMEFRAMES),
      direction: oneOf(DIRECTIONS, 'The call: LONG, SHORT or NO_TRADE (stay out)'),
      confidence: number('Calibrated probability of `direction`, 0–1'),
      probabilities,
      entry: number('Close of the last closed candle'),
      atr: number('ATR(14) at that candle: the unit of every level'),
      stopLoss: orNull(number('Stop-loss price; null for NO_TRADE')),
      takeProfits: orNull(object({ tp1: number(), tp2: number(), tp3: number() }, { description: 'Take-profit prices; null for NO_TRADE' })),
      tpEtaMinutes: orNull(number('Median minutes to TP1 measured in training; null without a trade')),
      candleTime: epochMs('Open time of the last closed candle the call is based on'),
      validUntil: epochMs('When the next candle closes and this call goes stale'),
      modelVersion: string(),
      modelHitRate: orNull({ $ref: 'MeasuredHitRate#' }),
      alertThreshold: orNull(number("Confidence from which the model's card recommends alerting")),
    },
    { description: 'One call for a pair on a timeframe, with its trade levels.' },
  ),
};
