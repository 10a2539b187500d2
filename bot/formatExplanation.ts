import { LITTLE_EFFECT, type Explanation, type IndicatorPush } from '../inference/explain/explanation.js';
import type { IndicatorName } from '../inference/explain/indicators.js';
import type { IndicatorReadings } from '../inference/explain/readings.js';
import { formatPercent, formatPrice } from '../app/formatNumbers.js';
import { directionName } from './formatPrediction.js';
import { formatFixed } from '../app/formatNumbers.js';
import { escapeHtml } from './html.js';
import type { Lang } from './i18n/chatLocale.js';

const label = (name: IndicatorName, { t }: Lang) => t(`why-indicator-${name}`);

/** A move in volatility units: "up 1.2σ". */
const sigma = (move: number, { t, locale }: Lang) => t(move >= 0 ? 'why-move-up' : 'why-move-down', { sigma: `${formatFixed(Math.abs(move), 1, locale)}σ` });

/** MACD histogram sign and slope, in words a trader uses. */
function momentum(histogram: number, rising: boolean, { t }: Lang): string {
  if (histogram === 0) return t('why-momentum-zero');
  const grows = (histogram > 0) === rising;
  return t('why-momentum', {
    side: t(histogram > 0 ? 'why-momentum-positive' : 'why-momentum-negative'),
    slope: t(rising ? 'why-momentum-rising' : 'why-momentum-falling'),
    way: t(histogram > 0 ? 'why-momentum-upward' : 'why-momentum-downward'),
    trend: t(grows ? 'why-momentum-building' : 'why-momentum-fading'),
  });
}

/** Each indicator's reading in plain words. */
const READING: Record<IndicatorName, (r: IndicatorReadings, window: number, lang: Lang) => string> = {
  rsi: ({ rsi }, _window, { t, locale }) => t('why-reading-rsi', { value: formatFixed(rsi.value, 0, locale), zone: t(`why-zone-${rsi.zone}`) }),
  macd: ({ macd }, _window, lang) => lang.t('why-reading-macd', { momentum: momentum(macd.histogram, macd.rising, lang) }),
  volume: ({ volume }, _window, { t, locale }) =>
    t('why-reading-volume', { z: `${volume.z >= 0 ? '+' : '−'}${formatFixed(Math.abs(volume.z), 1, locale)}σ`, level: t(`why-level-${volume.level}`) }),
  volatility: ({ volatility }, window, { t, locale }) =>
    t('why-reading-volatility', {
      atr: `${formatFixed(volatility.atrRel * 100, 2, locale)}%`,
      ratio: formatFixed(volatility.ratio, 1, locale),
      window: String(window),
      level: t(`why-level-${volatility.level}`),
    }),
  market: ({ market }, _window, lang) =>
    lang.t('why-reading-market', {
      btc: sigma(market.btcMove, lang),
      basket: sigma(market.basketMove, lang),
      breadth: formatPercent(Math.round(market.breadth * 100) / 100, lang.locale),
    }),
};

/** A probability change in percentage points: 0.021 → "+2.1 points"; a change that rounds to nothing says so. */
function points(change: number, { t, locale }: Lang): string {
  const magnitude = Math.abs(change * 100);
  if (magnitude < 0.05) return t('why-points-under', { min: formatFixed(0.1, 1, locale) });
  return t('why-points', { change: `${change > 0 ? '+' : '−'}${formatFixed(magnitude, 1, locale)}` });
}

function pushText(push: IndicatorPush, call: string, lang: Lang): string {
  const key = push.effect === 'toward' ? 'why-push-toward' : push.effect === 'against' ? 'why-push-against' : 'why-push-little';
  return lang.t(key, { call, points: points(push.towardCall, lang) });
}

function names(list: readonly IndicatorName[], lang: Lang): string {
  return list.map((n) => label(n, lang)).join(', ');
}

function verdict(e: Explanation, call: string, lang: Lang): string {
  const { t, locale } = lang;
  const toward =
    e.pushedToward.length > 0
      ? t('why-behind', { call, names: names(e.pushedToward, lang) })
      : t('why-behind-none', { call, min: formatPrice(LITTLE_EFFECT * 100, locale) });
  return e.pushedAgainst.length > 0 ? `${toward} ${t('why-against', { names: names(e.pushedAgainst, lang) })}` : toward;
}

/** The "Why?" section (HTML) under a detailed prediction. */
export function formatExplanation(e: Explanation, lang: Lang): string {
  const { t } = lang;
  const p = e.prediction;
  const call = directionName(p.direction, lang);
  return [
    `<b>${t('why-title', { call, symbol: escapeHtml(p.symbol), timeframe: p.timeframe })}</b>`,
    t('why-intro', { timeframe: p.timeframe }),
    ...e.pushes.map(
      (push) => `• <b>${label(push.indicator, lang)}</b> ${READING[push.indicator](e.readings, e.window, lang)} — ${pushText(push, call, lang)}`,
    ),
    '',
    verdict(e, call, lang),
    `<i>${t('why-method', { window: String(e.window), call })}</i>`,
  ].join('\n');
}
