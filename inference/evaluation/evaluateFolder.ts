import { existsSync, statSync } from 'node:fs';
import { listReplayFiles, type ReplayFile } from '../../market/candleFiles.js';
import type { Timeframe } from '../../market/timeframes.js';
import { selectFiles, type PairFiles } from '../../market/pairFiles.js';
import { loadContext } from '../dataset/contextFiles.js';
import { ModelUnavailableError } from '../errors.js';
import type { MarketContext } from '../features/marketContext.js';
import { ModelRegistry, type LoadedModel } from '../models/registry.js';
import { EvaluationInputError, type EvaluationArgs } from './args.js';
import { predictPairs } from './predictions.js';
import { scoreModel, type ModelEvaluation } from './report.js';
import { formatEvaluation } from './table.js';

/**
 * Evaluates the shipped models, as the bot's registry loads them, on a folder of candles: per timeframe,
 * each pair is scored by the model the bot would serve it with. Missing pairs, timeframes and models are
 * skipped with a note; each evaluated model is printed as a table when done.
 */
export async function evaluateFolder(args: EvaluationArgs, log: (line: string) => void): Promise<ModelEvaluation[]> {
  if (!existsSync(args.dataDir) || !statSync(args.dataDir).isDirectory()) {
    throw new EvaluationInputError(`data folder not found: ${args.dataDir} (give --data a folder of <BASE>_<QUOTE>-<tf>.csv.gz files)`);
  }
  const everyFile = listReplayFiles(args.dataDir);
  const all = everyFile.filter((f) => !args.pairs || args.pairs.includes(f.symbol));
  const absent = args.pairs?.filter((p) => !all.some((f) => f.symbol === p)) ?? [];
  if (absent.length > 0) log(`note: no candle files for ${absent.join(', ')} in ${args.dataDir}, skipped`);
  const registry = await loadRegistry(args.modelsDir);
  try {
    for (const refusal of registry.rejected) log(`note: ${refusal.message}`);
    const results: ModelEvaluation[] = [];
    for (const timeframe of args.timeframes) {
      const context = () => loadContext(everyFile, timeframe, log);
      results.push(...(await evaluateTimeframe(registry, timeframe, all, context, args, log)));
    }
    return results;
  } finally {
    await registry.close();
  }
}

async function loadRegistry(dir: string): Promise<ModelRegistry> {
  try {
    return await ModelRegistry.load(dir);
  } catch (error) {
    throw new EvaluationInputError(`cannot load the models: ${(error as Error).message}`);
  }
}

async function evaluateTimeframe(
  registry: ModelRegistry,
  timeframe: Timeframe,
  all: readonly ReplayFile[],
  context: () => MarketContext,
  args: EvaluationArgs,
  log: (line: string) => void,
): Promise<ModelEvaluation[]> {
  // A pair's files as the training export reads them: 4h and 1d gaps of one missing hour rebuilt from 1h.
  const files = selectFiles(all, timeframe, undefined);
  const withoutFile = [...new Set(all.map((f) => f.symbol))].filter((s) => !files.some((f) => f.symbol === s));
  if (files.length === 0) {
    log(`note: ${timeframe}: no <BASE>_<QUOTE>-${timeframe}.csv.gz files in ${args.dataDir}, skipped`);
    return [];
  }
  if (withoutFile.length > 0) log(`note: ${timeframe}: no candle file for ${withoutFile.join(', ')}, skipped`);
  let groups: Map<LoadedModel, PairFiles[]>;
  try {
    groups = groupByModel(registry, timeframe, files);
  } catch (error) {
    if (!(error instanceof ModelUnavailableError)) throw error;
    log(`note: ${timeframe}: ${error.message}, skipped`);
    return [];
  }
  const results: ModelEvaluation[] = [];
  // The market basket's candles, read once the timeframe has something to evaluate.
  const marketContext = context();
  for (const [model, modelFiles] of groups) {
    const started = performance.now();
    const predictions = await predictPairs(model, timeframe, modelFiles, args.range, marketContext);
    if (predictions.labels.length === 0) {
      log(`note: ${timeframe}: no decision candle in the chosen period has a complete window and horizon, skipped`);
      continue;
    }
    const evaluation = scoreModel(model.metadata, predictions);
    log(formatEvaluation(evaluation, (performance.now() - started) / 1000));
    results.push(evaluation);
  }
  return results;
}

/** The model the bot serves each pair with (its own, else the pooled one), and the pairs it serves. */
function groupByModel(registry: ModelRegistry, timeframe: Timeframe, files: readonly PairFiles[]) {
  const groups = new Map<LoadedModel, PairFiles[]>();
  for (const file of files) {
    const model = registry.directionModel(file.symbol, timeframe);
    groups.set(model, [...(groups.get(model) ?? []), file]);
  }
  return groups;
}
