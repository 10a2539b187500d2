import type { ModelRegistry } from '../../inference/models/registry.js';
import { SignalService, type PairRequest } from '../../inference/signalService.js';
import type { Candle } from '../../market/candle.js';
import { CachedMarketSource, CandleCache } from '../../market/candleCache.js';
import { ReplayMarketSource } from '../../market/replaySource.js';
import { TIMEFRAMES, timeframeMs, type Timeframe } from '../../market/timeframes.js';
import { loadReplayBook } from '../support/replayBook.js';
import { writeReplayFolder } from '../support/replayFolder.js';
import { syntheticCandles } from '../../market/syntheticCandles.js';
import { time, type Timing } from './measure.js';

/** Candles kept per pair and timeframe: more than a prediction asks for (window + indicator warm-up). */
const KEPT_CANDLES = 500;
/** Pairs of the synthetic market used when there is no candle folder: as many as the real one has. */
const SYNTHETIC_PAIRS = 34;

export interface SweepMarket {
  service: SignalService;
  /** Every pair on every timeframe: what a sweep of all timeframes at once predicts. */
  requests: PairRequest[];
  /** The candles in memory: the last KEPT_CANDLES of each pair and timeframe. */
  book: Map<string, Map<Timeframe, Candle[]>>;
  /** Where the candles came from. */
  source: string;
  /** The folder the replay source reads (`dir`, or the synthetic market's temp folder). */
  folder: string;
  /** The moment the candles end: the frozen clock under which they are all closed. */
  end: number;
}

/**
 * Every pair and timeframe of `dir` (or, without it, of a synthetic 34-pair market written to a temp
 * folder) read into memory and put into the candle cache, whose clock stands still at the newest close,
 * so a sweep gets its candles the way the bot does on a warm cache and no file is read while timing.
 */
export function sweepMarket(registry: ModelRegistry, dir: string): SweepMarket {
  const { folder, book, end } = loadBook(dir);
  const now = () => end;
  const inner = new ReplayMarketSource({ dir: folder, now });
  const cache = new CandleCache(now);
  const requests: PairRequest[] = [];
  for (const [symbol, series] of book) {
    for (const [timeframe, all] of series) {
      // Only candles closed at `end`: the cache serves what it holds.
      const candles = all.filter((c) => c.time + timeframeMs(timeframe) <= end).slice(-KEPT_CANDLES);
      series.set(timeframe, candles);
      cache.set(inner.name, symbol, timeframe, candles, KEPT_CANDLES, end);
      requests.push({ symbol, timeframe });
    }
  }
  const service = new SignalService({ market: new CachedMarketSource(inner, cache), registry, now });
  const source = folder === dir ? dir : `synthetic, ${SYNTHETIC_PAIRS} pairs (no ${dir})`;
  return { service, requests, book, source, folder, end };
}

/**
 * The alert sweep's path (candles → features → one model call per model → levels) on every request at
 * once, and the same work one prediction at a time. Both fail loudly if any pair cannot be predicted.
 */
export async function benchSweep({ service, requests }: SweepMarket): Promise<{ batched: Timing; unbatched: Timing }> {
  const batched = async () => {
    const results = await service.predictMany(requests);
    const failed = results.findIndex((r) => 'error' in r);
    if (failed >= 0) throw new Error(`sweep benchmark: ${JSON.stringify(requests[failed])} failed`, { cause: results[failed] });
  };
  const unbatched = async () => {
    for (const { symbol, timeframe } of requests) await service.predict(symbol, timeframe);
  };
  return {
    batched: await time(batched, { runs: 30, warmup: 3 }),
    unbatched: await time(unbatched, { runs: 10, warmup: 2 }),
  };
}

/** The folder's candles, or a synthetic market's when the folder is missing or holds no candle files. */
function loadBook(dir: string): ReturnType<typeof loadReplayBook> & { folder: string } {
  try {
    const loaded = loadReplayBook(dir);
    if (loaded.book.size > 0) return { ...loaded, folder: dir };
  } catch {
    // No such folder: fall through to the synthetic market.
  }
  const folder = writeReplayFolder(syntheticBook());
  return { ...loadReplayBook(folder), folder };
}

function syntheticBook(): Map<string, Map<Timeframe, Candle[]>> {
  const end = Date.now();
  return new Map(
    Array.from({ length: SYNTHETIC_PAIRS }, (_, k) => [
      `SYN${k + 1}/USDT`,
      new Map(TIMEFRAMES.map((timeframe, t) => [timeframe, syntheticCandles({ count: KEPT_CANDLES, timeframe, end, seed: 100 * k + t })])),
    ]),
  );
}
