import type { MarketInterface, OHLCV } from 'ccxt';
import type { Candle } from './candle.js';
import { checkCandles } from './candleChecks.js';
import { loadMarketsOnce, sharedExchange, type SharedExchange } from './ccxtExchange.js';
import { fetchLatestOhlcv } from './ccxtPages.js';
import { parseRetryAfter, withRetry, type RetryOptions } from './retry.js';
import type { MarketSource } from './source.js';
import { resolveSymbol, suggestSymbols } from './symbols.js';
import { timeframeMs, type Timeframe } from './timeframes.js';

export interface CcxtSourceOptions {
  /** A ccxt exchange id; default `binance`. */
  exchangeId?: string;
  /** EXCHANGE_API_URL: base URL that replaces the origin of the exchange's REST URLs (a mirror, a fake). */
  apiUrl?: string;
  now?: () => number;
  retry?: RetryOptions;
  /** Per-request timeout handed to ccxt; set by the first source of a given exchange id and URL. */
  timeoutMs?: number;
}

/** Live candles from an exchange's public REST API through ccxt. No API key, never trades. */
export class CcxtMarketSource implements MarketSource {
  readonly name: string;
  private readonly exchangeId: string;
  private readonly now: () => number;
  private readonly retry: RetryOptions;

  constructor(private readonly options: CcxtSourceOptions = {}) {
    this.exchangeId = options.exchangeId ?? 'binance';
    this.name = `ccxt:${this.exchangeId}${options.apiUrl ? `@${options.apiUrl}` : ''}`;
    this.now = options.now ?? Date.now;
    // Read right after the failed request: ccxt keeps the headers of the instance's last response.
    const retryAfterMs = () => parseRetryAfter(this.exchange().exchange.last_response_headers?.['Retry-After'], Date.now());
    this.retry = { retryAfterMs, ...options.retry };
  }

  /**
   * The shared ccxt instance, made (and ccxt loaded) on first use rather than at start-up; throws
   * MarketDataError for an exchange id ccxt does not know. Called early, it loads ccxt ahead of a request.
   */
  exchange(): SharedExchange {
    return sharedExchange(this.exchangeId, this.options.apiUrl, this.options.timeoutMs);
  }

  async listSymbols(): Promise<string[]> {
    await withRetry(() => loadMarketsOnce(this.exchange(), this.now()), { action: `${this.name} loadMarkets` }, this.retry);
    const markets = Object.values(this.exchange().exchange.markets ?? {}) as MarketInterface[];
    return markets
      .filter((market) => market.spot && market.active !== false)
      .map((market) => market.symbol)
      .sort();
  }

  async fetchClosedCandles(symbol: string, timeframe: Timeframe, limit: number): Promise<Candle[]> {
    const listed = await this.listSymbols();
    resolveSymbol(symbol, listed);
    // One extra row because the exchange's last row is usually the candle still forming.
    const rows = await withRetry(
      () => fetchLatestOhlcv((since, n) => this.exchange().exchange.fetchOHLCV(symbol, timeframe, since, n), timeframe, this.now(), limit + 1),
      { action: `${this.name} fetchOHLCV ${symbol} ${timeframe}`, symbol, suggest: (s) => suggestSymbols(s, listed) },
      this.retry,
    );
    return closedCandles(rows, symbol, timeframe, this.now(), limit);
  }
}

/**
 * The last `limit` candles that have closed by `now`, oldest first, checked (candleChecks.ts): a row that
 * cannot be right, or data that stops too early, is refused rather than predicted on.
 */
export function closedCandles(rows: readonly OHLCV[], symbol: string, timeframe: Timeframe, now: number, limit: number): Candle[] {
  const span = timeframeMs(timeframe);
  const closed = rows.map(toCandle).filter((c) => c.time + span <= now);
  const candles = checkCandles(closed, symbol, timeframe, now);
  return limit > 0 ? candles.slice(-limit) : [];
}

function toCandle([time, open, high, low, close, volume]: OHLCV): Candle {
  return { time: Number(time), open: Number(open), high: Number(high), low: Number(low), close: Number(close), volume: Number(volume) };
}
