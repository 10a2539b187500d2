import { POLICY_ACTIONS } from '../inference/labels.js';
import type { MarketConditions } from '../inference/status/marketConditions.js';
import type { MoodLabel } from '../inference/status/mood.js';
import { RECORD_DAYS, type PaperRecord } from '../inference/status/paperRecord.js';
import type { StatusReply } from '../inference/status/status.js';
import { formatPercent, formatPrice, formatUtc } from '../app/formatNumbers.js';
import { INTL_LOCALE, LOCALES, type Locale } from '../app/locales.js';
import { policyLines } from './formatPolicy.js';
import { formatReturn } from './formatReturn.js';
import { dayCount, formatFactorValue, percentileText } from './formatRisk.js';
import { escapeHtml } from './html.js';
import type { Lang } from './i18n/chatLocale.js';

const MOOD_MARK: Record<MoodLabel, string> = { tense: '😟', cautious: '🤔', steady: '🙂', upbeat: '😄' };

/** Words (catalogue keys) for where a reading falls in the pair's own history: bottom, middle or top third. */
const VOLATILITY_WORDS = ['volatility-calm', 'volatility-usual', 'volatility-turbulent'] as const;
const VOLUME_WORDS = ['volume-thin', 'volume-usual', 'volume-heavy'] as const;

const COMPACT = Object.fromEntries(
  LOCALES.map((locale) => [locale, new Intl.NumberFormat(INTL_LOCALE[locale], { notation: 'compact', maximumSignificantDigits: 3 })]),
) as Record<Locale, Intl.NumberFormat>;

const POLICY_CALL = POLICY_ACTIONS.join(' / ');

/**
 * The /status reply (HTML). Layer 1: the mood, a one-line reading of the market, and the paper-trading
 * record the mood read. Layer 2: the pair's price and the policy's call, or that no policy model is loaded.
 * Then the disclaimer.
 */
export function formatStatus({ mood, market, record, policy, policyFailed }: StatusReply, lang: Lang): string {
  const { t, locale } = lang;
  return [
    t('status-mood', { mark: MOOD_MARK[mood.label], score: String(mood.score), label: t(`mood-${mood.label}`) }),
    analysis(market, lang),
    recordLine(record, lang),
    '',
    t('status-policy-title', { pair: escapeHtml(market.symbol) }),
    t('status-price', { price: formatPrice(market.price, locale), timeframe: market.timeframe, time: formatUtc(market.candleTime, locale) }),
    ...(policy ? policyLines(policy, lang) : [t(policyFailed ? 'status-policy-failed' : 'status-policy-missing', { calls: POLICY_CALL })]),
    '',
    t('disclaimer-paper-signals'),
  ].join('\n');
}

/** The paper-trading record behind the mood, or that there is none yet. */
function recordLine(r: PaperRecord, { t, locale }: Lang): string {
  if (r.closedTrades === 0 && r.tradesLastHour === 0) return t('status-record-none');
  const winRate = r.closedTrades === 0 ? '–' : formatPercent(r.wins / r.closedTrades, locale);
  return t('status-record', {
    days: String(RECORD_DAYS),
    closed: String(r.closedTrades),
    winRate,
    pnl: formatReturn(r.pnl, locale),
    opened: String(r.tradesLastHour),
  });
}

/** "BTC/USDT is calm (volatility 1.2% a day, 8th percentile of its last 30 days) on heavy volume (…)." */
function analysis(m: MarketConditions, lang: Lang): string {
  const quote = m.symbol.split('/')[1] ?? '';
  return lang.t('status-analysis', {
    symbol: escapeHtml(m.symbol),
    state: lang.t(third(VOLATILITY_WORDS, m.volatilityPercentile)),
    volatility: formatFactorValue({ unit: 'percent', value: m.volatility }, lang.locale),
    volatilityPercentile: percentileText(Math.floor(m.volatilityPercentile), lang),
    period: dayCount(m.historyDays, lang),
    volume: lang.t(third(VOLUME_WORDS, m.volumePercentile)),
    quoteVolume: COMPACT[lang.locale].format(m.quoteVolume24h),
    quote: escapeHtml(quote),
    volumePercentile: percentileText(Math.floor(m.volumePercentile), lang),
  });
}

function third<T>(words: readonly [T, T, T], percentile: number): T {
  return words[Math.min(2, Math.floor(percentile / (100 / 3)))]!;
}
