import { LITTLE_EFFECT, type Explanation, type IndicatorPush } from '../inference/explain/explanation.js';
import type { IndicatorName } from '../inference/explain/indicators.js';
import type { IndicatorReadings } from '../inference/explain/readings.js';
import { DIRECTION_NAME } from './formatPrediction.js';
import { escapeHtml } from './html.js';

const LABEL: Record<IndicatorName, string> = { rsi: 'RSI', macd: 'MACD', volume: 'Volume', volatility: 'Volatility', market: 'Market' };

/** A move in volatility units: "up 1.2σ". */
const sigma = (move: number) => `${move >= 0 ? 'up' : 'down'} ${Math.abs(move).toFixed(1)}σ`;

/** MACD histogram sign and slope, in words a trader uses. */
function momentum(histogram: number, rising: boolean): string {
  if (histogram === 0) return 'at zero';
  const side = histogram > 0 ? 'positive' : 'negative';
  const way = histogram > 0 ? 'upward' : 'downward';
  const grows = (histogram > 0) === rising;
  return `${side} and ${rising ? 'rising' : 'falling'} (${way} momentum ${grows ? 'building' : 'fading'})`;
}

/** Each indicator's reading in plain words. */
const READING: Record<IndicatorName, (r: IndicatorReadings, window: number) => string> = {
  rsi: ({ rsi }) => `${rsi.value.toFixed(0)} (${rsi.zone})`,
  macd: ({ macd }) => `histogram ${momentum(macd.histogram, macd.rising)}`,
  volume: ({ volume }) => `${volume.z >= 0 ? '+' : '−'}${Math.abs(volume.z).toFixed(1)}σ against its 20-candle average (${volume.level})`,
  volatility: ({ volatility }, window) =>
    `ATR ${(volatility.atrRel * 100).toFixed(2)}% of price, ${volatility.ratio.toFixed(1)}× its median of the ` +
    `last ${window} candles (${volatility.level})`,
  market: ({ market }) =>
    `BTC ${sigma(market.btcMove)} and the basket ${sigma(market.basketMove)} over 16 candles, ` +
    `${Math.round(market.breadth * 100)}% of the basket up over 20`,
};

/** A probability change in percentage points: 0.021 → "+2.1 points"; a change that rounds to nothing says so. */
function points(change: number): string {
  const magnitude = Math.abs(change * 100);
  if (magnitude < 0.05) return 'under 0.1 points';
  return `${change > 0 ? '+' : '−'}${magnitude.toFixed(1)} points`;
}

function pushText(push: IndicatorPush, call: string): string {
  if (push.effect === 'toward') return `pushed toward ${call} (${points(push.towardCall)})`;
  if (push.effect === 'against') return `pushed against ${call} (${points(push.towardCall)})`;
  return `little effect (${points(push.towardCall)})`;
}

function names(list: readonly IndicatorName[]): string {
  return list.map((n) => LABEL[n]).join(', ');
}

function verdict(e: Explanation, call: string): string {
  const toward =
    e.pushedToward.length > 0
      ? `Behind the ${call} call: ${names(e.pushedToward)}.`
      : `None of these pushed toward ${call} by ${LITTLE_EFFECT * 100} points or more: the call rests on ` +
        `the other features, or on these together.`;
  const against = e.pushedAgainst.length > 0 ? ` Against it: ${names(e.pushedAgainst)}.` : '';
  return toward + against;
}

/** The "Why?" section (HTML) under a detailed prediction. */
export function formatExplanation(e: Explanation): string {
  const p = e.prediction;
  const call = DIRECTION_NAME[p.direction];
  return [
    `<b>Why ${call} on ${escapeHtml(p.symbol)} · ${p.timeframe}?</b>`,
    `What the indicators read on the last ${p.timeframe} candle, and how each moved the model's call:`,
    ...e.pushes.map(
      (push) => `• <b>${LABEL[push.indicator]}</b> ${READING[push.indicator](e.readings, e.window)} — ${pushText(push, call)}`,
    ),
    '',
    verdict(e, call),
    `<i>How this is measured: the model was run again with each indicator held at a neutral level over the ` +
      `${e.window} candles it saw (RSI at 50, MACD at 0, volume at its average, volatility at its median, a flat ` +
      `market); a push is how far that moved the probability of ${call}, in percentage points. The model also sees ` +
      `moving-average, Bollinger, range, candle and time-of-day features, not broken out here. These are the ` +
      `readings the model saw and how it leaned on them, not proof of what will move the price.</i>`,
  ].join('\n');
}
