import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ModelRegistry } from '../../inference/models/registry.js';
import type { Candle } from '../../market/candle.js';
import { ReplayMarketSource } from '../../market/replaySource.js';
import { timeframeMs } from '../../market/timeframes.js';
import { decisionTimes, replayDecisions, type Decision, type ReplayClock } from '../../backtest/decisions.js';
import { runBacktest } from '../../backtest/runBacktest.js';
import type { CandleMap } from '../../market/candleFileWriter.js';
import { writeReplayFolder } from '../support/replayFolder.js';
import { backtestMarket } from './backtestMarket.js';

const SPAN = timeframeMs('1h');

/** Every 1h decision the backtest makes on a folder, in time order. */
async function allDecisions(registry: ModelRegistry, dir: string): Promise<Decision[]> {
  const clock: ReplayClock = { now: Infinity };
  const market = new ReplayMarketSource({ dir, now: () => clock.now });
  const symbols = await market.listSymbols();
  const histories = await Promise.all(
    symbols.map(async (symbol) => ({ symbol, candles: await market.fetchClosedCandles(symbol, '1h', 10_000) })),
  );
  const slots = decisionTimes(histories, '1h', -Infinity, Infinity);
  const out: Decision[] = [];
  for await (const batch of replayDecisions({ market, clock, registry, timeframe: '1h', slots, batchSize: 64 })) out.push(...batch);
  return out;
}

/** The same market with BTC's candle that opens at `time` moved 30% up: a future no decision before it may see. */
function withChangedCandle(market: CandleMap, time: number): CandleMap {
  const changed = new Map([...market].map(([symbol, byTf]) => [symbol, new Map(byTf)]));
  const candles = changed.get('BTC/USDT')!.get('1h')!.map((c): Candle => {
    if (c.time !== time) return c;
    const close = c.close * 1.3;
    return { ...c, close, high: Math.max(c.high, close) * 1.01, volume: c.volume * 5 };
  });
  changed.get('BTC/USDT')!.set('1h', candles);
  return changed;
}

describe('the backtest cannot see the future', () => {
  const market = backtestMarket();
  const btc = market.get('BTC/USDT')!.get('1h')!;
  // t: the close of candle 200; the candle opening at t is the first one a decision at t must not see.
  const t = btc[200]!.time + SPAN;
  let registry: ModelRegistry;

  beforeAll(async () => {
    registry = await ModelRegistry.load('models');
  });
  afterAll(() => registry.close());

  it('changing a candle after time t changes no decision at or before t, and changes later ones', async () => {
    const before = await allDecisions(registry, writeReplayFolder(market));
    const after = await allDecisions(registry, writeReplayFolder(withChangedCandle(market, t)));
    // Each decision reads only candles closed when it is made, the last one closing right then.
    for (const d of before) expect(d.prediction.candleTime + SPAN).toBe(d.at);
    const decidedBy = (d: Decision) => d.at <= t;
    expect(before.length).toBe(after.length);
    expect(before.filter(decidedBy).length).toBeGreaterThan(150);
    expect(after.filter(decidedBy)).toEqual(before.filter(decidedBy));
    const laterBtc = (list: Decision[]) => list.filter((d) => d.prediction.symbol === 'BTC/USDT' && !decidedBy(d));
    expect(laterBtc(after)).not.toEqual(laterBtc(before));
    // Every pair reads BTC in its market context: other pairs' later decisions see the move too.
    const laterOthers = (list: Decision[]) => list.filter((d) => d.prediction.symbol !== 'BTC/USDT' && !decidedBy(d));
    expect(laterOthers(after)).not.toEqual(laterOthers(before));
  });

  it('keeps every alert taken at or before t, whatever happens after', async () => {
    const run = async (m: CandleMap) =>
      (await runBacktest({ dataDir: writeReplayFolder(m), timeframes: ['1h'], minConfidence: 0 })).trades;
    const [before, after] = [await run(market), await run(withChangedCandle(market, t))];
    const decision = ({ symbol, direction, confidence, candleTime, levels }: (typeof before)[number]) =>
      ({ symbol, direction, confidence, candleTime, levels });
    const early = (list: typeof before) => list.filter((trade) => trade.candleTime + SPAN <= t).map(decision);
    expect(early(before).length).toBeGreaterThan(5);
    expect(early(after)).toEqual(early(before));
  }, 60_000);
});
