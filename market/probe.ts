import type { MarketSource } from './source.js';

/** Whether the market answered a small request in time, and how fast. */
export type MarketProbe =
  | { reachable: true; latencyMs: number }
  | { reachable: false; latencyMs: number; problem: 'timeout' | 'error'; error?: unknown };

/** Asked for when the source lists it; otherwise the first listed pair. */
const PROBE_SYMBOL = 'BTC/USDT';

/**
 * One cheap real call (the latest closed 1h candle of one pair) on a source that is not behind the
 * candle cache, so the answer says whether the exchange answers now. Never throws.
 */
export async function probeMarket(source: MarketSource, timeoutMs: number): Promise<MarketProbe> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  const call = (async () => {
    const listed = await source.listSymbols();
    const symbol = listed.includes(PROBE_SYMBOL) ? PROBE_SYMBOL : listed[0];
    if (symbol === undefined) throw new Error(`${source.name} lists no symbols`);
    await source.fetchClosedCandles(symbol, '1h', 1);
    return 'ok' as const;
  })();
  try {
    const outcome = await Promise.race([call, timeout]);
    if (outcome === 'timeout') {
      call.catch(() => undefined);
      return { reachable: false, latencyMs: elapsed(), problem: 'timeout' };
    }
    return { reachable: true, latencyMs: elapsed() };
  } catch (error) {
    return { reachable: false, latencyMs: elapsed(), problem: 'error', error };
  } finally {
    clearTimeout(timer);
  }
}
