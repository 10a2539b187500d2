import { FACTORS } from '../../inference/risk/factors.js';
import { LEVELS } from '../../inference/risk/score.js';
import { TIMEFRAMES } from '../../market/timeframes.js';
import { arrayOf, epochMs, integer, number, object, oneOf, string, type JsonSchema } from './jsonSchema.js';

const factorNames = FACTORS.map((f) => f.name);

const factor = object(
  {
    name: oneOf(factorNames),
    label: string(),
    weight: number('Share of the score; the weights add up to 1'),
    unit: oneOf(['percent', 'index'], 'percent: 0.023 reads 2.3%; index: as is (ADX 31)'),
    value: number(),
    subScore: number("Percentile 0–100 of the value across the reference pairs' history: the factor's part of the score"),
    ownPercentile: number("Percentile 0–100 of the value within this pair's own recent history"),
  },
  { description: `One of the ${FACTORS.length} weighted factors.` },
);

const warning = object(
  {
    kind: oneOf(['unusual', 'short-history'], "unusual: a factor in the top topPercent% of the pair's own history; short-history: own percentiles are rough"),
    factor: oneOf(factorNames),
    label: string(),
    topPercent: number(),
    days: number('Days of own history behind the warning'),
  },
  { optional: ['factor', 'label', 'topPercent'] },
);

export const riskReportSchema: JsonSchema = {
  $id: 'RiskReport',
  ...object(
    {
      symbol: string(),
      timeframe: oneOf(TIMEFRAMES),
      candleTime: epochMs('Open time of the last closed candle the factors were read at'),
      score: number('0–100: the weighted sum of the sub-scores'),
      level: oneOf(LEVELS.map((l) => l.level)),
      factors: arrayOf(factor),
      history: object({ days: number(), readings: integer() }, { description: "The pair's own history behind ownPercentile" }),
      warnings: arrayOf(warning),
      reference: object(
        { pairs: integer(), from: string('ISO time'), to: string('ISO time') },
        { description: 'What the sub-scores are percentiles of: these pairs\u2019 1h history between these dates' },
      ),
    },
    { description: 'How risky the pair is to trade now.' },
  ),
};
