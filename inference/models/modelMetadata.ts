import { z } from 'zod';
import { TIMEFRAMES } from '../../market/timeframes.js';
import { DIRECTIONS, POLICY_ACTIONS } from '../labels.js';

/** A JSON document stored as a metadata string. */
const jsonString = <T extends z.ZodType>(schema: T) =>
  z.string().transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'is not valid JSON' });
      return z.NEVER;
    }
  }).pipe(schema);

const numberString = z.string().regex(/^-?\d+(\.\d+)?$/, 'is not a number').transform(Number);

const probability = z.number().min(0).max(1);

type ClassPriorShape = Record<(typeof DIRECTIONS)[number], typeof probability>;

const ci95 = z.tuple([z.number(), z.number()]);
const countSchema = z.number().int().nonnegative();

/**
 * The bucket statistics of the one trade rule (models/train/metrics.py signal_stats, inference/callStats.ts).
 * Models trained before that rule carry only `hit_rate` (TP1 before the stop, expired calls counted as misses)
 * instead; every statistic is optional so both load.
 */
const callStatsFields = {
  wins: countSchema.optional(),
  stops: countSchema.optional(),
  expired: countSchema.optional(),
  win_rate: probability.nullable().optional(),
  breakeven_win_rate: probability.nullable().optional(),
  mean_net_return: z.number().nullable().optional(),
  mean_net_return_ci95: ci95.nullable().optional(),
};

/** The same fields under `prefix` (the metrics name the statistics of all calls `signal_…`). */
function prefixed<P extends string, T extends Record<string, z.ZodType>>(prefix: P, fields: T) {
  return Object.fromEntries(Object.entries(fields).map(([key, schema]) => [`${prefix}${key}`, schema])) as {
    [K in keyof T & string as `${P}${K}`]: T[K];
  };
}

/** One band of calibrated confidence of a model's directional calls. */
const confidenceBandSchema = z.object({
  from: probability,
  below: probability,
  count: countSchema,
  hit_rate: probability.nullable().optional(),
  ...callStatsFields,
});

const barrierSchema = z.object({ a: z.number().positive(), b: z.number().positive(), horizon: z.number().int().positive() });

const directionMetadataSchema = z.object({
  kind: z.literal('direction'),
  model_version: z.string().min(1),
  feature_set: z.string().min(1),
  features: jsonString(z.array(z.string()).min(1)),
  window: numberString.pipe(z.number().int().positive()),
  timeframe: z.enum(TIMEFRAMES),
  labels: jsonString(z.array(z.enum(DIRECTIONS)).length(DIRECTIONS.length)).refine(
    (labels) => new Set(labels).size === DIRECTIONS.length,
    'must name each direction once',
  ),
  barrier: jsonString(barrierSchema),
  trained_on: jsonString(z.record(z.string(), z.unknown())),
  metrics: jsonString(
    z
      .object({
        /** Deprecated: the win rate of all directional calls (on older models, TP1 before the stop of all calls). */
        signal_hit_rate: z.number().min(0).max(1).nullable().optional(),
        signal_count: countSchema.optional(),
        /** All directional calls of the shipped model on its test block, by the one trade rule (newer models). */
        ...prefixed('signal_', callStatsFields),
        /** The same calls per band of calibrated confidence. */
        hit_rate_by_confidence: z.array(confidenceBandSchema).optional(),
      })
      .catchall(z.unknown()),
  ),
  /** Class shares of the final training labels: the baseline a model must beat (optional on older models). */
  class_prior: jsonString(z.object(Object.fromEntries(DIRECTIONS.map((d) => [d, probability])) as ClassPriorShape)).optional(),
  /** The confidence from which the model card recommends alerting (optional on older models). */
  alert_threshold: numberString.pipe(probability).optional(),
  tp_eta_minutes: numberString.optional(),
  /** Present on a per-symbol model ("BTC/USDT"); absent on the pooled one. */
  symbol: z.string().optional(),
  created_at: z.string().min(1),
});

export type DirectionModelMetadata = z.infer<typeof directionMetadataSchema>;

/** Validates raw metadata_props; the error lists every bad key so a broken export is easy to fix. */
export function parseDirectionMetadata(props: Record<string, string>): DirectionModelMetadata {
  return parseMetadata(directionMetadataSchema, props);
}

function parseMetadata<T extends z.ZodType>(schema: T, props: Record<string, string>): z.infer<T> {
  const result = schema.safeParse(props);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || 'metadata'} ${issue.message}`);
  throw new Error(`bad model metadata: ${problems.join('; ')}`);
}

/** One strategy's walk-forward figures on the pooled test account (models/train/ppo_eval.py). */
const strategyResultSchema = z.object({
  total_return: z.number(),
  sharpe: z.number().nullable(),
  max_drawdown: z.number(),
  trades: z.number(),
}).catchall(z.unknown());

const policyComparisonSchema = z.object({
  policy: strategyResultSchema,
  flat: strategyResultSchema,
  buy_and_hold: strategyResultSchema,
  random: strategyResultSchema,
});

/** The shipped policy against its baselines on its own test block, risk-adjusted (models/train/ppo_eval.py `verdict`). */
const policyVerdictSchema = z
  .object({ beats_buy_and_hold_risk_adjusted: z.boolean(), beats_flat: z.boolean() })
  .catchall(z.unknown());

/** The test block the shipped policy never saw (ISO times of its first and last decision candles). */
const policyTestBlockSchema = z.object({ from: z.string().min(1), to: z.string().min(1) }).catchall(z.unknown());

const policyMetadataSchema = z.object({
  kind: z.literal('policy'),
  model_version: z.string().min(1),
  feature_set: z.string().min(1),
  features: jsonString(z.array(z.string()).min(1)),
  window: numberString.pipe(z.number().int().positive()),
  timeframe: z.enum(TIMEFRAMES),
  labels: jsonString(z.array(z.enum(POLICY_ACTIONS)).length(POLICY_ACTIONS.length)).refine(
    (labels) => new Set(labels).size === POLICY_ACTIONS.length,
    'must name each policy action once',
  ),
  trained_on: jsonString(z.record(z.string(), z.unknown())),
  /**
   * `overall`: the shipped model and always-flat, buy-and-hold and a random policy on its own test block, with
   * `verdict` and `test` (that block). Older models lack both: their `overall` chained other fold models.
   */
  metrics: jsonString(
    z
      .object({ overall: policyComparisonSchema, verdict: policyVerdictSchema.optional(), test: policyTestBlockSchema.optional() })
      .catchall(z.unknown()),
  ),
  created_at: z.string().min(1),
});

export type PolicyModelMetadata = z.infer<typeof policyMetadataSchema>;

/** Validates a policy model's metadata_props, listing every bad key like parseDirectionMetadata. */
export function parsePolicyMetadata(props: Record<string, string>): PolicyModelMetadata {
  return parseMetadata(policyMetadataSchema, props);
}
