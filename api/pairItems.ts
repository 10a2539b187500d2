import type { FastifyBaseLogger } from 'fastify';
import type { PairPrediction } from '../app/pairPredictions.js';
import type { Prediction } from '../inference/prediction.js';
import { toErrorReply, type ErrorBody } from './errorReply.js';
import type { ListedSymbol } from './params.js';

/** One pair of GET /api/predictions: its prediction or its error, never both. */
export interface PairItem {
  symbol: string;
  prediction: Prediction | null;
  error: ErrorBody['error'] | null;
}

/** A pair's error as the item's `error`; one a client cannot cause is logged like a whole request's. */
function failedItem(symbol: string, error: unknown, log: FastifyBaseLogger): PairItem {
  const answer = toErrorReply(error);
  if (answer.level !== 'info') log[answer.level]({ err: error, symbol }, `http pair ${answer.body.error.code}`);
  return { symbol, prediction: null, error: answer.body.error };
}

export function pairItem(pair: PairPrediction, log: FastifyBaseLogger): PairItem {
  return 'prediction' in pair
    ? { symbol: pair.prediction.symbol, prediction: pair.prediction, error: null }
    : failedItem(pair.symbol, pair.error, log);
}

/** The pairs a request listed, in its order, once each: the ones that are not symbols carry their own error. */
export function listedItems(listed: readonly ListedSymbol[], predicted: readonly PairPrediction[], log: FastifyBaseLogger): PairItem[] {
  const bySymbol = new Map(predicted.map((p) => [p.symbol, p]));
  const seen = new Set<string>();
  const items: PairItem[] = [];
  for (const entry of listed) {
    const key = 'symbol' in entry ? entry.symbol : entry.input;
    if (seen.has(key)) continue;
    seen.add(key);
    const pair = 'symbol' in entry ? bySymbol.get(entry.symbol) : undefined;
    items.push(pair ? pairItem(pair, log) : failedItem(entry.input, 'error' in entry ? entry.error : undefined, log));
  }
  return items;
}

/** The distinct normalised symbols of a listing, in order. */
export const symbolsOf = (listed: readonly ListedSymbol[]): string[] => [
  ...new Set(listed.flatMap((entry) => ('symbol' in entry ? [entry.symbol] : []))),
];
