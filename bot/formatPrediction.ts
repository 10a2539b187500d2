import { DIRECTIONS, type Direction } from '../inference/labels.js';
import type { MeasuredHitRate } from '../inference/measuredHitRate.js';
import type { Prediction } from '../inference/prediction.js';
import { callsText, meanNetText, winRateText } from './formatCallStats.js';
import { escapeHtml } from './html.js';
import type { Lang } from './i18n/chatLocale.js';
import { formatCount, formatDuration, formatPercent, formatPrice, formatUtc } from '../app/formatNumbers.js';

export const DIRECTION_EMOJI: Record<Direction, string> = { LONG: '🟢', SHORT: '🔴', NO_TRADE: '⚪' };

const DIRECTION_KEY: Record<Direction, string> = { LONG: 'direction-long', SHORT: 'direction-short', NO_TRADE: 'direction-no-trade' };

/** A call's name in the reader's language: LONG and SHORT stay as traders say them, NO TRADE is translated. */
export function directionName(direction: Direction, lang: Lang): string {
  return lang.t(DIRECTION_KEY[direction]);
}

/** "Paper-trading signal, not financial advice", in italics. */
export function disclaimer(lang: Lang): string {
  return lang.t('predict-disclaimer');
}

/** The /predict reply in HTML parse mode. Everything in it comes from our own data, escaped anyway. */
export function formatPrediction(p: Prediction, lang: Lang): string {
  const { t, locale } = lang;
  const probabilities = DIRECTIONS.map((d) => `${directionName(d, lang)} ${formatPercent(p.probabilities[d], locale)}`);
  return [
    `<b>${escapeHtml(p.symbol)} · ${p.timeframe}</b>`,
    t('predict-call', { emoji: DIRECTION_EMOJI[p.direction], direction: directionName(p.direction, lang), confidence: formatPercent(p.confidence, locale) }),
    t('predict-probabilities', { list: probabilities.join(' · ') }),
    '',
    ...levelLines(p, lang),
    '',
    t('predict-valid-until', { time: formatUtc(p.validUntil, locale) }),
    t('predict-based-on', { timeframe: p.timeframe, time: formatUtc(p.candleTime, locale) }),
    ...modelLines(p, lang),
    disclaimer(lang),
  ].join('\n');
}

/** The model's version, then what its card measured for calls like this one. */
function modelLines(p: Prediction, lang: Lang): string[] {
  const { t } = lang;
  const model = t('predict-model', { version: escapeHtml(p.modelVersion) });
  const measured = p.modelHitRate;
  if (measured === null) return [t('predict-model-unmeasured', { model })];
  if (measured.legacy) return [`${model} · ${legacyText(measured, lang)}`];
  const scope = measured.band ? t('predict-scope-band', { band: bandWords(measured.band, lang) }) : t('predict-scope-all');
  const stats = `${winRateText(measured.rate, measured.breakevenRate, lang)} · ${meanNetText(measured.meanNetReturn, measured.meanNetReturnCi95, lang)}`;
  return [
    model,
    t('predict-walk-forward', {
      scope,
      stats: measured.signals === null ? stats : t('predict-on-calls', { stats, calls: callsText(measured.signals, lang) }),
    }),
  ];
}

/** A card from before the one trade rule: its TP1-before-the-stop hit rate, saying which calls it was measured on. */
function legacyText(hitRate: MeasuredHitRate, lang: Lang): string {
  const { t, locale } = lang;
  const calls = hitRate.signals === null ? t('predict-legacy-calls-unknown') : t('predict-legacy-calls', { count: formatCount(hitRate.signals, locale) });
  const scope = hitRate.band ? t('predict-legacy-scope-band', { calls, band: bandWords(hitRate.band, lang) }) : t('predict-legacy-scope-all', { calls });
  return t('predict-legacy-hit-rate', { rate: formatPercent(hitRate.rate, locale), scope });
}

function bandWords({ from, below }: { from: number; below: number }, { t, locale }: Lang): string {
  if (from <= 0) return t('predict-band-below', { below: formatPercent(below, locale) });
  if (below >= 1) return t('predict-band-from', { from: formatPercent(from, locale) });
  return t('predict-band-between', { from: formatPercent(from, locale), below: formatPercent(below, locale) });
}

function levelLines(p: Prediction, { t, locale }: Lang): string[] {
  if (p.direction === 'NO_TRADE' || p.stopLoss === null || p.takeProfits === null) {
    return [t('predict-last-close', { price: formatPrice(p.entry, locale) }), t('predict-no-levels')];
  }
  const { tp1, tp2, tp3 } = p.takeProfits;
  return [
    t('predict-entry', { price: formatPrice(p.entry, locale) }),
    t('predict-stop-loss', { price: formatPrice(p.stopLoss, locale) }),
    [tp1, tp2, tp3].map((tp, k) => `TP${k + 1}: <code>${formatPrice(tp, locale)}</code>`).join(' · '),
    t('predict-time-to-tp1', { eta: p.tpEtaMinutes === null ? t('predict-eta-unknown') : formatDuration(p.tpEtaMinutes, locale) }),
  ];
}
