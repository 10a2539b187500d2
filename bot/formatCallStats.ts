import type { CallStats } from '../inference/callStats.js';
import { formatCount } from '../app/formatNumbers.js';
import { formatReturn } from './formatReturn.js';

/**
 * The statistics of a bucket of calls in plain words, the same on every surface (/predict, /subscribe, /model,
 * /performance, the digest): "win rate 54.1% vs break-even 52.4% · mean net +0.12% (95% CI −0.05%…+0.30%) on
 * 1,234 calls". No HTML special characters, so it needs no escaping.
 */

/** Win rate and break-even with one decimal: the two are close, and whole percents would hide the gap. */
export function formatRate(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/** "win rate 54.1% vs break-even 52.4%"; without a win or a stop, says so. */
export function winRateText(winRate: number | null, breakeven: number | null): string {
  if (winRate === null) return 'no win or stop yet';
  return breakeven === null ? `win rate ${formatRate(winRate)}` : `win rate ${formatRate(winRate)} vs break-even ${formatRate(breakeven)}`;
}

/** "mean net +0.12% (95% CI −0.05%…+0.30%)", the interval left out when unknown. */
export function meanNetText(mean: number | null, ci: readonly [number, number] | null | undefined): string {
  if (mean === null) return 'mean net –';
  return ci ? `mean net ${formatReturn(mean)} (95% CI ${formatReturn(ci[0])}…${formatReturn(ci[1])})` : `mean net ${formatReturn(mean)}`;
}

/** "1,234 calls", "1 call". */
export function callsText(count: number): string {
  return `${formatCount(count)} call${count === 1 ? '' : 's'}`;
}

/** "4 wins, 4 stops, 1 expired". */
export function resultCounts(s: Pick<CallStats, 'wins' | 'stops' | 'expired'>): string {
  return `${formatCount(s.wins)} win${s.wins === 1 ? '' : 's'}, ${formatCount(s.stops)} stop${s.stops === 1 ? '' : 's'}, ` +
    `${formatCount(s.expired)} expired`;
}

/** The whole line: win rate vs break-even · mean net with its interval, on N calls. */
export function formatCallStats(s: Pick<CallStats, 'count' | 'win_rate' | 'breakeven_win_rate' | 'mean_net_return' | 'mean_net_return_ci95'>): string {
  return `${winRateText(s.win_rate, s.breakeven_win_rate)} · ${meanNetText(s.mean_net_return, s.mean_net_return_ci95)} on ${callsText(s.count)}`;
}
