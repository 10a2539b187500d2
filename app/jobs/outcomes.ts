import type { TradeSide } from '../../inference/barrier.js';
import { resolveTrade, type ResolvedTrade } from '../../inference/outcome.js';
import type { Candle } from '../../market/candle.js';
import { isTimeframe, timeframeMs, type Timeframe } from '../../market/timeframes.js';
import type { SqliteDatabase } from '../../storage/database.js';
import type { OutcomeReplies } from '../../storage/outcomeReplies.js';
import type { OpenSignal, OutcomesRepository } from '../../storage/outcomesRepository.js';
import type { PaperTradesRepository } from '../../storage/paperTradesRepository.js';
import type { Logger } from '../logger.js';
import { failureReason, type PairFailure } from './pairFailure.js';

export interface OutcomeDeps {
  /** Latest closed candles of a pair, oldest first (SignalService.recentCandles: cache, then the market). */
  recentCandles(symbol: string, timeframe: Timeframe, count: number): Promise<Candle[]>;
  db: SqliteDatabase;
  outcomes: OutcomesRepository;
  paperTrades: PaperTradesRepository;
  replies: OutcomeReplies;
  log: Logger;
}

export interface ResolvedSignal {
  signalId: number;
  symbol: string;
  timeframe: string;
  trade: ResolvedTrade;
  /** Outcome replies queued. */
  queued: number;
}

export interface OutcomeReport {
  resolved: ResolvedSignal[];
  /** Signals still open after this run. */
  open: number;
  failures: PairFailure[];
}

/**
 * The outcome job: walks the open alert signals, fetches the candles since each (once per pair), and
 * resolves each by the barrier rule (inference/outcome.ts). A resolved signal gets its outcome, its paper
 * trade closed and its threaded replies queued, in one transaction. A pair whose candles cannot be had is
 * counted and tried again next run.
 */
export async function resolveOutcomes(deps: OutcomeDeps, now: number): Promise<OutcomeReport> {
  const report: OutcomeReport = { resolved: [], open: 0, failures: [] };
  for (const [key, signals] of groupByPair(deps.outcomes.openSignals())) {
    const { symbol, timeframe } = signals[0]!;
    try {
      if (!isTimeframe(timeframe)) throw new Error(`unknown timeframe ${timeframe}`);
      // Every candle from the oldest open entry on: a latest-N source needs N to reach back that far.
      const count = Math.floor((now - Math.min(...signals.map((s) => s.candleTime))) / timeframeMs(timeframe)) + 1;
      const candles = await deps.recentCandles(symbol, timeframe, count);
      for (const signal of signals) {
        const trade = resolveTrade(levelsOf(signal), timeframe, signal.candleTime, candles, now);
        if (trade) report.resolved.push(...close(deps, signal, trade, now));
        else report.open++;
      }
    } catch (error) {
      report.open += signals.length;
      report.failures.push({ symbol, timeframe, reason: failureReason(error) });
      deps.log.warn({ err: error, pair: key }, 'outcomes: pair failed');
    }
  }
  deps.log.info({ resolved: report.resolved.length, open: report.open, failures: report.failures.length }, 'outcomes done');
  return report;
}

/** Stores the outcome, closes the paper trade and queues the replies; nothing when another run got there first. */
function close(deps: OutcomeDeps, signal: OpenSignal, trade: ResolvedTrade, now: number): ResolvedSignal[] {
  return deps.db.transaction((): ResolvedSignal[] => {
    const stored = deps.outcomes.record({ signalId: signal.id, ...trade });
    if (!stored) return [];
    deps.paperTrades.close(signal.id, now);
    const queued = deps.replies.enqueue(signal.id, {
      kind: 'outcome',
      signal: { symbol: signal.symbol, timeframe: signal.timeframe, direction: signal.direction },
      trade,
    });
    return [{ signalId: signal.id, symbol: signal.symbol, timeframe: signal.timeframe, trade, queued }];
  })();
}

function levelsOf(s: OpenSignal) {
  return { side: s.direction as TradeSide, entry: s.entry, stopLoss: s.stopLoss, takeProfits: [s.tp1, s.tp2, s.tp3] as [number, number, number] };
}

function groupByPair(signals: readonly OpenSignal[]): Map<string, OpenSignal[]> {
  const groups = new Map<string, OpenSignal[]>();
  for (const s of signals) {
    const key = `${s.symbol} ${s.timeframe}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return groups;
}
