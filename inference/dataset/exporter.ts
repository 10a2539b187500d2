import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Candle } from '../../market/candle.js';
import { listReplayFiles } from '../../market/candleFiles.js';
import type { Timeframe } from '../../market/timeframes.js';
import { BARRIERS } from '../barrier.js';
import { FEATURE_NAMES, FEATURE_SET } from '../features/featureSet.js';
import { buildMarketContext, MARKET_BASKET } from '../features/marketContext.js';
import { readPair, selectFiles, type PairFiles } from '../../market/pairFiles.js';
import { loadBasket } from './contextFiles.js';
import { DIRECTIONS, POLICY_ACTION_STEP, POLICY_ACTIONS } from '../labels.js';
import { writeNpy } from './npy.js';
import { pairSamples } from './pairSamples.js';
import { sampleColumns, sortByTime, subsampleEvenly, type PooledSample } from './sampleArrays.js';

/** Candles per model input; part of the model contract (written into meta.json and the ONNX metadata). */
export const WINDOW = 60;

export interface ExportOptions {
  /** A candle folder, or several separated by commas: merged by time, the first folder wins where they overlap. */
  dataDir: string;
  outDir: string;
  timeframes: readonly Timeframe[];
  /** Only these unified symbols; all pairs found when undefined. */
  pairs?: readonly string[];
  /** Cap on samples per timeframe, taken evenly in time. */
  maxSamples?: number;
  log?: (line: string) => void;
}

export interface TimeframeExport {
  timeframe: Timeframe;
  dir: string;
  samples: number;
  rows: number;
}

export class DatasetInputError extends Error {}

/** Exports every requested timeframe; a timeframe without files is skipped with a note. */
export function exportDataset(options: ExportOptions): TimeframeExport[] {
  const log = options.log ?? console.log;
  const dirs = options.dataDir.split(',').filter((dir) => dir !== '');
  for (const dir of dirs) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new DatasetInputError(`data folder not found: ${dir}`);
  }
  if (dirs.length === 0) throw new DatasetInputError('no data folder given');
  const all = dirs.flatMap((dir) => listReplayFiles(dir));
  const missing = options.pairs?.filter((p) => !all.some((f) => f.symbol === p)) ?? [];
  if (missing.length > 0) log(`note: no candle files for ${missing.join(', ')} in ${options.dataDir}`);
  const done: TimeframeExport[] = [];
  for (const timeframe of options.timeframes) {
    const files = selectFiles(all, timeframe, options.pairs);
    if (files.length === 0) {
      log(`note: ${timeframe}: no <BASE>_<QUOTE>-${timeframe}.csv.gz files in ${options.dataDir}, skipped`);
      continue;
    }
    const basket = loadBasket(all, timeframe, log);
    const result = exportTimeframe(files, basket, timeframe, options, log);
    if (result) done.push(result);
  }
  return done;
}

/** `basket`: the market basket's candles, read once for the context and again for those pairs' own samples. */
function exportTimeframe(
  files: PairFiles[],
  basket: ReadonlyMap<string, Candle[]>,
  timeframe: Timeframe,
  options: ExportOptions,
  log: (line: string) => void,
): TimeframeExport | null {
  const started = Date.now();
  const settings = BARRIERS[timeframe];
  const context = buildMarketContext(basket, timeframe);
  const parts: Float32Array[] = [];
  const closes: Float32Array[] = [];
  const rowTimes: BigInt64Array[] = [];
  const rowPairs: Int16Array[] = [];
  let pooled: PooledSample[] = [];
  let offset = 0;
  files.forEach((file, pair) => {
    const { rows, rowCount, samples, ...pairRows } = pairSamples(basket.get(file.symbol) ?? readPair(file), timeframe, WINDOW, settings, context);
    if (rowCount > 0) {
      parts.push(rows);
      closes.push(pairRows.closes);
      rowTimes.push(BigInt64Array.from(pairRows.times, (t) => BigInt(t)));
      rowPairs.push(new Int16Array(rowCount).fill(pair));
    }
    for (const s of samples) pooled.push({ ...s, row: s.row + offset, pair });
    offset += rowCount;
  });
  if (pooled.length === 0) {
    log(`note: ${timeframe}: no pair has enough candles for a ${WINDOW}-candle window and its horizon, skipped`);
    return null;
  }
  const found = pooled.length;
  pooled = subsampleEvenly(sortByTime(pooled), options.maxSamples);
  const dir = join(options.outDir, timeframe);
  mkdirSync(dir, { recursive: true });
  writeNpy(join(dir, 'features.npy'), parts, [offset, FEATURE_NAMES.length]);
  writeNpy(join(dir, 'close.npy'), closes, [offset]);
  writeNpy(join(dir, 'row_time.npy'), rowTimes, [offset]);
  writeNpy(join(dir, 'row_pair.npy'), rowPairs, [offset]);
  for (const [name, column] of Object.entries(sampleColumns(pooled))) {
    writeNpy(join(dir, `${name}.npy`), column, [pooled.length]);
  }
  const meta = datasetMeta(timeframe, files, pooled, offset);
  writeFileSync(join(dir, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const kept = pooled.length === found ? '' : ` (of ${found}, subsampled)`;
  log(`${timeframe}: ${files.length} pairs, ${offset} feature rows, ${pooled.length} samples${kept}, ${seconds}s`);
  return { timeframe, dir, samples: pooled.length, rows: offset };
}

function datasetMeta(timeframe: Timeframe, files: PairFiles[], samples: readonly PooledSample[], rows: number) {
  const counts = DIRECTIONS.map((_, k) => samples.filter((s) => s.label === k).length);
  const share = (n: number) => Number((n / samples.length).toFixed(4));
  return {
    feature_set: FEATURE_SET,
    features: FEATURE_NAMES,
    labels: DIRECTIONS,
    policy_actions: POLICY_ACTIONS,
    policy_action_steps: POLICY_ACTION_STEP,
    window: WINDOW,
    timeframe,
    barrier: BARRIERS[timeframe],
    pairs: files.map((f) => f.symbol),
    market_basket: MARKET_BASKET,
    from: new Date(samples[0]!.time).toISOString(),
    to: new Date(samples[samples.length - 1]!.time).toISOString(),
    samples: samples.length,
    feature_rows: rows,
    class_counts: Object.fromEntries(DIRECTIONS.map((d, k) => [d, counts[k]!])),
    class_shares: Object.fromEntries(DIRECTIONS.map((d, k) => [d, share(counts[k]!)])),
  };
}
