import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InferenceSession } from 'onnxruntime-node';
import type { Timeframe } from '../../market/timeframes.js';
import { ModelRejectedError, ModelUnavailableError } from '../errors.js';
import { FEATURE_NAMES, FEATURE_SET } from '../features/featureSet.js';
import { readManifest, type ManifestEntry } from './manifest.js';
import { parseDirectionMetadata, type DirectionModelMetadata } from './modelMetadata.js';
import { readOnnxMetadata } from './onnxMetadata.js';

export interface LoadedModel {
  file: string;
  sha256: string;
  metadata: DirectionModelMetadata;
  session: InferenceSession;
}

export interface RegistryOptions {
  /** The feature set the running code computes; a model trained on another one is refused. */
  featureSet?: string;
  featureNames?: readonly string[];
}

// One intra-op thread: the bot serves many small requests; parallelism comes from batching, not threads.
const SESSION_OPTIONS: InferenceSession.SessionOptions = {
  intraOpNumThreads: 1,
  interOpNumThreads: 1,
  executionMode: 'sequential',
  graphOptimizationLevel: 'all',
};

async function loadEntry(dir: string, entry: ManifestEntry, options: Required<RegistryOptions>): Promise<LoadedModel> {
  const refuse = (reason: string) => new ModelRejectedError(entry.file, reason, entry.timeframe);
  let bytes: Buffer;
  try {
    bytes = await readFile(join(dir, entry.file));
  } catch (error) {
    throw refuse(`cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== entry.sha256) {
    throw refuse(`sha256 is ${sha256.slice(0, 12)}… but the manifest says ${entry.sha256.slice(0, 12)}…; the file was changed`);
  }
  let metadata: DirectionModelMetadata;
  try {
    metadata = parseDirectionMetadata(readOnnxMetadata(bytes));
  } catch (error) {
    throw refuse((error as Error).message);
  }
  if (metadata.feature_set !== options.featureSet) {
    throw refuse(`it was trained on feature set ${metadata.feature_set} but this code computes ${options.featureSet}`);
  }
  if (metadata.features.join(',') !== options.featureNames.join(',')) {
    throw refuse(`its feature list differs from ${options.featureSet} as this code defines it`);
  }
  const session = await InferenceSession.create(bytes, SESSION_OPTIONS).catch((error: Error) => {
    throw refuse(`onnxruntime cannot load it: ${error.message}`);
  });
  return { file: entry.file, sha256, metadata, session };
}

/**
 * The models listed in `models/manifest.json`, loaded once. A model that fails a check is refused and
 * remembered with its reason; the others still serve.
 */
export class ModelRegistry {
  private constructor(
    readonly dir: string,
    readonly models: readonly LoadedModel[],
    readonly rejected: readonly ModelRejectedError[],
  ) {}

  static async load(dir: string, options: RegistryOptions = {}): Promise<ModelRegistry> {
    const resolved = { featureSet: options.featureSet ?? FEATURE_SET, featureNames: options.featureNames ?? FEATURE_NAMES };
    const entries = await readManifest(dir);
    const results = await Promise.allSettled(entries.map((entry) => loadEntry(dir, entry, resolved)));
    const models: LoadedModel[] = [];
    const rejected: ModelRejectedError[] = [];
    for (const result of results) {
      if (result.status === 'fulfilled') models.push(result.value);
      else if (result.reason instanceof ModelRejectedError) rejected.push(result.reason);
      else throw result.reason;
    }
    return new ModelRegistry(dir, models, rejected);
  }

  /** The per-symbol model for (symbol, timeframe) if there is one, else the pooled model. */
  directionModel(symbol: string, timeframe: Timeframe): LoadedModel {
    const forTimeframe = this.models.filter((m) => m.metadata.timeframe === timeframe);
    const model = forTimeframe.find((m) => m.metadata.symbol === symbol) ?? forTimeframe.find((m) => !m.metadata.symbol);
    if (model) return model;
    const refusal = this.rejected.find((r) => r.timeframe === timeframe);
    throw new ModelUnavailableError(
      `no ${timeframe} model is loaded${refusal ? ` (${refusal.message})` : ''}`,
      { cause: refusal },
    );
  }

  async close(): Promise<void> {
    await Promise.all(this.models.map((m) => m.session.release()));
  }
}
