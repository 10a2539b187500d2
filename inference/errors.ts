/** Errors of the inference layer; the bot maps them to user messages in bot/userErrors.ts. */
import { MarketDataError } from '../market/errors.js';

/** No usable model for a (symbol, timeframe): none shipped, or the shipped one was refused. */
export class ModelUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ModelUnavailableError';
  }
}

/** A model file the registry will not load: not in the manifest, hash mismatch, wrong feature set, bad metadata. */
export class ModelRejectedError extends Error {
  constructor(readonly file: string, readonly reason: string, readonly timeframe?: string) {
    super(`model ${file} refused: ${reason}`);
    this.name = 'ModelRejectedError';
  }
}

/** Too few gap-free closed candles (a gap restarts the indicators) to fill one model window. */
export class NotEnoughCandlesError extends Error {
  constructor(readonly symbol: string, readonly timeframe: string, readonly have: number, readonly need: number) {
    super(`${symbol} ${timeframe}: ${have} gap-free closed candles up to the last one, the model needs ${need}`);
    this.name = 'NotEnoughCandlesError';
  }
}

/** BTC/USDT, which every call reads as its market context, has no candle or no fetch for that moment. */
export class MarketContextUnavailableError extends MarketDataError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(`market context unavailable: ${message}`, options);
    this.name = 'MarketContextUnavailableError';
  }
}

/** A model answered with probabilities that are not finite or do not sum to 1: no prediction is made from them. */
export class ModelOutputError extends ModelUnavailableError {
  constructor(readonly file: string, readonly reason: string) {
    super(`model ${file} gave unusable probabilities: ${reason}`);
    this.name = 'ModelOutputError';
  }
}
