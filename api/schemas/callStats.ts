import { arrayOf, integer, number, object, orNull, type JsonSchema } from './jsonSchema.js';

/** The statistics every surface reports for a bucket of calls (inference/callStats.ts). */
export const callStatsSchema: JsonSchema = {
  $id: 'CallStats',
  ...object(
    {
      count: integer(),
      wins: integer('Calls that reached TP1 before the stop'),
      stops: integer(),
      expired: integer('Calls that touched neither within the horizon'),
      win_rate: orNull(number('wins / (wins + stops)')),
      breakeven_win_rate: orNull(number('Win rate at which the calls earn nothing after fees')),
      mean_net_return: orNull(number('Mean net return per call after fees (0.004 = 0.4%)')),
      mean_net_return_ci95: orNull({ ...arrayOf(number()), minItems: 2, maxItems: 2 }),
    },
    { description: 'Wins, stops and expired calls, the win rate against break-even, and the mean net return.' },
  ),
};
