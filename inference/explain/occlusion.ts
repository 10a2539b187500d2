import { DIRECTIONS, type Direction } from '../labels.js';
import type { LoadedModel } from '../models/registry.js';
import { runDirectionModel } from '../models/runDirection.js';
import { EXPLAINED_INDICATORS, featureColumn, featureValues, median, type IndicatorName } from './indicators.js';

/** How much one indicator moved the model: probabilities as predicted minus with the indicator held neutral. */
export interface IndicatorShift {
  indicator: IndicatorName;
  shift: Record<Direction, number>;
}

/**
 * Occlusion: re-runs the model once per indicator (one batched call) with that indicator's features held
 * at their neutral level over the whole window, and compares with the probabilities of the real input.
 * Correlated features share credit, so a shift is a rough measure of reliance, not a cause.
 */
export async function occlusionShifts(
  model: LoadedModel,
  window: Float32Array,
  probabilities: Record<Direction, number>,
): Promise<IndicatorShift[]> {
  const { features } = model.metadata;
  const width = features.length;
  const batch = new Float32Array(window.length * EXPLAINED_INDICATORS.length);
  EXPLAINED_INDICATORS.forEach((indicator, k) => {
    const held = batch.subarray(k * window.length, (k + 1) * window.length);
    held.set(window);
    for (const [name, neutral] of Object.entries(indicator.neutral)) {
      const column = featureColumn(features, name);
      const value = neutral === 'window_median' ? median(featureValues(window, width, column)) : neutral;
      for (let offset = column; offset < held.length; offset += width) held[offset] = value;
    }
  });
  const heldOut = await runDirectionModel(model, batch, EXPLAINED_INDICATORS.length);
  return EXPLAINED_INDICATORS.map((indicator, k) => ({
    indicator: indicator.name,
    shift: Object.fromEntries(DIRECTIONS.map((d) => [d, probabilities[d] - heldOut[k]![d]])) as Record<Direction, number>,
  }));
}
