import { MOOD_LEVELS } from '../../inference/status/mood.js';
import { TIMEFRAMES } from '../../market/timeframes.js';
import { boolean, epochMs, integer, number, object, oneOf, orNull, string, type JsonSchema } from './jsonSchema.js';
import { policyCallSchema } from './policy.js';

export const statusSchema: JsonSchema = object(
  {
    mood: object(
      { score: integer('0 (stay away) to 100 (conditions the signals like)'), label: oneOf(MOOD_LEVELS.map((l) => l.label)) },
      { description: "The bot's mood, from the market and the paper-trading record" },
    ),
    market: object({
      symbol: string(),
      timeframe: oneOf(TIMEFRAMES),
      candleTime: epochMs('Open time of the last closed candle read'),
      price: number(),
      volatility: number('Typical move over a day (0.021 = 2.1%)'),
      volatilityPercentile: number(),
      quoteVolume24h: number('Traded value in the quote currency over the last 24 candles'),
      volumePercentile: number(),
      historyDays: number('Days of history behind the percentiles'),
    }),
    record: object(
      {
        closedTrades: integer(),
        wins: integer(),
        pnl: number("Sum of the closed trades' P&L after fees, in units of one trade (0.012 = 1.2%)"),
        tradesLastHour: integer(),
      },
      { description: 'The paper-trading record of the alerts' },
    ),
    policy: orNull(policyCallSchema),
    policyFailed: boolean('The policy model is loaded but could not run now; the mood still answers'),
  },
  { description: 'The mood and market of STATUS_PAIR, and the policy model\u2019s call for it (null without a policy model).' },
);
