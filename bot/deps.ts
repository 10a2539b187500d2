import type { Logger } from 'pino';
import type { Candle } from '../market/candle.js';
import type { Timeframe } from '../market/timeframes.js';
import type { Prediction } from '../inference/prediction.js';
import type { RiskReport } from '../inference/risk/riskReport.js';

/** What the bot needs from the rest of the process; injected so tests can build it from real parts. */
export interface BotDeps {
  /**
   * Prediction for an already normalised symbol ('BTC/USDT'). Throws UnknownSymbolError, MarketDataError,
   * ModelUnavailableError and friends; bot/userErrors.ts turns them into replies.
   */
  predict(symbol: string, timeframe: Timeframe): Promise<Prediction>;
  /** Up to `count` latest closed candles (oldest first) for the chart under a prediction. */
  recentCandles(symbol: string, timeframe: Timeframe, count: number): Promise<Candle[]>;
  /**
   * Risk now for an already normalised symbol. Throws UnknownSymbolError, MarketDataError, and
   * RiskReferenceError when the shipped reference could not be loaded at start-up.
   */
  risk(symbol: string): Promise<RiskReport>;
  log: Logger;
}
