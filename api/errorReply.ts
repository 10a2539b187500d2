import { ModelOutputError, ModelRejectedError, ModelUnavailableError, NotEnoughCandlesError } from '../inference/errors.js';
import { RiskReferenceError } from '../inference/risk/reference.js';
import { BadCandlesError, InvalidSymbolError, MarketDataError, UnknownSymbolError, UnsupportedTimeframeError } from '../market/errors.js';
import { TIMEFRAMES } from '../market/timeframes.js';
import { ApiError } from './apiError.js';
import { ERROR_CODES, type ErrorCode } from './errorCodes.js';

/** The JSON body of every error answer. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; suggestions?: string[] };
}

export interface ErrorReply {
  status: number;
  body: ErrorBody;
  /** How loudly to log it: a client's typo is not an incident. */
  level: 'info' | 'warn' | 'error';
}

type Detail = Omit<ErrorBody['error'], 'code'>;

interface Rule<E extends Error> {
  type: abstract new (...args: never[]) => E;
  code: ErrorCode;
  level: ErrorReply['level'];
  detail(error: E): Detail;
}

const rule = <E extends Error>(r: Rule<E>): Rule<Error> => r as unknown as Rule<Error>;

/** What a client sent, shortened for an error message. */
export const echo = (input: string): string => JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);

const SYMBOL_HINT = 'Send a coin like BTC or a pair like ETH/USDT (BTCUSDT, btc-usdt and btc_usdt work too).';

/** The one mapping from error classes to HTTP answers, first match wins (subclasses before their parents). */
const RULES: readonly Rule<Error>[] = [
  rule({
    type: UnknownSymbolError,
    code: 'unknown_symbol',
    level: 'info',
    detail: (e) => ({
      message: `Unknown symbol ${e.symbol}. ${e.suggestions.length ? `Did you mean ${e.suggestions.join(', ')}?` : SYMBOL_HINT}`,
      suggestions: e.suggestions,
    }),
  }),
  rule({
    type: InvalidSymbolError,
    code: 'invalid_symbol',
    level: 'info',
    detail: (e) => ({ message: `${echo(e.input)} is not a symbol: ${e.reason}. ${SYMBOL_HINT}` }),
  }),
  rule({
    type: UnsupportedTimeframeError,
    code: 'unknown_timeframe',
    level: 'info',
    detail: (e) => ({ message: `Unknown timeframe ${echo(e.input)}. Send one of ${TIMEFRAMES.join(', ')}.` }),
  }),
  rule({
    type: BadCandlesError,
    code: 'bad_market_data',
    level: 'warn',
    detail: (e) => ({ message: `The exchange's ${e.symbol} ${e.timeframe} candles look wrong right now (${e.reason}). Try again in a few minutes.` }),
  }),
  rule({
    type: MarketDataError,
    code: 'market_unavailable',
    level: 'warn',
    detail: () => ({ message: 'Market data is unavailable right now. Try again in a minute.' }),
  }),
  rule({
    type: NotEnoughCandlesError,
    code: 'not_enough_history',
    level: 'warn',
    detail: (e) => ({ message: `There is not enough ${e.timeframe} history for ${e.symbol} yet. Try a shorter timeframe.` }),
  }),
  rule({
    type: ModelOutputError,
    code: 'model_unavailable',
    level: 'error',
    detail: () => ({ message: "The model's answer for this pair does not add up, so there is no prediction. Try another timeframe." }),
  }),
  ...[ModelUnavailableError, ModelRejectedError].map((type) =>
    rule({
      type,
      code: 'model_unavailable',
      level: 'error',
      detail: () => ({ message: 'No model is available for this timeframe right now. Try another timeframe.' }),
    }),
  ),
  rule({
    type: RiskReferenceError,
    code: 'risk_unavailable',
    level: 'error',
    detail: () => ({ message: 'Risk scores are unavailable right now; predictions still work.' }),
  }),
];

const INTERNAL: Detail = { message: 'Something went wrong on our side. Try again later.' };

/** The answer for any error: its code, status and a message that names no internals. */
export function toErrorReply(error: unknown): ErrorReply {
  if (error instanceof ApiError) return reply(error.code, { message: error.message }, 'info');
  const match = RULES.find((r) => error instanceof r.type);
  if (match) return reply(match.code, match.detail(error as Error), match.level);
  return reply('internal', INTERNAL, 'error');
}

function reply(code: ErrorCode, detail: Detail, level: ErrorReply['level']): ErrorReply {
  return { status: ERROR_CODES[code].status, body: { error: { code, ...detail } }, level };
}
