import { TIMEFRAMES } from '../../market/timeframes.js';
import { arrayOf, object, oneOf, orNull, string, type JsonSchema } from './jsonSchema.js';

export const pairPredictionsSchema: JsonSchema = {
  $id: 'PairPredictions',
  ...object(
    {
      timeframe: oneOf(TIMEFRAMES),
      predictions: arrayOf(
        object({
          symbol: string('The pair as listed, or what was sent when it is not a symbol'),
          prediction: orNull({ $ref: 'Prediction#' }),
          error: orNull({ $ref: 'ErrorDetail#' }),
        }),
        'One per pair, in the order asked (sorted for the followed pairs); a pair that failed has its error instead',
      ),
    },
    { description: 'Many pairs on one timeframe from one batched model call.' },
  ),
};
