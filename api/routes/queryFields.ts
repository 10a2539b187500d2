import { TIMEFRAMES } from '../../market/timeframes.js';
import { DEFAULT_TIMEFRAME, MAX_LISTED_SYMBOLS } from '../params.js';
import { object, type JsonSchema } from '../schemas/jsonSchema.js';

/** Parameters several routes share, described once. */
export const timeframeField = (whenAbsent = `${DEFAULT_TIMEFRAME}`): JsonSchema => ({
  type: 'string',
  maxLength: 10,
  description: `One of ${TIMEFRAMES.join(', ')} (1H, 60m, 240m, D are read too); absent: ${whenAbsent}.`,
  examples: ['15m'],
});

export const symbolField: JsonSchema = {
  type: 'string',
  maxLength: 40,
  description: 'A coin or a pair, forgivingly: BTC, btc, BTCUSDT, BTC-USDT, btc_usdt and BTC/USDT (URL-encoded) all mean BTC/USDT.',
  examples: ['BTCUSDT'],
};

export const symbolsField: JsonSchema = {
  type: 'string',
  maxLength: 2_000,
  description: `Comma-separated pairs (at most ${MAX_LISTED_SYMBOLS}), each as forgiving as {symbol}; absent: every followed pair.`,
  examples: ['BTCUSDT,ETHUSDT'],
};

/** The `:symbol` path parameter. */
export const symbolPath: JsonSchema = object({ symbol: symbolField });
