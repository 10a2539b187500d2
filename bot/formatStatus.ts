import { POLICY_ACTIONS } from '../inference/labels.js';
import type { MarketConditions } from '../inference/status/marketConditions.js';
import type { MoodLabel } from '../inference/status/mood.js';
import { RECORD_DAYS, type PaperRecord } from '../inference/status/paperRecord.js';
import type { StatusReply } from '../inference/status/status.js';
import { formatPercent, formatPrice, formatUtc } from '../app/formatNumbers.js';
import { policyLines } from './formatPolicy.js';
import { formatReturn } from './formatReturn.js';
import { formatFactorValue, ordinal } from './formatRisk.js';
import { escapeHtml } from './html.js';

const MOOD_MARK: Record<MoodLabel, string> = { tense: '😟', cautious: '🤔', steady: '🙂', upbeat: '😄' };

/** Words for where a reading falls in the pair's own history: bottom, middle or top third. */
const VOLATILITY_WORDS = ['calm', 'moving as usual', 'turbulent'] as const;
const VOLUME_WORDS = ['thin', 'usual', 'heavy'] as const;

const COMPACT = new Intl.NumberFormat('en-US', { notation: 'compact', maximumSignificantDigits: 3 });

const POLICY_CALL = POLICY_ACTIONS.join(' / ');
const POLICY_MISSING = `Policy model not loaded yet, so there is no ${POLICY_CALL} call.`;
const POLICY_FAILED = `The policy could not read the market just now, so there is no ${POLICY_CALL} call; try again shortly.`;

/**
 * The /status reply (HTML). Layer 1: the mood, a one-line reading of the market, and the paper-trading
 * record the mood read. Layer 2: the pair's price and the policy's call, or that no policy model is loaded.
 * Then the disclaimer.
 */
export function formatStatus({ mood, market, record, policy, policyFailed }: StatusReply): string {
  const pair = escapeHtml(market.symbol);
  return [
    `${MOOD_MARK[mood.label]} <b>Mood: ${mood.score}/100 · ${mood.label}</b>`,
    analysis(market),
    recordLine(record),
    '',
    `<b>Policy · ${pair}</b>`,
    `Price: <code>${formatPrice(market.price)}</code> (${market.timeframe} close of ${formatUtc(market.candleTime)})`,
    ...(policy ? policyLines(policy) : [policyFailed ? POLICY_FAILED : POLICY_MISSING]),
    '',
    '<i>Paper-trading signals, not financial advice.</i>',
  ].join('\n');
}

/** The paper-trading record behind the mood, or that there is none yet. */
function recordLine(r: PaperRecord): string {
  if (r.closedTrades === 0 && r.tradesLastHour === 0) {
    return (
      '<i>Paper-trading record: not started yet — alerts will fill it (P&amp;L, win rate, trades in the last hour). ' +
      'Until then the mood reads the market only.</i>'
    );
  }
  const winRate = r.closedTrades === 0 ? '–' : formatPercent(r.wins / r.closedTrades);
  return (
    `Paper trading, last ${RECORD_DAYS} days: ${r.closedTrades} closed, win rate ${winRate}, ` +
    `P&amp;L ${formatReturn(r.pnl)} · ${r.tradesLastHour} opened in the last hour.`
  );
}

/** "BTC/USDT is calm (volatility 1.2% a day, 8th percentile of its last 30 days) on heavy volume (…)." */
function analysis(m: MarketConditions): string {
  const quote = m.symbol.split('/')[1] ?? '';
  const days = m.historyDays === 1 ? '1 day' : `${m.historyDays} days`;
  const volatility = formatFactorValue({ unit: 'percent', value: m.volatility });
  return (
    `${escapeHtml(m.symbol)} is ${third(VOLATILITY_WORDS, m.volatilityPercentile)} ` +
    `(volatility ${volatility} a day, ${ordinal(Math.floor(m.volatilityPercentile))} percentile of its last ${days}) ` +
    `on ${third(VOLUME_WORDS, m.volumePercentile)} volume ` +
    `(${COMPACT.format(m.quoteVolume24h)} ${escapeHtml(quote)} in 24h, ${ordinal(Math.floor(m.volumePercentile))} percentile).`
  );
}

function third<T>(words: readonly [T, T, T], percentile: number): T {
  return words[Math.min(2, Math.floor(percentile / (100 / 3)))]!;
}
