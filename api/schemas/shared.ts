import { callStatsSchema } from './callStats.js';
import { errorDetailSchema } from './error.js';
import type { JsonSchema } from './jsonSchema.js';
import { policyRecordSchema } from './policy.js';
import { measuredHitRateSchema, predictionSchema } from './prediction.js';
import { riskReportSchema } from './risk.js';

/** Schemas that routes reference by $id; the OpenAPI document lists them under components.schemas. */
export const SHARED_SCHEMAS: readonly JsonSchema[] = [
  errorDetailSchema,
  predictionSchema,
  measuredHitRateSchema,
  riskReportSchema,
  callStatsSchema,
  policyRecordSchema,
];
