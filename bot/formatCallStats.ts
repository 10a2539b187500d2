import type { CallStats } from '../inference/callStats.js';
import { formatCount } from '../app/formatNumbers.js';
import type { Lang } from './i18n/chatLocale.js';
import { formatFixed } from '../app/formatNumbers.js';
import { formatReturn } from './formatReturn.js';

/**
 * The statistics of a bucket of calls in plain words, the same on every surface (/predict, /subscribe, /model,
 * /performance, the digest): "win rate 54.1% vs break-even 52.4% · mean net +0.12% (95% CI −0.05%…+0.30%) on
 * 1,234 calls". No HTML special characters, so it needs no escaping. Each takes the reader's language last
 * (English when left out).
 */


/** Win rate and break-even with one decimal: the two are close, and whole percents would hide the gap. */
export function formatRate(share: number, lang: Lang): string {
  return `${formatFixed(share * 100, 1, lang.locale)}%`;
}

/** "win rate 54.1% vs break-even 52.4%"; without a win or a stop, says so. */
export function winRateText(winRate: number | null, breakeven: number | null, lang: Lang): string {
  const { t } = lang;
  if (winRate === null) return t('stats-no-win-or-stop');
  const rate = formatRate(winRate, lang);
  return breakeven === null ? t('stats-win-rate', { rate }) : t('stats-win-rate-vs-breakeven', { rate, breakeven: formatRate(breakeven, lang) });
}

/** "mean net +0.12% (95% CI −0.05%…+0.30%)", the interval left out when unknown. */
export function meanNetText(mean: number | null, ci: readonly [number, number] | null | undefined, lang: Lang): string {
  const { t, locale } = lang;
  if (mean === null) return t('stats-mean-net-none');
  const text = formatReturn(mean, locale);
  return ci ? t('stats-mean-net-ci', { mean: text, low: formatReturn(ci[0], locale), high: formatReturn(ci[1], locale) }) : t('stats-mean-net', { mean: text });
}

/** "1,234 calls", "1 call". */
export function callsText(count: number, lang: Lang): string {
  return lang.t('stats-calls', { n: count, count: formatCount(count, lang.locale) });
}

/** "4 wins, 4 stops, 1 expired". */
export function resultCounts(s: Pick<CallStats, 'wins' | 'stops' | 'expired'>, lang: Lang): string {
  const { t, locale } = lang;
  return t('stats-results', {
    nWins: s.wins,
    wins: formatCount(s.wins, locale),
    nStops: s.stops,
    stops: formatCount(s.stops, locale),
    expired: formatCount(s.expired, locale),
  });
}

/** The whole line: win rate vs break-even · mean net with its interval, on N calls. */
export function formatCallStats(
  s: Pick<CallStats, 'count' | 'win_rate' | 'breakeven_win_rate' | 'mean_net_return' | 'mean_net_return_ci95'>,
  lang: Lang,
): string {
  return lang.t('stats-line', {
    winRate: winRateText(s.win_rate, s.breakeven_win_rate, lang),
    meanNet: meanNetText(s.mean_net_return, s.mean_net_return_ci95, lang),
    calls: callsText(s.count, lang),
  });
}
