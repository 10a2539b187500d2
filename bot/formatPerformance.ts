import type { MoodMove, PairResult, PerformanceReport, PerformanceWindow, Tally } from '../inference/performance.js';
import { FEE_RATE } from '../inference/tradeReturn.js';
import { formatPercent } from './formatNumbers.js';
import { formatReturn } from './formatReturn.js';
import { escapeHtml } from './html.js';

/** The /performance reply: per window, the alert signals' hit rates and P&L, best and worst pairs, the mood's moves. */
export function formatPerformance(report: PerformanceReport): string {
  const scope = report.timeframe === null ? 'alerts on every timeframe' : `${report.timeframe} alerts`;
  return [
    `📊 <b>Performance</b> · ${scope}`,
    `<i>Hit = TP1 before the stop, the barrier rule of the model cards. P&amp;L after ${formatPercent(FEE_RATE)} ` +
      'fees per side, one unit of notional per trade.</i>',
    ...report.windows.flatMap((w) => ['', ...formatWindow(w)]),
    '',
    '<i>Paper trading, not financial advice.</i>',
  ].join('\n');
}

function formatWindow(w: PerformanceWindow): string[] {
  const title = `<b>Last ${w.days} days</b>`;
  if (w.total.signals === 0) return [title, 'No alert signals.', ...moodLine(w.mood)];
  return [
    title,
    `Signals ${w.total.signals} · resolved ${w.total.resolved} · hit rate ${hitRate(w.total)} · P&amp;L ${pnl(w.total)}`,
    `By timeframe: ${w.byTimeframe.map(({ timeframe, tally }) => `${timeframe} ${hitRate(tally)}`).join(' · ')}`,
    `By confidence: ${w.byBand.map(({ band, tally }) => `${escapeHtml(band)} ${hitRate(tally)}`).join(' · ')}`,
    ...pairsLine(w.best, w.worst),
    ...moodLine(w.mood),
  ];
}

/** "44% (4/9)", or "–" with nothing resolved. */
export function hitRate(t: Tally): string {
  return t.resolved === 0 ? '–' : `${formatPercent(t.hits / t.resolved)} (${t.hits}/${t.resolved})`;
}

/** The summed return after fees, or "–" with nothing resolved. */
export function pnl(t: Tally): string {
  return t.resolved === 0 ? '–' : formatReturn(t.pnl);
}

function pairsLine(best: PairResult | null, worst: PairResult | null): string[] {
  if (!best || !worst) return [];
  const pair = (p: PairResult) => `${escapeHtml(p.symbol)} ${formatReturn(p.pnl)} (${p.resolved})`;
  return [best === worst ? `Only pair resolved: ${pair(best)}` : `Best ${pair(best)} · worst ${pair(worst)}`];
}

function moodLine(mood: MoodMove | null): string[] {
  if (!mood) return [];
  if (mood.changes === 0) return [`Mood ${mood.last}`];
  const changes = mood.changes === 1 ? '1 change' : `${mood.changes} changes`;
  return [`Mood ${mood.first} → ${mood.last} (low ${mood.low}, high ${mood.high}, ${changes})`];
}
