import { z } from 'zod';
import { DIRECTIONS } from '../labels.js';
import type { DirectionModelMetadata } from '../models/modelMetadata.js';

/**
 * What a model is compared with: the class prior read from its metadata when the training wrote it (older
 * models lack it), with named fallbacks so a report says which one it used.
 */

export type PriorSource = 'class_prior' | 'metrics.class_shares' | 'evaluated data';

export interface ClassPrior {
  /** Probabilities in DIRECTIONS order. */
  prior: number[];
  source: PriorSource;
}

const sharesSchema = z.object({ LONG: z.number().min(0), NO_TRADE: z.number().min(0), SHORT: z.number().min(0) });

/** {LONG, NO_TRADE, SHORT} → a row in DIRECTIONS order summing to 1, or null if it is not one. */
function sharesRow(value: unknown): number[] | null {
  const parsed = sharesSchema.safeParse(value);
  if (!parsed.success) return null;
  const row = DIRECTIONS.map((d) => parsed.data[d]);
  const total = row.reduce((sum, v) => sum + v, 0);
  return total > 0 ? row.map((v) => v / total) : null;
}

/** Class shares of the labels, add-one smoothed like the training prior (models/train/metrics.py). */
export function labelShares(labels: ArrayLike<number>): number[] {
  const counts = DIRECTIONS.map(() => 1);
  for (let i = 0; i < labels.length; i++) counts[labels[i]!]! += 1;
  const total = labels.length + DIRECTIONS.length;
  return counts.map((n) => n / total);
}

/**
 * The baseline that knows no features: the class prior fitted on the training data (`class_prior`), else the
 * class shares in the model's `metrics`, else the shares of the evaluated labels themselves — the last one
 * knows the test period's class mix, so it is a harder baseline than the model had to beat in training.
 */
export function baselinePrior(metadata: DirectionModelMetadata, labels: ArrayLike<number>): ClassPrior {
  const fromPrior = sharesRow(metadata.class_prior);
  if (fromPrior) return { prior: fromPrior, source: 'class_prior' };
  const fromMetrics = sharesRow(metadata.metrics.class_shares);
  if (fromMetrics) return { prior: fromMetrics, source: 'metrics.class_shares' };
  return { prior: labelShares(labels), source: 'evaluated data' };
}
