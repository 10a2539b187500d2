import { TIMEFRAMES } from '../../market/timeframes.js';
import { arrayOf, integer, number, object, oneOf, orNull, string, type JsonSchema } from './jsonSchema.js';

const walkForward = object(
  {
    logLoss: orNull(number()),
    baselineLogLoss: orNull(number('Log-loss of always predicting the class shares')),
    balancedAccuracy: orNull(number()),
    signalHitRate: orNull(number()),
    signalCount: orNull(integer()),
  },
  { description: "The model card's pooled walk-forward figures" },
);

const directionModel = object({
  file: string(),
  modelVersion: string(),
  timeframe: oneOf(TIMEFRAMES),
  featureSet: string(),
  symbol: orNull(string('The pair of a per-symbol model; null for the pooled one')),
  sha256: string(),
  metrics: walkForward,
  calls: object({
    all: orNull({ $ref: 'MeasuredHitRate#' }),
    alertThreshold: orNull(number()),
    atAlert: orNull({ $ref: 'CallStats#' }),
  }),
});

const policyModel = object({
  file: string(),
  modelVersion: string(),
  timeframe: oneOf(TIMEFRAMES),
  featureSet: string(),
  sha256: string(),
  record: orNull({ $ref: 'PolicyRecord#' }),
});

export const modelsSchema: JsonSchema = {
  $id: 'ModelsReport',
  ...object(
    {
      loaded: arrayOf(directionModel, 'Direction models serving now, in timeframe order'),
      policies: arrayOf(policyModel, 'Policy models serving now'),
      refused: arrayOf(object({ file: string(), timeframe: orNull(string()), reason: string() }), 'Model files the registry refused'),
    },
    { description: 'The models serving now and the refused files.' },
  ),
};
