import { TIMEFRAMES } from '../../market/timeframes.js';
import type { Subscription } from '../../storage/subscriptionsRepository.js';
import { escapeHtml } from '../html.js';

const rank = (timeframe: string) => {
  const k = (TIMEFRAMES as readonly string[]).indexOf(timeframe);
  return k === -1 ? TIMEFRAMES.length : k;
};

/** Pairs in the order first named, each with its timeframes shortest first. */
function bySymbol(subscriptions: readonly Subscription[]): Array<[string, string[]]> {
  const groups = new Map<string, string[]>();
  for (const { symbol, timeframe } of subscriptions) groups.set(symbol, [...(groups.get(symbol) ?? []), timeframe]);
  return [...groups.entries()].map(([symbol, timeframes]) => [symbol, timeframes.sort((a, b) => rank(a) - rank(b))]);
}

/** One line per pair, pairs in alphabetical order: `BTC/USDT — 1h, 4h`. */
export function formatSubscriptionLines(subscriptions: readonly Subscription[]): string[] {
  return bySymbol(subscriptions)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([symbol, timeframes]) => `<b>${escapeHtml(symbol)}</b> — ${timeframes.map(escapeHtml).join(', ')}`);
}

/** Inline, in the order named: `BTC/USDT 1h, BTC/USDT 1d, ETH/USDT 1h`. */
export function formatSubscriptionList(subscriptions: readonly Subscription[]): string {
  return bySymbol(subscriptions)
    .flatMap(([symbol, timeframes]) => timeframes.map((t) => `${escapeHtml(symbol)} ${escapeHtml(t)}`))
    .join(', ');
}
