import type { MoodMove, PairResult, PerformanceReport, PerformanceWindow, Tally } from '../inference/performance.js';
import { FEE_RATE } from '../inference/tradeReturn.js';
import { formatCallStats, meanNetText, resultCounts, winRateText } from './formatCallStats.js';
import { formatPercent } from '../app/formatNumbers.js';
import { formatReturn } from './formatReturn.js';
import { escapeHtml } from './html.js';

/**
 * The /performance reply: per window, the alert signals by the one trade rule — wins (TP1 before the stop),
 * stops, expired, the win rate against break-even and the mean net return with its interval — overall, by
 * timeframe and by confidence band; P&L, best and worst pairs, the mood's moves.
 */
export function formatPerformance(report: PerformanceReport): string {
  const scope = report.timeframe === null ? 'alerts on every timeframe' : `${report.timeframe} alerts`;
  return [
    `📊 <b>Performance</b> · ${scope}`,
    '<i>Each alert is a paper trade of one unit: a win closes at TP1 (reached before the stop), a stop at the ' +
      'stop (a candle touching both counts as the stop), and one that reaches neither expires at the horizon\'s ' +
      `last close. Win rate = wins / (wins + stops), against the break-even win rate after ${formatPercent(FEE_RATE)} ` +
      'fees per side. Mean net: every resolved trade after fees, with a 95% interval by day.</i>',
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
    `Signals ${w.total.signals} · resolved ${w.total.resolved}${w.total.resolved > 0 ? ` · ${resultCounts(w.total.stats)}` : ''} · ` +
      `P&amp;L ${pnl(w.total)}`,
    ...(w.total.resolved > 0 ? [bucketStats(w.total)] : []),
    ...buckets('By timeframe', w.byTimeframe.map(({ timeframe, tally }) => [timeframe, tally])),
    ...buckets('By confidence', w.byBand.map(({ band, tally }) => [band, tally])),
    ...pairsLine(w.best, w.worst),
    ...moodLine(w.mood),
  ];
}

/** "Win rate 50.0% vs break-even 52.4% · mean net −0.12% (95% CI −0.50%…+0.30%)". */
function bucketStats(t: Tally): string {
  const text = `${winRateText(t.stats.win_rate, t.stats.breakeven_win_rate)} · ${meanNetText(t.stats.mean_net_return, t.stats.mean_net_return_ci95)}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One line per bucket with a resolved signal: its counts and statistics. */
function buckets(title: string, rows: readonly [string, Tally][]): string[] {
  const resolved = rows.filter(([, t]) => t.resolved > 0);
  if (resolved.length === 0) return [];
  return [
    `${title}:`,
    ...resolved.map(([name, t]) => `• ${escapeHtml(name)}: ${resultCounts(t.stats)} · ${formatCallStats(t.stats)}`),
  ];
}

/** "50.0% vs break-even 52.4% (4 wins, 4 stops, 1 expired)", or "–" with nothing resolved. */
export function winRate(t: Tally): string {
  if (t.resolved === 0) return '–';
  return `${winRateText(t.stats.win_rate, t.stats.breakeven_win_rate)} (${resultCounts(t.stats)})`;
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
