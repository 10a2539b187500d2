import { STATUS_CODES, createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Candle } from '../../market/candle.js';
import { TIMEFRAMES, isTimeframe, timeframeMs, type Timeframe } from '../../market/timeframes.js';
import {
  INVALID_INTERVAL,
  INVALID_SYMBOL,
  binanceId,
  exchangeInfo,
  exchangeInfoSymbol,
  klineRow,
  ticker24h,
} from './fakeExchangeFormat.js';

export type CandleBook = ReadonlyMap<string, ReadonlyMap<Timeframe, readonly Candle[]>>;
export type CandleProvider = (symbol: string, timeframe: Timeframe) => readonly Candle[] | undefined;

/**
 * The next `count` requests (to `path` only, and for `symbol` only, if given) fail: an HTTP status (429 and
 * 418 with a Retry-After of `retryAfterSeconds`), a dropped socket, an answer that never comes (`hang`), a
 * 200 whose body is not JSON (`malformed`), or a 200 with no candles (`empty`).
 */
export interface InjectedFailure {
  count: number;
  kind?: number | 'destroy' | 'hang' | 'malformed' | 'empty';
  path?: string;
  /** A unified symbol such as 'ETH/USDT': only requests for it fail. */
  symbol?: string;
  retryAfterSeconds?: number;
}

export interface FakeExchangeOptions {
  /** Candles per unified symbol and timeframe, oldest first; may include the still-open one. */
  candles: CandleBook | CandleProvider;
  /** Symbols in exchangeInfo; default: the book's keys (required with a provider). */
  symbols?: readonly string[];
  now?: () => number;
  failures?: InjectedFailure[];
  port?: number;
}

export interface FakeExchange {
  /** Base URL to hand to CcxtMarketSource's `apiUrl`. */
  url: string;
  /** Path and query of every request received, in order. */
  requests: string[];
  /** How many requests hit this path (query ignored). */
  count(path: string): number;
  fail(failure: InjectedFailure): void;
  /** The symbols exchangeInfo lists from now on: a new listing, or a pair delisted. */
  list(symbols: readonly string[]): void;
  /** Drops every injected failure not yet used up: the exchange works again. */
  recover(): void;
  close(): Promise<void>;
}

/** A fake Binance spot REST API on 127.0.0.1 that real ccxt can talk to. */
export async function startFakeExchange(options: FakeExchangeOptions): Promise<FakeExchange> {
  const { candles } = options;
  const provider: CandleProvider = typeof candles === 'function' ? candles : (s, tf) => candles.get(s)?.get(tf);
  let symbols = options.symbols ?? (typeof candles === 'function' ? [] : [...candles.keys()]);
  let byId = new Map(symbols.map((s) => [binanceId(s), s]));
  const now = options.now ?? Date.now;
  const failures = [...(options.failures ?? [])];
  const requests: string[] = [];
  /** Requests that get no answer until the exchange recovers or closes. */
  const hanging = new Set<ServerResponse>();

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    requests.push(req.url ?? '');
    const url = new URL(req.url ?? '/', 'http://fake');
    const symbol = byId.get(url.searchParams.get('symbol') ?? '');
    const failure = failures.find(
      (f) => f.count > 0 && (f.path === undefined || f.path === url.pathname) && (f.symbol === undefined || f.symbol === symbol),
    );
    if (failure) {
      failure.count--;
      if (failure.kind === 'destroy') req.socket.destroy();
      else if (failure.kind === 'hang') hanging.add(res);
      else if (failure.kind === 'malformed') send(res, 200, undefined, '[[1700000000000,"1.0","1.1"');
      else if (failure.kind === 'empty') send(res, 200, []);
      else sendGatewayError(res, failure.kind ?? 503, failure.retryAfterSeconds);
      return;
    }
    const [status, body] = route(url);
    send(res, status, body);
  };

  const route = (url: URL): [number, unknown] => {
    const q = url.searchParams;
    switch (url.pathname) {
      case '/api/v3/ping':
        return [200, {}];
      case '/api/v3/time':
        return [200, { serverTime: now() }];
      case '/api/v3/exchangeInfo':
        return [200, exchangeInfo(symbols.map((s) => exchangeInfoSymbol(s, lastClose(s))), now())];
      case '/api/v3/klines': {
        const symbol = byId.get(q.get('symbol') ?? '');
        const interval = q.get('interval') ?? '';
        if (!isTimeframe(interval)) return [400, INVALID_INTERVAL];
        const series = symbol === undefined ? undefined : provider(symbol, interval);
        if (!series) return [400, INVALID_SYMBOL];
        return [200, klines(series, q).map((c) => klineRow(c, timeframeMs(interval)))];
      }
      case '/api/v3/ticker/24hr': {
        const id = q.get('symbol');
        if (id === null) return [200, symbols.map(ticker)];
        const symbol = byId.get(id);
        return symbol === undefined ? [400, INVALID_SYMBOL] : [200, ticker(symbol)];
      }
      default:
        return [404, { code: -1, msg: `Unknown path ${url.pathname}.` }];
    }
  };

  /** Binance semantics: open times within [startTime, endTime], first `limit` from startTime, else last. */
  const klines = (series: readonly Candle[], q: URLSearchParams): readonly Candle[] => {
    const limit = Math.min(Number(q.get('limit') ?? 500), 1000);
    const start = Number(q.get('startTime') ?? -Infinity);
    const end = Math.min(Number(q.get('endTime') ?? Infinity), now());
    const visible = series.filter((c) => c.time >= start && c.time <= end);
    return q.has('startTime') ? visible.slice(0, limit) : visible.slice(-limit);
  };

  const lastClose = (symbol: string): number | undefined => {
    for (const tf of TIMEFRAMES) {
      const last = provider(symbol, tf)?.filter((c) => c.time <= now()).at(-1);
      if (last) return last.close;
    }
    return undefined;
  };

  /** 24h statistics from the finest timeframe that has candles. */
  const ticker = (symbol: string) => {
    const at = now();
    for (const tf of TIMEFRAMES) {
      const window = provider(symbol, tf)?.filter((c) => c.time <= at && c.time + timeframeMs(tf) > at - 86_400_000);
      if (window?.length) return ticker24h(symbol, window, at);
    }
    return ticker24h(symbol, [], at);
  };

  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    count: (path) => requests.filter((r) => r.split('?')[0] === path).length,
    fail: (failure) => failures.push({ ...failure }),
    list: (listed) => {
      symbols = [...listed];
      byId = new Map(symbols.map((s) => [binanceId(s), s]));
    },
    recover: () => {
      failures.splice(0);
      for (const res of hanging) res.destroy();
      hanging.clear();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // ccxt keeps sockets alive; drop them so close() does not wait for their idle timeout.
        server.closeAllConnections();
      }),
  };
}

/** What a load balancer in front of the API answers: not Binance JSON, so ccxt goes by the status. */
function sendGatewayError(res: ServerResponse, status: number, retryAfterSeconds?: number): void {
  const retryAfter = retryAfterSeconds === undefined ? {} : { 'Retry-After': String(retryAfterSeconds) };
  res.writeHead(status, { 'Content-Type': 'text/html', ...retryAfter });
  res.end(`<html><body><h1>${status} ${STATUS_CODES[status] ?? 'Error'}</h1></body></html>`);
}

/** A JSON answer; `raw` sends that text as the body instead (e.g. JSON cut off mid-way). */
function send(res: ServerResponse, status: number, body: unknown, raw?: string): void {
  res.writeHead(status, { 'Content-Type': 'application/json;charset=UTF-8' });
  res.end(raw ?? JSON.stringify(body));
}
