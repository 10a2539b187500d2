import type { ModelRegistry } from './registry.js';

/**
 * The pairs the loaded direction models learned from (`trained_on.pairs` of each), sorted: the pairs the
 * product follows when nobody names one. A model whose metadata names none adds nothing.
 */
export function trainedPairs(registry: Pick<ModelRegistry, 'models'>): string[] {
  const pairs = new Set<string>();
  for (const model of registry.models) {
    const named = model.metadata.trained_on.pairs;
    if (!Array.isArray(named)) continue;
    for (const pair of named) if (typeof pair === 'string') pairs.add(pair);
  }
  return [...pairs].sort();
}
