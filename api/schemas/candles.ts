import { TIMEFRAMES } from '../../market/timeframes.js';
import { arrayOf, epochMs, number, object, oneOf, string, type JsonSchema } from './jsonSchema.js';

const candle = object({
  time: epochMs('Open time'),
  open: number(),
  high: number(),
  low: number(),
  close: number(),
  volume: number('Volume in the base coin'),
});

export const candlesSchema: JsonSchema = {
  $id: 'Candles',
  ...object(
    {
      symbol: string(),
      timeframe: oneOf(TIMEFRAMES),
      candles: arrayOf(candle, 'Closed candles, oldest first'),
    },
    { description: 'The latest closed candles of one pair, as the models read them.' },
  ),
};
