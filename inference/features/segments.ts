import type { Candle } from '../../market/candle.js';
import { timeframeMs, type Timeframe } from '../../market/timeframes.js';

/** Index ranges [start, end) of runs of candles one timeframe apart: a gap in the data starts a new run. */
export function contiguousRuns(candles: readonly Candle[], timeframe: Timeframe): Array<[number, number]> {
  const span = timeframeMs(timeframe);
  const runs: Array<[number, number]> = [];
  let start = 0;
  for (let i = 1; i <= candles.length; i++) {
    if (i === candles.length || candles[i]!.time - candles[i - 1]!.time !== span) {
      if (i > start) runs.push([start, i]);
      start = i;
    }
  }
  return runs;
}
