import type { Logger } from 'pino';
import type { Timeframe } from '../market/timeframes.js';
import type { Prediction } from '../inference/prediction.js';

/** What the bot needs from the rest of the process; injected so tests can build it from real parts. */
export interface BotDeps {
  /**
   * Prediction for an already normalised symbol ('BTC/USDT'). Throws UnknownSymbolError, MarketDataError,
   * ModelUnavailableError and friends; bot/userErrors.ts turns them into replies.
   */
  predict(symbol: string, timeframe: Timeframe): Promise<Prediction>;
  log: Logger;
}
