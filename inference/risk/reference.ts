import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { FACTOR_SET, FACTORS, RISK_TIMEFRAME, type FactorName } from './factors.js';
import { QUANTILE_POINTS } from './percentiles.js';

/** Shipped next to the models; built by `inference/risk/buildReference.ts` from the training data. */
export const RISK_REFERENCE_FILE = 'risk-reference.json';

const table = z
  .array(z.number())
  .length(QUANTILE_POINTS)
  .refine((q) => q.every((v, i) => i === 0 || v >= q[i - 1]!), 'must be ascending');

const quantileShape = Object.fromEntries(FACTORS.map((f) => [f.name, table])) as Record<FactorName, typeof table>;

const referenceSchema = z.object({
  factor_set: z.string(),
  timeframe: z.string(),
  created_at: z.string(),
  built_from: z.object({
    pairs: z.array(z.string()).min(1),
    from: z.string(),
    to: z.string(),
    /** Candles between two readings of one pair. */
    stride: z.number().int().positive(),
    /** Readings per factor, all pairs together. */
    readings: z.number().int().positive(),
  }),
  /** Per factor, its value at every whole percentile 0…100 across the pairs' history. */
  quantiles: z.object(quantileShape),
});

export type RiskReference = z.infer<typeof referenceSchema>;

/** The reference file cannot be used; the message names the file and what to do. */
export class RiskReferenceError extends Error {
  constructor(readonly file: string, readonly reason: string) {
    super(`risk reference ${file} ${reason}`);
    this.name = 'RiskReferenceError';
  }
}

const REBUILD = 'rebuild it with `npm run risk-reference`';

/** Reads `<dir>/risk-reference.json` and checks it against the factors this code computes. */
export async function loadRiskReference(dir: string): Promise<RiskReference> {
  const path = join(dir, RISK_REFERENCE_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new RiskReferenceError(path, `cannot be read (${code}): ${REBUILD}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new RiskReferenceError(path, `is not valid JSON (${(error as Error).message}): ${REBUILD}`);
  }
  return parseRiskReference(json, path);
}

export function parseRiskReference(json: unknown, file: string): RiskReference {
  const parsed = referenceSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new RiskReferenceError(file, `is malformed: ${problems.join('; ')}`);
  }
  const reference = parsed.data;
  if (reference.factor_set !== FACTOR_SET) {
    throw new RiskReferenceError(file, `was built for factor set ${reference.factor_set} but this code computes ${FACTOR_SET}: ${REBUILD}`);
  }
  if (reference.timeframe !== RISK_TIMEFRAME) {
    throw new RiskReferenceError(file, `was built on ${reference.timeframe} candles but risk reads ${RISK_TIMEFRAME}: ${REBUILD}`);
  }
  return reference;
}
