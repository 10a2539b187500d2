import { percent } from './format.js';
import type { Explanation } from './types.js';

/** The readings the model saw, one plain sentence each. */
export function readingsInWords({ readings: r }: Explanation): string[] {
  return [
    `RSI ${r.rsi.value.toFixed(0)}: ${r.rsi.zone}.`,
    `MACD histogram ${r.macd.histogram >= 0 ? 'above' : 'below'} zero (${r.macd.histogram.toFixed(2)} ATR), ${r.macd.rising ? 'rising' : 'falling'}.`,
    `Volume ${r.volume.level} (${r.volume.z >= 0 ? '+' : ''}${r.volume.z.toFixed(1)} σ from its 20-candle mean).`,
    `Volatility ${r.volatility.level}: ${r.volatility.ratio.toFixed(2)}× its usual level.`,
    `Market: BTC moved ${r.market.btcMove.toFixed(1)} and the basket ${r.market.basketMove.toFixed(1)} of their own volatility units; ${percent(r.market.breadth)} of the basket is up.`,
  ];
}

/** Each indicator's pull on the call, strongest first, in probability points. */
export function pushesInWords({ pushes }: Explanation): string[] {
  return [...pushes]
    .sort((a, b) => Math.abs(b.towardCall) - Math.abs(a.towardCall))
    .map((p) => `${p.indicator}: ${p.effect === 'little' ? 'little effect' : `${p.effect} the call`} (${p.towardCall >= 0 ? '+' : '−'}${Math.abs(p.towardCall * 100).toFixed(1)} points)`);
}
