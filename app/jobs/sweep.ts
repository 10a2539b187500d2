import { shouldAlert } from '../../inference/alertRule.js';
import type { Prediction } from '../../inference/prediction.js';
import type { PredictionResult } from '../../inference/batchPrediction.js';
import type { PairRequest } from '../../inference/signalService.js';
import { PAPER_NOTIONAL } from '../../inference/tradeReturn.js';
import type { Timeframe } from '../../market/timeframes.js';
import type { AlertOutbox } from '../../storage/alertOutbox.js';
import type { SqliteDatabase } from '../../storage/database.js';
import type { PaperTradesRepository } from '../../storage/paperTradesRepository.js';
import type { SignalsRepository } from '../../storage/signalsRepository.js';
import type { SubscriptionsRepository } from '../../storage/subscriptionsRepository.js';
import type { Logger } from '../logger.js';
import { toSignalRecord } from '../signalRecord.js';
import { failureReason, type PairFailure } from './pairFailure.js';

export interface SweepDeps {
  predictMany(requests: readonly PairRequest[]): Promise<PredictionResult[]>;
  db: SqliteDatabase;
  signals: SignalsRepository;
  subscriptions: Pick<SubscriptionsRepository, 'subscribedPairs' | 'signalSubscribers'>;
  outbox: Pick<AlertOutbox, 'enqueueAlert'>;
  paperTrades: PaperTradesRepository;
  /** ALERT_MIN_CONFIDENCE; unset, each model card's own threshold applies. */
  minConfidence: number | undefined;
  log: Logger;
}

export interface SweepAlert {
  symbol: string;
  direction: string;
  confidence: number;
  /** Deliveries queued for it. */
  queued: number;
}

export interface SweepReport {
  timeframe: Timeframe;
  /** Subscribed pairs on this timeframe, all predicted in one batch. */
  pairs: number;
  alerts: SweepAlert[];
  failures: PairFailure[];
}

/**
 * One sweep of a timeframe: predicts every subscribed pair in one batch and turns each prediction that
 * passes the alert rule into an alert signal, its queued deliveries and a paper trade, in one transaction,
 * so a crash never leaves a signal without its deliveries. A pair that fails is counted and logged; the
 * others go on. Sweeping the same candle again adds nothing.
 */
export async function runSweep(deps: SweepDeps, timeframe: Timeframe, now: number): Promise<SweepReport> {
  const pairs = deps.subscriptions.subscribedPairs().filter((p) => p.timeframe === timeframe);
  const results = await deps.predictMany(pairs.map(({ symbol }) => ({ symbol, timeframe })));
  const report: SweepReport = { timeframe, pairs: pairs.length, alerts: [], failures: [] };
  results.forEach((result, k) => {
    const symbol = pairs[k]!.symbol;
    try {
      if ('error' in result) throw result.error;
      const alert = alertOn(deps, symbol, result.prediction, now);
      if (alert) report.alerts.push(alert);
    } catch (error) {
      report.failures.push({ symbol, timeframe, reason: failureReason(error) });
      deps.log.warn({ err: error, symbol, timeframe }, 'sweep: pair failed');
    }
  });
  deps.log.info(
    { timeframe, pairs: report.pairs, alerts: report.alerts.length, failures: report.failures.length },
    'sweep done',
  );
  return report;
}

/**
 * Stores, queues and opens the alert if the rule keeps the prediction; null when it does not. The rule reads
 * the last alert inside the transaction, so two sweeps of the same candle at once still alert once.
 */
function alertOn(deps: SweepDeps, subscribed: string, p: Prediction, now: number): SweepAlert | null {
  return deps.db.transaction((): SweepAlert | null => {
    if (!shouldAlert(p, deps.minConfidence, deps.signals.lastAlert(p.symbol, p.timeframe))) return null;
    const signalId = deps.signals.record(toSignalRecord(p, 'alert'));
    const chats = deps.subscriptions.signalSubscribers(subscribed, p.timeframe);
    const alert = { signalId, symbol: p.symbol, timeframe: p.timeframe, candleTime: p.candleTime, event: { kind: 'alert' as const, prediction: p } };
    const { queued } = deps.outbox.enqueueAlert(alert, chats);
    deps.paperTrades.open(signalId, PAPER_NOTIONAL, now);
    return { symbol: p.symbol, direction: p.direction, confidence: p.confidence, queued };
  })();
}
