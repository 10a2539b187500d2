import type { PolicyModelMetadata } from '../models/modelMetadata.js';

/** One strategy on the pooled walk-forward test account of a policy model's card. */
export interface StrategyFigures {
  /** 0.12 = +12% over the test blocks, after fees. */
  totalReturn: number;
  /** Annualised; null when the returns do not vary (always flat). */
  sharpe: number | null;
  maxDrawdown: number;
  trades: number;
}

/** The policy against its baselines, chained over all test blocks (`metrics.overall`). */
export interface PolicyComparison {
  policy: StrategyFigures;
  flat: StrategyFigures;
  buyAndHold: StrategyFigures;
  random: StrategyFigures;
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
