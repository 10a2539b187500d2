import { alertThreshold } from '../inference/alertRule.js';
import { DEFAULT_MODELS_DIR } from '../inference/models/manifest.js';
import { ModelRegistry } from '../inference/models/registry.js';
import { OFFLINE_BATCH_WINDOWS } from '../inference/models/runDirection.js';
import { inTraining, trainingPeriod } from '../inference/models/trainingPeriod.js';
import { FEE_RATE } from '../inference/tradeReturn.js';
import { listReplayFiles } from '../market/candleFiles.js';
import { MarketDataError } from '../market/errors.js';
import { ReplayMarketSource } from '../market/replaySource.js';
import type { Timeframe } from '../market/timeframes.js';
import { decisionTimes, replayDecisions, type DecisionSlot, type PairHistory, type ReplayClock } from './decisions.js';
import { equityCurves } from './equity.js';
import { BacktestInputError, type BacktestOptions } from './options.js';
import { summarise, type BacktestReport, type TimeframeRun } from './report.js';
import { AlertBook, resolveBacktestTrade, type BacktestTrade } from './trades.js';
import { chooseUniverse, describeSkip, type SkipNote } from './universe.js';

/** The shared state of one run: the replay source, its clock and the models. */
interface Replay {
  market: ReplayMarketSource;
  clock: ReplayClock;
  registry: ModelRegistry;
  /** --min-confidence; unset, each model card's threshold. */
  minConfidence: number | undefined;
  batchSize: number;
}

interface TimeframePlan {
  timeframe: Timeframe;
  histories: PairHistory[];
  slots: DecisionSlot[];
}

/**
 * Replays the folder's history through the live code path — the replay market source, prepareInput and
 * batched predictInputs, the sweep's alert rule, the outcome job's barrier rule and the paper ledger's fees —
 * and reports signals, hit rate, P&L, drawdown, Sharpe and exposure against buy and hold.
 */
export async function runBacktest(options: BacktestOptions): Promise<BacktestReport> {
  const modelsDir = options.modelsDir ?? DEFAULT_MODELS_DIR;
  const files = readFolder(options.dataDir);
  const registry = await loadModels(modelsDir);
  try {
    const universe = chooseUniverse(options.dataDir, files, registry, options.pairs, options.timeframes);
    const clock: ReplayClock = { now: 0 };
    const replay: Replay = {
      market: new ReplayMarketSource({ dir: options.dataDir, now: () => clock.now }),
      clock,
      registry,
      minConfidence: options.minConfidence,
      batchSize: options.batchSize ?? OFFLINE_BATCH_WINDOWS,
    };
    const plans: TimeframePlan[] = [];
    for (const { timeframe, symbols } of universe.timeframes) {
      plans.push(await planTimeframe(replay, timeframe, symbols, options));
    }
    const total = plans.reduce((n, p) => n + p.slots.reduce((m, [, symbols]) => m + symbols.length, 0), 0);
    let done = 0;
    const onSlots = (count: number) => options.onProgress?.((done += count), total);
    const skipped: SkipNote[] = [...universe.skipped];
    const runs: TimeframeRun[] = [];
    for (const plan of plans) {
      const run = await replayTimeframe(replay, plan, onSlots);
      if (run) runs.push(run);
      else skipped.push({ timeframe: plan.timeframe, reason: 'no decision in the period: check --from/--to against the data, or too little history for the model window' });
    }
    if (runs.length === 0) throw new BacktestInputError(`nothing to report: ${skipped.map(describeSkip).join('; ')}`);
    const times = runs.flatMap((r) => [r.curves.times[0]!, r.curves.times[r.curves.times.length - 1]!]);
    return {
      data: options.dataDir,
      models: modelsDir,
      period: { from: new Date(Math.min(...times)).toISOString(), to: new Date(Math.max(...times)).toISOString() },
      minConfidence: replay.minConfidence ?? null,
      feeRate: FEE_RATE,
      skipped,
      ...summarise(runs),
      trades: runs.flatMap((r) => r.trades),
    };
  } finally {
    await registry.close();
  }
}

/** The registry, or a plain refusal naming --models when the folder holds no loadable manifest. */
async function loadModels(dir: string): Promise<ModelRegistry> {
  try {
    return await ModelRegistry.load(dir);
  } catch (error) {
    throw new BacktestInputError(`cannot load the models from ${dir} (--models): ${(error as Error).message}`);
  }
}

function readFolder(dir: string) {
  try {
    return listReplayFiles(dir);
  } catch (error) {
    if (!(error instanceof MarketDataError)) throw error;
    throw new BacktestInputError(`${error.message}: give --data a folder of <BASE>_<QUOTE>-<timeframe>.csv.gz files`);
  }
}

/** Each pair's candles closed by the end of the period, and the decision slots in it. */
async function planTimeframe(
  replay: Replay,
  timeframe: Timeframe,
  symbols: readonly string[],
  options: BacktestOptions,
): Promise<TimeframePlan> {
  replay.clock.now = options.to ?? Infinity;
  const histories = await Promise.all(
    symbols.map(async (symbol) => ({
      symbol,
      candles: await replay.market.fetchClosedCandles(symbol, timeframe, Number.MAX_SAFE_INTEGER),
    })),
  );
  return { timeframe, histories, slots: decisionTimes(histories, timeframe, options.from ?? -Infinity, options.to ?? Infinity) };
}

/** Decisions, alerts, outcomes and curves of one timeframe; null when no pair got past its warm-up. */
async function replayTimeframe(replay: Replay, plan: TimeframePlan, onSlots: (n: number) => void): Promise<TimeframeRun | null> {
  const { timeframe, slots } = plan;
  const model = replay.registry.directionModel(plan.histories[0]!.symbol, timeframe);
  // Reported per timeframe; the book applies the rule itself, per prediction, as the live sweep does.
  const minConfidence = alertThreshold(model.metadata.alert_threshold, replay.minConfidence).value;
  const book = new AlertBook(replay.minConfidence);
  const trades: BacktestTrade[] = [];
  const firstDecision = new Map<string, number>();
  const trainedOn = trainingPeriod(model.metadata);
  let decisions = 0;
  let inSample = 0;
  const decided = replayDecisions({ ...replay, timeframe, slots, onSlots });
  for await (const batch of decided) {
    decisions += batch.length;
    for (const { at, prediction: p } of batch) {
      if (!firstDecision.has(p.symbol)) firstDecision.set(p.symbol, at);
      if (inTraining(trainedOn, p.candleTime, timeframe)) inSample++;
      const trade = book.consider(p);
      if (trade) trades.push(trade);
    }
  }
  if (decisions === 0) return null;
  const periodEnd = slots[slots.length - 1]![0];
  for (const trade of trades) trade.result = await resolveBacktestTrade(replay.market, replay.clock, trade, periodEnd);
  const start = Math.min(...firstDecision.values());
  const grid = slots.map(([close]) => close).filter((close) => close >= start);
  const curves = equityCurves({ timeframe, grid, histories: plan.histories, firstDecision, trades });
  return { timeframe, pairs: [...firstDecision.keys()].sort(), decisions, inSample, trainedOn, minConfidence, trades, curves };
}
