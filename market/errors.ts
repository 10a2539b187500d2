/**
 * Errors of the market layer. The bot maps each class to a user message in one place
 * (bot/userErrors.ts); messages here are for logs and for that mapping.
 */

/** What a user typed is not a symbol at all (empty, odd characters, too long). */
export class InvalidSymbolError extends Error {
  constructor(readonly input: string, readonly reason: string) {
    super(`invalid symbol "${input}": ${reason}`);
    this.name = 'InvalidSymbolError';
  }
}

/** A well-formed symbol that the market does not list; carries the closest listed ones. */
export class UnknownSymbolError extends Error {
  constructor(readonly symbol: string, readonly suggestions: string[]) {
    super(`unknown symbol ${symbol}${suggestions.length ? ` (closest: ${suggestions.join(', ')})` : ''}`);
    this.name = 'UnknownSymbolError';
  }
}

/** A timeframe outside the served list. */
export class UnsupportedTimeframeError extends Error {
  constructor(readonly input: string, readonly supported: readonly string[]) {
    super(`unsupported timeframe "${input}"; supported: ${supported.join(', ')}`);
    this.name = 'UnsupportedTimeframeError';
  }
}

/** The exchange or the files could not deliver candles (network down, exchange error, missing file). */
export class MarketDataError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MarketDataError';
  }
}

/** The exchange sent candles that cannot be right (a bad price, high below low) or that stop too early (stale). */
export class BadCandlesError extends MarketDataError {
  constructor(readonly symbol: string, readonly timeframe: string, readonly reason: string) {
    super(`${symbol} ${timeframe}: ${reason}`);
    this.name = 'BadCandlesError';
  }
}
