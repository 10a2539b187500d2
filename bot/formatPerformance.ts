import type { MoodMove, PairResult, PerformanceReport, PerformanceWindow, Tally } from '../inference/performance.js';
import { FEE_RATE } from '../inference/tradeReturn.js';
import { formatCallStats, meanNetText, resultCounts, winRateText } from './formatCallStats.js';
import { formatPercent } from '../app/formatNumbers.js';
import { formatReturn } from './formatReturn.js';
import { escapeHtml } from './html.js';
import type { Lang } from './i18n/chatLocale.js';

/**
 * The /performance reply: per window, the alert signals by the one trade rule — wins (TP1 before the stop),
 * stops, expired, the win rate against break-even and the mean net return with its interval — overall, by
 * timeframe and by confidence band; P&L, best and worst pairs, the mood's moves.
 */
export function formatPerformance(report: PerformanceReport, lang: Lang): string {
  const { t, locale } = lang;
  const scope = report.timeframe === null ? t('performance-scope-all') : t('performance-scope-timeframe', { timeframe: report.timeframe });
  return [
    t('performance-title', { scope }),
    t('performance-rules', { fee: formatPercent(FEE_RATE, locale) }),
    ...report.windows.flatMap((w) => ['', ...formatWindow(w, lang)]),
    '',
    t('disclaimer-paper-trading'),
  ].join('\n');
}

function formatWindow(w: PerformanceWindow, lang: Lang): string[] {
  const { t } = lang;
  const title = t('performance-window', { days: String(w.days) });
  if (w.total.signals === 0) return [title, t('performance-no-signals'), ...moodLine(w.mood, lang)];
  const totals = { signals: String(w.total.signals), resolved: String(w.total.resolved), pnl: pnl(w.total, lang) };
  return [
    title,
    w.total.resolved > 0
      ? t('performance-totals-counts', { ...totals, counts: resultCounts(w.total.stats, lang) })
      : t('performance-totals', totals),
    ...(w.total.resolved > 0 ? [bucketStats(w.total, lang)] : []),
    ...buckets(t('performance-by-timeframe'), w.byTimeframe.map(({ timeframe, tally }) => [timeframe, tally]), lang),
    ...buckets(t('performance-by-confidence'), w.byBand.map(({ band, tally }) => [band, tally]), lang),
    ...pairsLine(w.best, w.worst, lang),
    ...moodLine(w.mood, lang),
  ];
}

/** "Win rate 50.0% vs break-even 52.4% · mean net −0.12% (95% CI −0.50%…+0.30%)". */
function bucketStats(t: Tally, lang: Lang): string {
  const text = `${winRateText(t.stats.win_rate, t.stats.breakeven_win_rate, lang)} · ${meanNetText(t.stats.mean_net_return, t.stats.mean_net_return_ci95, lang)}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One line per bucket with a resolved signal: its counts and statistics. */
function buckets(title: string, rows: readonly [string, Tally][], lang: Lang): string[] {
  const resolved = rows.filter(([, t]) => t.resolved > 0);
  if (resolved.length === 0) return [];
  return [
    title,
    ...resolved.map(([name, t]) => `• ${escapeHtml(name)}: ${resultCounts(t.stats, lang)} · ${formatCallStats(t.stats, lang)}`),
  ];
}

/** "50.0% vs break-even 52.4% (4 wins, 4 stops, 1 expired)", or "–" with nothing resolved. */
export function winRate(t: Tally, lang: Lang): string {
  if (t.resolved === 0) return '–';
  return `${winRateText(t.stats.win_rate, t.stats.breakeven_win_rate, lang)} (${resultCounts(t.stats, lang)})`;
}

/** The summed return after fees, or "–" with nothing resolved. */
export function pnl(t: Tally, lang: Lang): string {
  return t.resolved === 0 ? '–' : formatReturn(t.pnl, lang.locale);
}

function pairsLine(best: PairResult | null, worst: PairResult | null, { t, locale }: Lang): string[] {
  if (!best || !worst) return [];
  const pair = (p: PairResult) => `${escapeHtml(p.symbol)} ${formatReturn(p.pnl, locale)} (${p.resolved})`;
  return [best === worst ? t('performance-only-pair', { pair: pair(best) }) : t('performance-best-worst', { best: pair(best), worst: pair(worst) })];
}

function moodLine(mood: MoodMove | null, { t }: Lang): string[] {
  if (!mood) return [];
  if (mood.changes === 0) return [t('performance-mood', { last: String(mood.last) })];
  return [
    t('performance-mood-moves', {
      first: String(mood.first),
      last: String(mood.last),
      low: String(mood.low),
      high: String(mood.high),
      changes: t('performance-changes', { count: mood.changes, n: String(mood.changes) }),
    }),
  ];
}
