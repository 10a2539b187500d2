import { normalizeSymbol, parseTimeframe } from '../market/symbols.js';
import type { Timeframe } from '../market/timeframes.js';
import { ApiError } from './apiError.js';
import { echo } from './errorReply.js';

/** The timeframe of a prediction route when the query names none. */
export const DEFAULT_TIMEFRAME: Timeframe = '1h';
/** Most pairs one /api/predictions request may name. */
export const MAX_LISTED_SYMBOLS = 100;

/** The bot's forgiveness: `btc`, `BTCUSDT`, `btc-usdt` → `BTC/USDT`; throws InvalidSymbolError (invalid_symbol). */
export const symbolParam = (input: string): string => normalizeSymbol(input);

/** `1h`, `1H`, `60m` → `1h`; absent → DEFAULT_TIMEFRAME; throws UnsupportedTimeframeError (unknown_timeframe). */
export const timeframeParam = (input: string | undefined): Timeframe =>
  input === undefined ? DEFAULT_TIMEFRAME : parseTimeframe(input);

/** An optional timeframe filter: absent means every timeframe (null). */
export const optionalTimeframeParam = (input: string | undefined): Timeframe | null =>
  input === undefined ? null : parseTimeframe(input);

/** One entry of `?symbols=`: normalised, or the error that says why it is not a symbol. */
export type ListedSymbol = { input: string; symbol: string } | { input: string; error: unknown };

/** `?symbols=BTCUSDT,eth,…`: each entry normalised on its own, so one typo fails only its own item. */
export function symbolListParam(input: string): ListedSymbol[] {
  const entries = input.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (entries.length === 0) {
    throw new ApiError('bad_request', 'symbols is empty: send comma-separated pairs such as BTCUSDT,ETHUSDT, or leave it out for every followed pair.');
  }
  if (entries.length > MAX_LISTED_SYMBOLS) {
    throw new ApiError('bad_request', `symbols names ${entries.length} pairs; send at most ${MAX_LISTED_SYMBOLS}, or leave it out for every followed pair.`);
  }
  return entries.map((entry) => {
    try {
      return { input: entry, symbol: normalizeSymbol(entry) };
    } catch (error) {
      return { input: entry, error };
    }
  });
}

const EPOCH_MS = /^\d{1,15}$/;
/** A date, optionally with a time and a zone: 2021-06-01, 2021-06-01T12:00Z, 2021-06-01T12:00:00.000+02:00. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** `?since=` as epoch milliseconds or an ISO time (UTC unless it names a zone). */
export function sinceParam(input: string | undefined): number | undefined {
  if (input === undefined) return undefined;
  const text = input.trim();
  if (EPOCH_MS.test(text)) return Number(text);
  if (ISO_TIME.test(text)) {
    const zoned = /T.*(Z|[+-]\d{2}:\d{2})$/.test(text) || !text.includes('T') ? text : `${text}Z`;
    const ms = Date.parse(zoned);
    if (Number.isFinite(ms)) return ms;
  }
  throw new ApiError(
    'bad_request',
    `since ${echo(input)} is not a time: send an ISO time such as 2021-06-01T00:00:00Z or epoch milliseconds such as 1622505600000.`,
  );
}
