import type { Exchange } from 'ccxt';
import { ccxt } from './ccxtLibrary.js';
import { MarketDataError } from './errors.js';

/**
 * Per-exchange options that keep ccxt on public spot endpoints. Binance otherwise loads futures
 * markets from fapi/dapi hosts and, given keys, currencies and margin pairs from sapi.
 */
const PUBLIC_SPOT_OPTIONS: Record<string, Record<string, unknown>> = {
  binance: {
    fetchMarkets: { types: ['spot'], loadAllOptions: false },
    fetchCurrencies: false,
    fetchMargins: false,
  },
};

type UrlTree = { [key: string]: unknown };

/**
 * Points every URL string in `urls.api` (nested objects too) at `base`, keeping each path:
 * `https://api.binance.com/api/v3` + `http://127.0.0.1:8081` → `http://127.0.0.1:8081/api/v3`.
 */
export function rewriteApiUrls(api: UrlTree, base: string): UrlTree {
  const root = base.replace(/\/+$/, '');
  const rewrite = (value: unknown): unknown => {
    if (typeof value === 'string') return value.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]+/i, root);
    if (Array.isArray(value)) return value.map(rewrite);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, rewrite(inner)]));
    }
    return value;
  };
  return rewrite(api) as UrlTree;
}

export interface SharedExchange {
  exchange: Exchange;
  /** Memoised loadMarkets; cleared on failure so the next call tries again. */
  markets: Promise<unknown> | undefined;
  /** True once a load failed: ccxt keeps its rejected promise unless asked to reload. */
  reload: boolean;
  /** When the market list was last loaded; it is loaded again after MARKETS_TTL_MS. */
  loadedAt: number | undefined;
}

/** How long a market list serves before it is loaded again, so new listings appear and delisted pairs go. */
export const MARKETS_TTL_MS = 60 * 60_000;
/** After a failed refresh, the old list serves this long before the next try, so an outage is not hit on every call. */
const MARKETS_RETRY_MS = 60_000;

const registry = new Map<string, SharedExchange>();

/** One ccxt instance per (exchange id, API URL), so markets load once per process. */
export function sharedExchange(exchangeId: string, apiUrl?: string, timeoutMs?: number): SharedExchange {
  const key = `${exchangeId}|${apiUrl ?? ''}`;
  let shared = registry.get(key);
  if (!shared) {
    shared = { exchange: createExchange(exchangeId, apiUrl, timeoutMs), markets: undefined, reload: false, loadedAt: undefined };
    registry.set(key, shared);
  }
  return shared;
}

function createExchange(exchangeId: string, apiUrl?: string, timeoutMs?: number): Exchange {
  const library = ccxt();
  if (!library.exchanges.includes(exchangeId)) {
    throw new MarketDataError(`unknown exchange "${exchangeId}" (not a ccxt exchange id)`);
  }
  const ExchangeClass = (library as unknown as Record<string, new (config: object) => Exchange>)[exchangeId];
  if (!ExchangeClass) throw new MarketDataError(`ccxt has no class for exchange "${exchangeId}"`);
  const exchange = new ExchangeClass({
    enableRateLimit: true,
    ...(timeoutMs === undefined ? {} : { timeout: timeoutMs }),
    options: PUBLIC_SPOT_OPTIONS[exchangeId] ?? {},
  });
  if (apiUrl) exchange.urls.api = rewriteApiUrls(exchange.urls.api, apiUrl);
  return exchange;
}

/**
 * Loads markets once per shared instance and again once they are MARKETS_TTL_MS old; concurrent callers
 * share the same request. A refresh that fails keeps serving the list it had and is tried again a minute later.
 */
export function loadMarketsOnce(shared: SharedExchange, now: number): Promise<unknown> {
  const loaded = shared.markets;
  if (loaded && shared.loadedAt !== undefined && now - shared.loadedAt >= MARKETS_TTL_MS) {
    shared.loadedAt = now;
    shared.markets = shared.exchange.loadMarkets(true).catch(() => {
      shared.markets = loaded;
      shared.loadedAt = now - MARKETS_TTL_MS + MARKETS_RETRY_MS;
      return loaded;
    });
  } else if (!loaded) {
    shared.loadedAt = now;
    shared.markets = shared.exchange.loadMarkets(shared.reload).catch((error: unknown) => {
      shared.markets = undefined;
      shared.reload = true;
      throw error;
    });
  }
  return shared.markets!;
}
