import { DIRECTIONS } from '../../inference/labels.js';
import { EXPLAINED_INDICATORS } from '../../inference/explain/indicators.js';
import { arrayOf, boolean, integer, number, object, oneOf, ref, type JsonSchema } from './jsonSchema.js';

const indicators = EXPLAINED_INDICATORS.map((i) => i.name);
const LEVEL = ['high', 'normal', 'low'];

const readings = object(
  {
    rsi: object({ value: number(), zone: oneOf(['overbought', 'oversold', 'neutral']) }),
    macd: object({ histogram: number('MACD histogram in ATRs'), rising: boolean('It grew on the last candle') }),
    volume: object({ z: number('Last candle\u2019s log volume in standard deviations from its 20-candle mean'), level: oneOf(LEVEL) }),
    volatility: object({ atrRel: number('ATR(14) / close'), typicalAtrRel: number('Its median over the window'), ratio: number(), level: oneOf(LEVEL) }),
    market: object({ btcMove: number(), basketMove: number(), breadth: number('Share of basket pairs up over 20 candles') }),
  },
  { description: 'What the model saw on the last candle' },
);

const push = object({
  indicator: oneOf(indicators),
  shift: object(Object.fromEntries(DIRECTIONS.map((d) => [d, number()])), { description: 'Each direction\u2019s probability as predicted minus with the indicator held neutral' }),
  towardCall: number('How much the indicator moved the called direction\u2019s probability'),
  effect: oneOf(['toward', 'against', 'little']),
});

export const explanationSchema: JsonSchema = {
  $id: 'Explanation',
  ...object(
    {
      prediction: ref('Prediction'),
      window: integer('Candles in the model\u2019s window'),
      readings,
      pushes: arrayOf(push, 'One per indicator'),
      pushedToward: arrayOf(oneOf(indicators), 'Strongest first'),
      pushedAgainst: arrayOf(oneOf(indicators), 'Strongest first'),
    },
    { description: '"Why?": the readings the model saw and how much each indicator moved its call (occlusion; a rough measure of reliance, not a cause).' },
  ),
};
