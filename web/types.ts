/**
 * The board's names for the JSON API answers it reads. The shapes come from the server's schemas through
 * apiTypes.ts (generated: `npm run gen:web-types`), so they are never restated here.
 */
import type { components } from './apiTypes.js';

type Schemas = components['schemas'];

export type Prediction = Schemas['Prediction'];
export type Direction = Prediction['direction'];
export type ErrorDetail = Schemas['ErrorDetail'];
export type PairPredictions = Schemas['PairPredictions'];
export type RiskReport = Schemas['RiskReport'];
export type Candles = Schemas['Candles'];
export type Candle = Candles['candles'][number];
export type AlertHistory = Schemas['AlertHistory'];
export type AlertResult = AlertHistory['alerts'][number];
export type PerformanceReport = Schemas['PerformanceReport'];
export type Tally = PerformanceReport['windows'][number]['total'];
export type ModelsReport = Schemas['ModelsReport'];
export type DirectionModel = ModelsReport['loaded'][number];
export type Explanation = Schemas['Explanation'];
/** What the event stream (/api/events) sends. */
export type LiveEvent = Schemas['LiveEvent'];
