import type { TradeOutcome } from '../inference/barrier.js';
import type { ResolvedTrade, TradeExit } from '../inference/outcome.js';
import type { Prediction } from '../inference/prediction.js';
import { formatPrediction } from './formatPrediction.js';
import { formatPrice } from '../app/formatNumbers.js';
import { formatReturn } from './formatReturn.js';
import { escapeHtml } from './html.js';

/** The alert a sweep pushes to subscribers: a headline over the /predict card of the signal. */
export function formatAlert(p: Prediction): string {
  return [`🔔 <b>New ${p.direction === 'LONG' ? 'buy' : 'sell'} signal</b>`, formatPrediction(p)].join('\n');
}

/** A win closes at TP1; TP2/TP3 say its exit candle ran on that far (information only). */
const HEADLINE: Record<TradeOutcome, string> = {
  TP1: '✅ TP1 reached',
  TP2: '✅ TP1 reached (the price ran on to TP2)',
  TP3: '🎯 TP1 reached (the price ran on to TP3)',
  SL: '🛑 Stopped out',
  EXPIRED: '⌛ Expired',
};

const EXIT: Record<TradeExit, string> = {
  stop: 'closed at the stop',
  tp1: 'closed at TP1',
  expiry: 'closed at the last close of the horizon',
};

/** The short reply threaded under an alert once its trade is resolved. */
export function formatOutcome(signal: { symbol: string; timeframe: string; direction: string }, trade: ResolvedTrade): string {
  return [
    `${HEADLINE[trade.outcome]} · <b>${escapeHtml(signal.symbol)} · ${escapeHtml(signal.timeframe)}</b> ${escapeHtml(signal.direction)}`,
    `Paper trade ${EXIT[trade.exit]} <code>${formatPrice(trade.exitPrice)}</code> after ${trade.candlesWalked} ` +
      `candle${trade.candlesWalked === 1 ? '' : 's'}: <b>${formatReturn(trade.netReturn)}</b> after fees.`,
  ].join('\n');
}
