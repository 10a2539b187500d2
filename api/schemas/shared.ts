import { alertHistorySchema } from './alerts.js';
import { callStatsSchema } from './callStats.js';
import { candlesSchema } from './candles.js';
import { errorDetailSchema } from './error.js';
import { explanationSchema } from './explanation.js';
import type { JsonSchema } from './jsonSchema.js';
import { liveEventSchema } from './liveEvent.js';
import { modelsSchema } from './models.js';
import { pairPredictionsSchema } from './pairPredictions.js';
import { performanceSchema } from './performance.js';
import { policyRecordSchema } from './policy.js';
import { measuredHitRateSchema, predictionSchema } from './prediction.js';
import { riskReportSchema } from './risk.js';

/**
 * Schemas that routes reference by $id; the OpenAPI document lists them under components.schemas, and the
 * board's types (web/apiTypes.ts) are generated from there, so every answer the board reads is named here.
 */
export const SHARED_SCHEMAS: readonly JsonSchema[] = [
  errorDetailSchema,
  predictionSchema,
  measuredHitRateSchema,
  riskReportSchema,
  callStatsSchema,
  policyRecordSchema,
  pairPredictionsSchema,
  explanationSchema,
  candlesSchema,
  alertHistorySchema,
  performanceSchema,
  modelsSchema,
  liveEventSchema,
];
