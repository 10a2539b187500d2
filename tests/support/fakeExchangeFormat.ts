import type { Candle } from '../../market/candle.js';

/** Binance's JSON shapes for the spot REST endpoints the fake exchange answers. */

export const INVALID_SYMBOL = { code: -1121, msg: 'Invalid symbol.' };
export const INVALID_INTERVAL = { code: -1120, msg: 'Invalid interval.' };

export function binanceId(symbol: string): string {
  return symbol.replace('/', '');
}

/** One `symbols[]` entry of /api/v3/exchangeInfo with the fields ccxt's parseMarket reads. */
export function exchangeInfoSymbol(symbol: string, lastPrice: number | undefined) {
  const [baseAsset = '', quoteAsset = ''] = symbol.split('/');
  // A tick about five significant digits below the price, as Binance sets them.
  const tickSize = Math.max(1e-8, 10 ** (Math.floor(Math.log10(lastPrice ?? 1)) - 4));
  return {
    symbol: binanceId(symbol),
    status: 'TRADING',
    baseAsset,
    baseAssetPrecision: 8,
    quoteAsset,
    quotePrecision: 8,
    quoteAssetPrecision: 8,
    baseCommissionPrecision: 8,
    quoteCommissionPrecision: 8,
    orderTypes: ['LIMIT', 'LIMIT_MAKER', 'MARKET', 'STOP_LOSS_LIMIT', 'TAKE_PROFIT_LIMIT'],
    icebergAllowed: true,
    ocoAllowed: true,
    quoteOrderQtyMarketAllowed: true,
    allowTrailingStop: true,
    cancelReplaceAllowed: true,
    isSpotTradingAllowed: true,
    isMarginTradingAllowed: false,
    filters: [
      { filterType: 'PRICE_FILTER', minPrice: decimal(tickSize), maxPrice: '1000000.00000000', tickSize: decimal(tickSize) },
      { filterType: 'LOT_SIZE', minQty: '0.00001000', maxQty: '9000.00000000', stepSize: '0.00001000' },
      { filterType: 'MARKET_LOT_SIZE', minQty: '0.00000000', maxQty: '100.00000000', stepSize: '0.00000000' },
      { filterType: 'NOTIONAL', minNotional: '5.00000000', applyMinToMarket: true, maxNotional: '9000000.00000000', applyMaxToMarket: false, avgPriceMins: 5 },
    ],
    permissions: ['SPOT'],
    permissionSets: [['SPOT']],
    defaultSelfTradePreventionMode: 'EXPIRE_MAKER',
    allowedSelfTradePreventionModes: ['EXPIRE_TAKER', 'EXPIRE_MAKER', 'EXPIRE_BOTH'],
  };
}

export function exchangeInfo(symbols: ReturnType<typeof exchangeInfoSymbol>[], serverTime: number) {
  return {
    timezone: 'UTC',
    serverTime,
    rateLimits: [
      { rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit: 6000 },
      { rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 10, limit: 100 },
    ],
    exchangeFilters: [],
    symbols,
  };
}

/** A /api/v3/klines row: numbers as strings, as Binance sends them. */
export function klineRow(candle: Candle, spanMs: number) {
  return [
    candle.time,
    String(candle.open),
    String(candle.high),
    String(candle.low),
    String(candle.close),
    String(candle.volume),
    candle.time + spanMs - 1,
    String(candle.volume * candle.close),
    100,
    String(candle.volume / 2),
    String((candle.volume * candle.close) / 2),
    '0',
  ];
}

/** A /api/v3/ticker/24hr entry built from the candles of the last 24 hours (oldest first). */
export function ticker24h(symbol: string, window: readonly Candle[], now: number) {
  const first = window[0];
  const last = window[window.length - 1];
  const open = first?.open ?? 0;
  const close = last?.close ?? 0;
  const volume = window.reduce((sum, c) => sum + c.volume, 0);
  const quoteVolume = window.reduce((sum, c) => sum + c.volume * c.close, 0);
  return {
    symbol: binanceId(symbol),
    priceChange: String(close - open),
    priceChangePercent: String(open ? ((close - open) / open) * 100 : 0),
    weightedAvgPrice: String(volume ? quoteVolume / volume : 0),
    prevClosePrice: String(open),
    lastPrice: String(close),
    lastQty: '1.00000000',
    bidPrice: String(close),
    bidQty: '1.00000000',
    askPrice: String(close),
    askQty: '1.00000000',
    openPrice: String(open),
    highPrice: String(Math.max(...window.map((c) => c.high), 0)),
    lowPrice: String(window.length ? Math.min(...window.map((c) => c.low)) : 0),
    volume: String(volume),
    quoteVolume: String(quoteVolume),
    openTime: now - 86_400_000,
    closeTime: now,
    firstId: 1,
    lastId: 100,
    count: 100,
  };
}

function decimal(value: number): string {
  return value.toFixed(8);
}
