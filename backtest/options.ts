import type { Timeframe } from '../market/timeframes.js';

/** What to replay. Every field but `dataDir` has the default the CLI documents. */
export interface BacktestOptions {
  /** A folder of `<BASE>_<QUOTE>-<timeframe>.csv.gz` files (the layout of ../shared/data/binance). */
  dataDir: string;
  /** The models folder with its manifest; default `models`. */
  modelsDir?: string;
  /** Unified symbols ("BTC/USDT"); default every pair in the folder. */
  pairs?: readonly string[];
  /** Default every served timeframe. */
  timeframes?: readonly Timeframe[];
  /** Decisions at candle closes in [from, to] (epoch ms); default the whole history. */
  from?: number;
  to?: number;
  /** Lowest calibrated confidence that alerts on every timeframe; default each model card's threshold, as live. */
  minConfidence?: number;
  /** Model inputs gathered before one batched model call; decisions of many candle times share a call. */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}


/** A flag or a folder the backtest cannot use; the message says what to do instead. */
export class BacktestInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BacktestInputError';
  }
}
