import { DIRECTIONS } from '../../inference/labels.js';
import { TIMEFRAMES } from '../../market/timeframes.js';
import { arrayOf, integer, object, oneOf, orNull, string, type JsonSchema } from './jsonSchema.js';

export const summarySchema: JsonSchema = object(
  {
    symbol: string(),
    calls: arrayOf(
      object({
        timeframe: oneOf(TIMEFRAMES),
        prediction: orNull({ $ref: 'Prediction#' }),
        unavailable: orNull(oneOf(['no_model', 'not_enough_history'], 'Why this timeframe has no call')),
      }),
      'One per timeframe: its prediction, or why there is none',
    ),
    confluence: object(
      {
        direction: orNull(oneOf(DIRECTIONS, 'The direction more than half of the calls share; null when mixed')),
        agreeing: integer('Calls in `direction` (the largest group when mixed)'),
        of: integer('Timeframes that have a call'),
        counts: object(Object.fromEntries(DIRECTIONS.map((d) => [d, integer()]))),
      },
      { description: 'Whether the timeframes agree' },
    ),
  },
  { description: 'Every timeframe for one pair and whether they agree, as the bot\u2019s /predict SYMBOL.' },
);
