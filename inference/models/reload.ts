import { ModelRegistry, type LoadedModel, type LoadedPolicy } from './registry.js';
import type { RegistrySlot } from './registrySlot.js';

/** A loaded model as a reload reports it. */
export interface ModelSummary {
  file: string;
  modelVersion: string;
  timeframe: string;
}

export type ReloadResult =
  /** The new models serve now; `refused` are refusals of files that did not serve before either. */
  | { reloaded: true; models: ModelSummary[]; refused: string[] }
  /** Nothing changed: `reasons` say why, `models` still serve. */
  | { reloaded: false; reasons: string[]; models: ModelSummary[] };

function summary(model: LoadedModel | LoadedPolicy): ModelSummary {
  return { file: model.file, modelVersion: model.metadata.model_version, timeframe: model.metadata.timeframe };
}

/** Direction models, then policies: everything that serves. */
const serving = (registry: ModelRegistry) => [...registry.models, ...registry.policies];

/**
 * Why swapping `current` for `next` would make the bot worse, or nothing when it would not: a model that
 * serves now is refused (its file changed, or it was retrained on another feature set), or a timeframe
 * that has a model now would have none.
 */
function reloadRefusals(current: ModelRegistry, next: ModelRegistry): string[] {
  const files = new Set(serving(current).map((m) => m.file));
  const refused = next.rejected.filter((r) => files.has(r.file));
  const covered = new Set([...next.models.map((m) => m.metadata.timeframe), ...refused.map((r) => r.timeframe)]);
  const lost = new Set(current.models.map((m) => m.metadata.timeframe).filter((tf) => !covered.has(tf)));
  return [...refused.map((r) => r.message), ...[...lost].map((tf) => `the new manifest leaves ${tf} without a model`)];
}

/**
 * Reads the models folder of the current registry again. The new registry replaces the old one only when
 * its manifest reads and nothing that serves now would be lost; otherwise the new one is closed and the
 * old one keeps serving. On success the old sessions are released once no prediction uses them.
 */
export async function reloadModels(slot: RegistrySlot): Promise<ReloadResult> {
  const current = slot.registry;
  let next: ModelRegistry;
  try {
    next = await ModelRegistry.load(current.dir);
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    return { reloaded: false, reasons: [error.message], models: serving(current).map(summary) };
  }
  const reasons = reloadRefusals(current, next);
  if (reasons.length > 0) {
    await next.close();
    return { reloaded: false, reasons, models: serving(current).map(summary) };
  }
  await slot.replace(next);
  return { reloaded: true, models: serving(next).map(summary), refused: next.rejected.map((r) => r.message) };
}
