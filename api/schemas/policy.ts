import { POLICY_ACTIONS } from '../../inference/labels.js';
import { TIMEFRAMES } from '../../market/timeframes.js';
import { boolean, epochMs, integer, number, object, oneOf, orNull, string, type JsonSchema } from './jsonSchema.js';

const POSITIONS = [-1, 0, 1];

const strategy = object({
  totalReturn: number('Over the test block after fees (0.12 = +12%)'),
  sharpe: orNull(number('Annualised; null when the returns do not vary')),
  maxDrawdown: number(),
  trades: integer(),
});

export const policyRecordSchema: JsonSchema = {
  $id: 'PolicyRecord',
  ...object(
    {
      from: string('First decision candle of the test block (ISO)'),
      to: string('Last decision candle of the test block (ISO)'),
      figures: object({ policy: strategy, flat: strategy, buyAndHold: strategy, random: strategy }),
      beatsBuyAndHoldRiskAdjusted: boolean(),
      beatsFlat: boolean(),
    },
    { description: "The policy model's own record on the test block it never saw, against its baselines." },
  ),
};

export const policyCallSchema: JsonSchema = object(
  {
    symbol: string(),
    timeframe: oneOf(TIMEFRAMES),
    candleTime: epochMs('Open time of the last closed candle the policy read'),
    price: number(),
    position: oneOf(POSITIONS, 'The paper position held: -1 short, 0 flat, 1 long'),
    action: oneOf(POLICY_ACTIONS),
    probability: number('Probability of `action`'),
    probabilities: object(Object.fromEntries(POLICY_ACTIONS.map((a) => [a, number()]))),
    positionAfter: oneOf(POSITIONS),
    modelVersion: string(),
    record: orNull({ $ref: 'PolicyRecord#' }),
  },
  { description: "The PPO policy model's call for the pair." },
);
