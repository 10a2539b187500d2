import { Tensor } from 'onnxruntime-node';
import type { PolicyAction, Position } from '../labels.js';
import type { LoadedPolicy } from './registry.js';

/**
 * Runs a policy model on `batch` windows laid out back to back ([batch, window, features], row-major) with
 * the position held in each, and returns each sample's action probabilities keyed by the metadata's labels.
 */
export async function runPolicyModel(
  policy: LoadedPolicy,
  windows: Float32Array,
  positions: readonly Position[],
): Promise<Record<PolicyAction, number>[]> {
  const { window, features, labels } = policy.metadata;
  const batch = positions.length;
  const output = await policy.session.run({
    features: new Tensor('float32', windows, [batch, window, features.length]),
    position: new Tensor('float32', Float32Array.from(positions), [batch, 1]),
  });
  const probs = output.action_probs;
  if (!probs) throw new Error(`model ${policy.file} has no "action_probs" output`);
  const data = probs.data as Float32Array;
  return Array.from({ length: batch }, (_, row) => {
    const entries = labels.map((label, k) => [label, data[row * labels.length + k]!] as const);
    return Object.fromEntries(entries) as Record<PolicyAction, number>;
  });
}
