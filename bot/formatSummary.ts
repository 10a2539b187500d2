import type { Direction } from '../inference/labels.js';
import type { Confluence, MultiTimeframeSummary, TimeframeCall, UnavailableReason } from '../inference/summary.js';
import { DIRECTION_EMOJI, directionName, disclaimer } from './formatPrediction.js';
import { formatCount, formatPercent, formatPrice } from '../app/formatNumbers.js';
import { escapeHtml } from './html.js';
import type { Lang } from './i18n/chatLocale.js';

const UNAVAILABLE: Record<UnavailableReason, string> = {
  no_model: 'summary-unavailable-no-model',
  not_enough_history: 'summary-unavailable-not-enough-history',
};

/** Timeframe labels padded to one width, so the calls line up in a monospace column. */
function timeframeCell(call: TimeframeCall, width: number): string {
  return `<code>${call.timeframe.padEnd(width)}</code>`;
}

function callLine(call: TimeframeCall, width: number, lang: Lang): string {
  if ('unavailable' in call) return `${timeframeCell(call, width)} — ${lang.t(UNAVAILABLE[call.unavailable])}`;
  const p = call.prediction;
  return `${timeframeCell(call, width)} ${DIRECTION_EMOJI[p.direction]} ${directionName(p.direction, lang)} ${formatPercent(p.confidence, lang.locale)}`;
}

/** The key of a confluence sentence: the leaning one, or its "no trade" form. */
function leaning(key: string, direction: Direction): string {
  return direction === 'NO_TRADE' ? `${key}-no-trade` : key;
}

/** "3 of 4 timeframes lean LONG", "All 4 timeframes see no trade", "Mixed: 1 LONG · 2 NO TRADE · 1 SHORT". */
export function confluenceLine(c: Confluence, lang: Lang): string {
  const { t, locale } = lang;
  if (c.of === 0) return t('summary-confluence-none');
  if (c.direction === null) {
    const counts = (Object.entries(c.counts) as [Direction, number][]).filter(([, n]) => n > 0);
    return t('summary-confluence-mixed', { counts: counts.map(([d, n]) => `${formatCount(n, locale)} ${directionName(d, lang)}`).join(' · ') });
  }
  const direction = directionName(c.direction, lang);
  if (c.of === 1) return t(leaning('summary-confluence-one', c.direction), { direction });
  const of = formatCount(c.of, locale);
  if (c.agreeing === c.of) return t(leaning('summary-confluence-all', c.direction), { of, direction });
  return t(leaning('summary-confluence-some', c.direction), { agreeing: formatCount(c.agreeing, locale), of, direction });
}

/** The /predict SYMBOL reply (HTML): one line per timeframe, whether they agree, and the last price. */
export function formatSummary(s: MultiTimeframeSummary, lang: Lang): string {
  const { t, locale } = lang;
  const width = Math.max(...s.calls.map((c) => c.timeframe.length));
  const latest = s.calls.find((c) => 'prediction' in c);
  return [
    `<b>${t('summary-title', { symbol: escapeHtml(s.symbol) })}</b>`,
    ...s.calls.map((c) => callLine(c, width, lang)),
    '',
    `<b>${confluenceLine(s.confluence, lang)}</b>`,
    ...(latest && 'prediction' in latest
      ? [t('summary-last-close', { timeframe: latest.timeframe, price: formatPrice(latest.prediction.entry, locale) })]
      : []),
    t('summary-tap'),
    disclaimer(lang),
  ].join('\n');
}
