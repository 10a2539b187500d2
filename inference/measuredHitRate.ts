import type { DirectionModelMetadata } from './models/modelMetadata.js';
import type { CallStats } from './callStats.js';

/** A band with fewer walk-forward calls than this says little; the model's figures over all calls are shown instead. */
export const MIN_BAND_SIGNALS = 100;

type Metrics = DirectionModelMetadata['metrics'];
type ConfidenceBand = NonNullable<Metrics['hit_rate_by_confidence']>[number];

/**
 * What a model's card measured for calls like this one, by the one trade rule (inference/outcome.ts): the win
 * rate (wins / (wins + stops)) against the break-even win rate after fees, and the mean net return with its
 * 95% interval, on `signals` walk-forward calls.
 */
export interface MeasuredHitRate {
  /** The win rate; on a card from before the one trade rule (`legacy`), its TP1-before-the-stop hit rate. */
  rate: number;
  /** Null on a legacy card, or when unmeasured. */
  breakevenRate: number | null;
  meanNetReturn: number | null;
  meanNetReturnCi95: [number, number] | null;
  /** How many walk-forward calls it was measured on; null when the card does not say. */
  signals: number | null;
  /** The confidence band it was measured in; null for the figures over all the model's calls. */
  band: { from: number; below: number } | null;
  /** The card predates the one trade rule: `rate` counts expired calls as misses, and nothing else is known. */
  legacy: boolean;
}

/**
 * The card's figures in the confidence band of this trade call when that band holds enough calls, else the
 * figures over all calls; null when the card measured neither. Never a training accuracy. `confidence` is null
 * for a NO_TRADE call, which the bands (of LONG and SHORT calls) do not describe.
 */
export function measuredHitRate(metrics: Metrics, confidence: number | null): MeasuredHitRate | null {
  const band = confidence === null
    ? undefined
    : metrics.hit_rate_by_confidence?.find((b) => confidence >= b.from && (confidence < b.below || b.below >= 1));
  const inBand = band && band.count >= MIN_BAND_SIGNALS ? fromBand(band) : null;
  return inBand ?? overall(metrics);
}

function fromBand(band: ConfidenceBand): MeasuredHitRate | null {
  const where = { signals: band.count, band: { from: band.from, below: band.below } };
  if (band.win_rate !== undefined) {
    if (band.win_rate === null) return null;
    return {
      rate: band.win_rate,
      breakevenRate: band.breakeven_win_rate ?? null,
      meanNetReturn: band.mean_net_return ?? null,
      meanNetReturnCi95: band.mean_net_return_ci95 ?? null,
      ...where,
      legacy: false,
    };
  }
  if (band.hit_rate === null || band.hit_rate === undefined) return null;
  return { rate: band.hit_rate, breakevenRate: null, meanNetReturn: null, meanNetReturnCi95: null, ...where, legacy: true };
}

/** The `signal_*` figures of all calls: top-level keys, else those of `metrics.test`, else of `metrics.overall`. */
function overall(metrics: Metrics): MeasuredHitRate | null {
  const signals = typeof metrics.signal_count === 'number' ? metrics.signal_count : null;
  const block = [metrics.test, metrics.overall].find((b) => isRecord(b) && 'signal_win_rate' in b);
  const pooled: Record<string, unknown> = isRecord(block) ? block : {};
  const winRate = metrics.signal_win_rate !== undefined ? metrics.signal_win_rate : pooled.signal_win_rate;
  if (winRate !== undefined) {
    if (finiteOrNull(winRate) === null) return null;
    return {
      rate: winRate as number,
      breakevenRate: metrics.signal_breakeven_win_rate ?? finiteOrNull(pooled.signal_breakeven_win_rate),
      meanNetReturn: metrics.signal_mean_net_return ?? finiteOrNull(pooled.signal_mean_net_return),
      meanNetReturnCi95: ci95OrNull(metrics.signal_mean_net_return_ci95 ?? pooled.signal_mean_net_return_ci95),
      signals: signals ?? finiteOrNull(pooled.signal_count),
      band: null,
      legacy: false,
    };
  }
  const rate = metrics.signal_hit_rate;
  if (rate === null || rate === undefined) return null;
  return { rate, breakevenRate: null, meanNetReturn: null, meanNetReturnCi95: null, signals, band: null, legacy: true };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A metadata value that is a finite number, else null. */
export function finiteOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** A metadata value that is a [low, high] pair of finite numbers, else null. */
function ci95OrNull(value: unknown): [number, number] | null {
  if (!Array.isArray(value) || value.length !== 2) return null;
  const low = finiteOrNull(value[0]);
  const high = finiteOrNull(value[1]);
  return low === null || high === null ? null : [low, high];
}

/**
 * The card's statistics of the calls at or above `threshold`: the `by_threshold` row of `metrics.test` (the
 * shipped model's own test block, which its bands and top-level `signal_*` figures describe), else of
 * `metrics.overall` (all walk-forward test blocks). Training writes rows for the fixed thresholds and the
 * alert threshold. Null when the card has no row for it or predates the one trade rule.
 */
export function measuredAtThreshold(metrics: Metrics, threshold: number): CallStats | null {
  const rowIn = (block: unknown) => {
    const rows = isRecord(block) && Array.isArray(block.by_threshold) ? (block.by_threshold as unknown[]) : [];
    return rows.find((r): r is Record<string, unknown> => isRecord(r) && r.threshold === threshold && r.top_decile !== true && 'win_rate' in r);
  };
  const row = rowIn(metrics.test) ?? rowIn(metrics.overall);
  if (!row) return null;
  return {
    count: finiteOrNull(row.count) ?? 0,
    wins: finiteOrNull(row.wins) ?? 0,
    stops: finiteOrNull(row.stops) ?? 0,
    expired: finiteOrNull(row.expired) ?? 0,
    win_rate: finiteOrNull(row.win_rate),
    breakeven_win_rate: finiteOrNull(row.breakeven_win_rate),
    mean_net_return: finiteOrNull(row.mean_net_return),
    mean_net_return_ci95: ci95OrNull(row.mean_net_return_ci95),
  };
}
