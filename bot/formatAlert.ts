import type { TradeOutcome } from '../inference/barrier.js';
import type { ResolvedTrade, TradeExit } from '../inference/outcome.js';
import type { Prediction } from '../inference/prediction.js';
import { formatPrediction } from './formatPrediction.js';
import { formatCount, formatPrice } from '../app/formatNumbers.js';
import { formatReturn } from './formatReturn.js';
import { escapeHtml } from './html.js';
import type { Lang } from './i18n/chatLocale.js';

/** The alert a sweep pushes to subscribers: a headline over the /predict card of the signal. */
export function formatAlert(p: Prediction, lang: Lang): string {
  return [`🔔 <b>${lang.t(p.direction === 'LONG' ? 'signal-new-buy' : 'signal-new-sell')}</b>`, formatPrediction(p, lang)].join('\n');
}

/** A win closes at TP1; TP2/TP3 say its exit candle ran on that far (information only). */
const HEADLINE: Record<TradeOutcome, string> = {
  TP1: 'outcome-tp1',
  TP2: 'outcome-tp2',
  TP3: 'outcome-tp3',
  SL: 'outcome-sl',
  EXPIRED: 'outcome-expired',
};

const EXIT: Record<TradeExit, string> = {
  stop: 'outcome-exit-stop',
  tp1: 'outcome-exit-tp1',
  expiry: 'outcome-exit-expiry',
};

/** The short reply threaded under an alert once its trade is resolved. */
export function formatOutcome(
  signal: { symbol: string; timeframe: string; direction: string },
  trade: ResolvedTrade,
  { t, locale }: Lang,
): string {
  return [
    `${t(HEADLINE[trade.outcome])} · <b>${escapeHtml(signal.symbol)} · ${escapeHtml(signal.timeframe)}</b> ${escapeHtml(signal.direction)}`,
    t('outcome-paper-trade', {
      exit: t(EXIT[trade.exit]),
      price: formatPrice(trade.exitPrice, locale),
      candles: t('outcome-candles', { n: trade.candlesWalked, count: formatCount(trade.candlesWalked, locale) }),
      return: formatReturn(trade.netReturn, locale),
    }),
  ].join('\n');
}
