import type { Direction } from '../inference/labels.js';
import type { Confluence, MultiTimeframeSummary, TimeframeCall, UnavailableReason } from '../inference/summary.js';
import { DIRECTION_EMOJI, DIRECTION_NAME, DISCLAIMER } from './formatPrediction.js';
import { formatPercent, formatPrice } from '../app/formatNumbers.js';
import { escapeHtml } from './html.js';

const UNAVAILABLE: Record<UnavailableReason, string> = {
  no_model: 'no model',
  not_enough_history: 'not enough history',
};

/** Timeframe labels padded to one width, so the calls line up in a monospace column. */
function timeframeCell(call: TimeframeCall, width: number): string {
  return `<code>${call.timeframe.padEnd(width)}</code>`;
}

function callLine(call: TimeframeCall, width: number): string {
  if ('unavailable' in call) return `${timeframeCell(call, width)} — ${UNAVAILABLE[call.unavailable]}`;
  const p = call.prediction;
  return `${timeframeCell(call, width)} ${DIRECTION_EMOJI[p.direction]} ${DIRECTION_NAME[p.direction]} ${formatPercent(p.confidence)}`;
}

function leaning(direction: Direction, plural: boolean): string {
  if (direction === 'NO_TRADE') return plural ? 'see no trade' : 'sees no trade';
  return `${plural ? 'lean' : 'leans'} ${DIRECTION_NAME[direction]}`;
}

/** "3 of 4 timeframes lean LONG", "All 4 timeframes see no trade", "Mixed: 1 LONG · 2 NO TRADE · 1 SHORT". */
export function confluenceLine(c: Confluence): string {
  if (c.of === 0) return 'No timeframe has a call right now.';
  if (c.direction === null) {
    const counts = (Object.entries(c.counts) as [Direction, number][]).filter(([, n]) => n > 0);
    return `Mixed: ${counts.map(([d, n]) => `${n} ${DIRECTION_NAME[d]}`).join(' · ')}`;
  }
  if (c.of === 1) return `Only one timeframe has a call, and it ${leaning(c.direction, false)}`;
  const who = c.agreeing === c.of ? `All ${c.of} timeframes` : `${c.agreeing} of ${c.of} timeframes`;
  return `${who} ${leaning(c.direction, true)}`;
}

/** The /predict SYMBOL reply (HTML): one line per timeframe, whether they agree, and the last price. */
export function formatSummary(s: MultiTimeframeSummary): string {
  const width = Math.max(...s.calls.map((c) => c.timeframe.length));
  const latest = s.calls.find((c) => 'prediction' in c);
  return [
    `<b>${escapeHtml(s.symbol)} · all timeframes</b>`,
    ...s.calls.map((c) => callLine(c, width)),
    '',
    `<b>${confluenceLine(s.confluence)}</b>`,
    ...(latest && 'prediction' in latest
      ? [`Last close (${latest.timeframe}): <code>${formatPrice(latest.prediction.entry)}</code>`]
      : []),
    'Tap a timeframe for entry, stop-loss and targets.',
    DISCLAIMER,
  ].join('\n');
}
