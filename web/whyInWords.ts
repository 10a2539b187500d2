import { decimal, percent } from './format.js';
import { m } from './i18n.js';
import type { Explanation } from './types.js';

/** The readings the model saw, one plain sentence each. */
export function readingsInWords({ readings: r }: Explanation): string[] {
  const word = (level: string) => m.level[level] ?? level;
  return [
    m.readingRsi(decimal(r.rsi.value, 0), word(r.rsi.zone)),
    m.readingMacd(r.macd.histogram >= 0, decimal(r.macd.histogram, 2), r.macd.rising),
    m.readingVolume(word(r.volume.level), `${r.volume.z >= 0 ? '+' : ''}${decimal(r.volume.z, 1)}`),
    m.readingVolatility(word(r.volatility.level), decimal(r.volatility.ratio, 2)),
    m.readingMarket(decimal(r.market.btcMove, 1), decimal(r.market.basketMove, 1), percent(r.market.breadth)),
  ];
}

/** Each indicator's pull on the call, strongest first, in probability points. */
export function pushesInWords({ pushes }: Explanation): string[] {
  return [...pushes]
    .sort((a, b) => Math.abs(b.towardCall) - Math.abs(a.towardCall))
    .map((p) => m.push(p.indicator, m.pushEffect[p.effect] ?? p.effect, `${p.towardCall >= 0 ? '+' : '−'}${decimal(Math.abs(p.towardCall * 100), 1)}`));
}
