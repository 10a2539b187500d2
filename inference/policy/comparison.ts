import type { PolicyModelMetadata } from '../models/modelMetadata.js';

/** One strategy on the pooled test account of a policy model's card. */
export interface StrategyFigures {
  /** 0.12 = +12% over the test block, after fees. */
  totalReturn: number;
  /** Annualised; null when the returns do not vary (always flat). */
  sharpe: number | null;
  maxDrawdown: number;
  trades: number;
}

/** The policy against its baselines (`metrics.overall`): on newer models its own test block, on older ones a chain of fold models. */
export interface PolicyComparison {
  policy: StrategyFigures;
  flat: StrategyFigures;
  buyAndHold: StrategyFigures;
  random: StrategyFigures;
}

/** The shipped policy's own out-of-sample record: the test block it never saw, its figures and the verdict. */
export interface PolicyRecord {
  /** First and last decision candle of the test block (ISO). */
  from: string;
  to: string;
  figures: PolicyComparison;
  /** Its Sharpe beat buy-and-hold's on that block. */
  beatsBuyAndHoldRiskAdjusted: boolean;
  /** It made money after fees with a positive Sharpe (always-flat makes 0%). */
  beatsFlat: boolean;
}

type Overall = PolicyModelMetadata['metrics']['overall'];

function figures(r: Overall['policy']): StrategyFigures {
  return { totalReturn: r.total_return, sharpe: r.sharpe, maxDrawdown: r.max_drawdown, trades: r.trades };
}

export function policyComparison(metadata: PolicyModelMetadata): PolicyComparison {
  const { overall } = metadata.metrics;
  return {
    policy: figures(overall.policy),
    flat: figures(overall.flat),
    buyAndHold: figures(overall.buy_and_hold),
    random: figures(overall.random),
  };
}

/**
 * The shipped model's own test-block record, or null for metadata written before models/train/ppo_train.py
 * recorded one (no `verdict` and `test`): their `overall` chained other models and says nothing of this one.
 */
export function policyRecord(metadata: PolicyModelMetadata): PolicyRecord | null {
  const { verdict, test } = metadata.metrics;
  if (!verdict || !test) return null;
  return {
    from: test.from,
    to: test.to,
    figures: policyComparison(metadata),
    beatsBuyAndHoldRiskAdjusted: verdict.beats_buy_and_hold_risk_adjusted,
    beatsFlat: verdict.beats_flat,
  };
}
