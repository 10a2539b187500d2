import type { Sample } from './pairSamples.js';

/** A sample placed in the pooled dataset: its pair and its row in the concatenated feature matrix. */
export interface PooledSample extends Sample {
  pair: number;
}

/** Oldest first; pairs in list order within a candle time, so the file order is deterministic. */
export function sortByTime(samples: PooledSample[]): PooledSample[] {
  return samples.sort((x, y) => x.time - y.time || x.pair - y.pair);
}

/** `max` samples spread evenly over the (time-sorted) list, so every period stays represented. */
export function subsampleEvenly<T>(items: readonly T[], max: number | undefined): T[] {
  if (max === undefined || items.length <= max) return [...items];
  const step = items.length / max;
  return Array.from({ length: max }, (_, k) => items[Math.floor(k * step)]!);
}

/** Column arrays in the dtypes of the dataset contract (see meta.json and models/train/data.py). */
export function sampleColumns(samples: readonly PooledSample[]) {
  const n = samples.length;
  const columns = {
    end_row: new BigInt64Array(n),
    label: new Int8Array(n),
    label_candles: new Int16Array(n),
    hit_long: new Int8Array(n),
    hit_short: new Int8Array(n),
    /** The call's result by the one trade rule: 1 win, −1 stop, 0 expired. */
    result_long: new Int8Array(n),
    result_short: new Int8Array(n),
    ret_long: new Float32Array(n),
    ret_short: new Float32Array(n),
    net_long: new Float32Array(n),
    net_short: new Float32Array(n),
    tp1_net_long: new Float32Array(n),
    sl_net_long: new Float32Array(n),
    tp1_net_short: new Float32Array(n),
    sl_net_short: new Float32Array(n),
    last_move: new Int8Array(n),
    time: new BigInt64Array(n),
    pair: new Int16Array(n),
  };
  samples.forEach((s, i) => {
    columns.end_row[i] = BigInt(s.row);
    columns.label[i] = s.label;
    columns.label_candles[i] = s.labelCandles;
    columns.hit_long[i] = s.hitLong;
    columns.hit_short[i] = s.hitShort;
    columns.result_long[i] = s.resultLong;
    columns.result_short[i] = s.resultShort;
    columns.ret_long[i] = s.retLong;
    columns.ret_short[i] = s.retShort;
    columns.net_long[i] = s.netLong;
    columns.net_short[i] = s.netShort;
    columns.tp1_net_long[i] = s.tp1NetLong;
    columns.sl_net_long[i] = s.slNetLong;
    columns.tp1_net_short[i] = s.tp1NetShort;
    columns.sl_net_short[i] = s.slNetShort;
    columns.last_move[i] = s.lastMove;
    columns.time[i] = BigInt(s.time);
    columns.pair[i] = s.pair;
  });
  return columns;
}
