import { DIRECTIONS, type Direction } from '../inference/labels.js';
import type { MeasuredHitRate } from '../inference/measuredHitRate.js';
import type { Prediction } from '../inference/prediction.js';
import { callsText, meanNetText, winRateText } from './formatCallStats.js';
import { escapeHtml } from './html.js';
import { formatCount, formatDuration, formatPercent, formatPrice, formatUtc } from '../app/formatNumbers.js';

export const DIRECTION_NAME: Record<Direction, string> = { LONG: 'LONG', SHORT: 'SHORT', NO_TRADE: 'NO TRADE' };
export const DIRECTION_EMOJI: Record<Direction, string> = { LONG: '🟢', SHORT: '🔴', NO_TRADE: '⚪' };

export const DISCLAIMER = '<i>Paper-trading signal, not financial advice.</i>';

/** The /predict reply in HTML parse mode. Everything in it comes from our own data, escaped anyway. */
export function formatPrediction(p: Prediction): string {
  const probabilities = DIRECTIONS.map((d) => `${DIRECTION_NAME[d]} ${formatPercent(p.probabilities[d])}`);
  return [
    `<b>${escapeHtml(p.symbol)} · ${p.timeframe}</b>`,
    `${DIRECTION_EMOJI[p.direction]} <b>${DIRECTION_NAME[p.direction]}</b> · confidence ${formatPercent(p.confidence)}`,
    `Probabilities: ${probabilities.join(' · ')}`,
    '',
    ...levelLines(p),
    '',
    `Valid until ${formatUtc(p.validUntil)}`,
    `Based on the ${p.timeframe} candle of ${formatUtc(p.candleTime)}`,
    ...modelLines(p),
    DISCLAIMER,
  ].join('\n');
}

/** The model's version, then what its card measured for calls like this one. */
function modelLines(p: Prediction): string[] {
  const model = `Model <code>${escapeHtml(p.modelVersion)}</code>`;
  const measured = p.modelHitRate;
  if (measured === null) return [`${model} · win rate not measured yet`];
  if (measured.legacy) return [`${model} · ${legacyText(measured)}`];
  const scope = measured.band ? `calls ${bandWords(measured.band)}` : 'all its calls';
  const count = measured.signals === null ? '' : ` on ${callsText(measured.signals)}`;
  return [
    model,
    `Walk-forward, ${scope}: ${winRateText(measured.rate, measured.breakevenRate)} · ` +
      `${meanNetText(measured.meanNetReturn, measured.meanNetReturnCi95)}${count}`,
  ];
}

/** A card from before the one trade rule: its TP1-before-the-stop hit rate, saying which calls it was measured on. */
function legacyText(hitRate: MeasuredHitRate): string {
  const calls = hitRate.signals === null ? 'calls' : `${formatCount(hitRate.signals)} calls`;
  const scope = hitRate.band ? `${calls} ${bandWords(hitRate.band)}` : `all its ${calls}`;
  return `hit rate ${formatPercent(hitRate.rate)} (walk-forward, ${scope})`;
}

function bandWords({ from, below }: { from: number; below: number }): string {
  if (from <= 0) return `below ${formatPercent(below)} confidence`;
  if (below >= 1) return `at ${formatPercent(from)} confidence or more`;
  return `at ${formatPercent(from)}–${formatPercent(below)} confidence`;
}

function levelLines(p: Prediction): string[] {
  if (p.direction === 'NO_TRADE' || p.stopLoss === null || p.takeProfits === null) {
    return [
      `Last close: <code>${formatPrice(p.entry)}</code>`,
      'No trade: the model sees no edge here, so there are no levels.',
    ];
  }
  const { tp1, tp2, tp3 } = p.takeProfits;
  return [
    `Entry: <code>${formatPrice(p.entry)}</code>`,
    `Stop-loss: <code>${formatPrice(p.stopLoss)}</code>`,
    [tp1, tp2, tp3].map((tp, k) => `TP${k + 1}: <code>${formatPrice(tp)}</code>`).join(' · '),
    `Time to TP1: ${p.tpEtaMinutes === null ? 'unknown' : formatDuration(p.tpEtaMinutes)}`,
  ];
}
