import { Tensor } from 'onnxruntime-node';
import type { Direction } from '../labels.js';
import type { LoadedModel } from './registry.js';

/**
 * Windows per model call when replaying history (backtest, evaluate). Measured on the 34-pair run: beyond
 * ~2,000 windows a call gets no cheaper per window, and memory stays small.
 */
export const OFFLINE_BATCH_WINDOWS = 2048;

/**
 * Runs a direction model on `batch` windows laid out back to back ([batch, window, features], row-major)
 * and returns each sample's probabilities keyed by label, in the order the model's metadata gives.
 */
export async function runDirectionModel(
  model: LoadedModel,
  windows: Float32Array,
  batch: number,
): Promise<Record<Direction, number>[]> {
  const { window, features, labels } = model.metadata;
  const input = new Tensor('float32', windows, [batch, window, features.length]);
  const output = await model.session.run({ features: input });
  const probabilities = output.probabilities;
  if (!probabilities) throw new Error(`model ${model.file} has no "probabilities" output`);
  const data = probabilities.data as Float32Array;
  return Array.from({ length: batch }, (_, row) => {
    const entries = labels.map((label, k) => [label, data[row * labels.length + k]!] as const);
    return Object.fromEntries(entries) as Record<Direction, number>;
  });
}
