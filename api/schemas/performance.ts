import { TIMEFRAMES } from '../../market/timeframes.js';
import { arrayOf, integer, number, object, oneOf, orNull, string, type JsonSchema } from './jsonSchema.js';

const tallyFields = {
  signals: integer('Alert signals sent'),
  resolved: integer('Of them, those whose outcome is known'),
  stats: { $ref: 'CallStats#' },
  pnl: number('Sum of the net returns after fees, in units of one trade'),
};
const tally = object(tallyFields);
const pair = orNull(object({ symbol: string(), ...tallyFields }));

const window = object({
  days: integer(),
  total: tally,
  byTimeframe: arrayOf(object({ timeframe: oneOf(TIMEFRAMES), tally })),
  byBand: arrayOf(object({ band: string('Confidence band, e.g. 0.5–0.6'), tally })),
  best: { ...pair, description: 'Highest P&L among pairs with a resolved signal' },
  worst: { ...pair, description: 'Lowest P&L among pairs with a resolved signal' },
  mood: orNull(object(
    { first: number(), last: number(), low: number(), high: number(), changes: integer() },
    { description: 'How the mood moved in the window' },
  )),
});

export const performanceSchema: JsonSchema = {
  $id: 'PerformanceReport',
  ...object(
    {
      timeframe: orNull(oneOf(TIMEFRAMES, 'The timeframe asked for; null for all')),
      windows: arrayOf(window, 'The last 7, 30 and 90 days'),
    },
    { description: "The alert signals' outcomes, the live counterpart of the model cards." },
  ),
};
