/**
 * Every error code the HTTP API answers with, its status and what it means: the one list that the error
 * mapping, the OpenAPI document and docs/http-api.md follow. Codes are stable; messages may change.
 */
export const ERROR_CODES = {
  bad_request: { status: 400, meaning: 'A parameter is missing or malformed; the message says what to send.' },
  invalid_symbol: { status: 400, meaning: 'The symbol is not a symbol at all (empty, odd characters, too long).' },
  unknown_timeframe: { status: 400, meaning: 'The timeframe is not one of 15m, 1h, 4h, 1d.' },
  unauthorized: { status: 401, meaning: 'API_TOKEN is set and the request has no or the wrong Authorization: Bearer header.' },
  not_found: { status: 404, meaning: 'No route has this method and path.' },
  unknown_symbol: { status: 404, meaning: 'The market does not list the symbol; `suggestions` holds the closest listed ones.' },
  not_enough_history: { status: 422, meaning: 'The pair has too little history on this timeframe for the model yet.' },
  rate_limited: { status: 429, meaning: 'Too many requests from this client; wait the Retry-After seconds.' },
  internal: { status: 500, meaning: 'Something failed on the server; nothing internal is shown.' },
  bad_market_data: { status: 502, meaning: 'The exchange sent candles that cannot be right (a bad price, high below low) or stopped too early; no prediction is made from them.' },
  market_unavailable: { status: 503, meaning: 'The exchange (or the replay files) could not deliver candles now.' },
  model_unavailable: { status: 503, meaning: 'No model serves this timeframe right now.' },
  risk_unavailable: { status: 503, meaning: 'The risk reference could not be loaded at start-up; predictions still work.' },
} as const satisfies Record<string, { status: number; meaning: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export const ERROR_CODE_NAMES = Object.keys(ERROR_CODES) as ErrorCode[];
