import type { Candle } from '../../market/candle.js';
import { listReplayFiles, readCandleFile } from '../../market/candleFiles.js';
import { timeframeMs, type Timeframe } from '../../market/timeframes.js';

/** Every candle file of a replay folder in memory, and the moment its newest candle closes. */
export function loadReplayBook(dir: string): { book: Map<string, Map<Timeframe, Candle[]>>; end: number } {
  const book = new Map<string, Map<Timeframe, Candle[]>>();
  let end = 0;
  for (const file of listReplayFiles(dir)) {
    const candles = readCandleFile(file.path);
    const last = candles.at(-1);
    if (last) end = Math.max(end, last.time + timeframeMs(file.timeframe));
    const series = book.get(file.symbol) ?? new Map<Timeframe, Candle[]>();
    series.set(file.timeframe, candles);
    book.set(file.symbol, series);
  }
  return { book, end };
}
