import { z } from 'zod';
import { TIMEFRAMES } from '../../market/timeframes.js';
import { DIRECTIONS } from '../labels.js';

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

const confidenceBandSchema = z.object({
  from: probability,
  below: probability,
  count: z.number().int().nonnegative(),
  hit_rate: probability.nullable(),
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
        signal_hit_rate: z.number().min(0).max(1).nullable().optional(),
        /** Measured TP1 hit rate of directional calls per band of calibrated confidence (walk-forward). */
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
  const result = directionMetadataSchema.safeParse(props);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || 'metadata'} ${issue.message}`);
  throw new Error(`bad model metadata: ${problems.join('; ')}`);
}
