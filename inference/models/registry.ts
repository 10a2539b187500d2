import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InferenceSession } from 'onnxruntime-node';
import type { Timeframe } from '../../market/timeframes.js';
import { ModelRejectedError, ModelUnavailableError } from '../errors.js';
import { FEATURE_NAMES, FEATURE_SET } from '../features/featureSet.js';
import { readManifest, type ManifestEntry } from './manifest.js';
import {
  parseDirectionMetadata,
  parsePolicyMetadata,
  type DirectionModelMetadata,
  type PolicyModelMetadata,
} from './modelMetadata.js';
import { readOnnxMetadata } from './onnxMetadata.js';

export interface LoadedModel {
  file: string;
  sha256: string;
  metadata: DirectionModelMetadata;
  session: InferenceSession;
}

/** A PPO policy model (kind "policy"): features and a position in, HOLD/BUY/SELL probabilities out. */
export interface LoadedPolicy {
  file: string;
  sha256: string;
  metadata: PolicyModelMetadata;
  session: InferenceSession;
}

type LoadedEntry = { kind: 'direction'; model: LoadedModel } | { kind: 'policy'; model: LoadedPolicy };

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

/** The metadata of either kind, told apart by its `kind` key (a file without one is read as a direction model). */
function parseMetadata(props: Record<string, string>) {
  return props.kind === 'policy'
    ? { kind: 'policy' as const, metadata: parsePolicyMetadata(props) }
    : { kind: 'direction' as const, metadata: parseDirectionMetadata(props) };
}

async function loadEntry(dir: string, entry: ManifestEntry, options: Required<RegistryOptions>): Promise<LoadedEntry> {
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
  let parsed: ReturnType<typeof parseMetadata>;
  try {
    parsed = parseMetadata(readOnnxMetadata(bytes));
  } catch (error) {
    throw refuse((error as Error).message);
  }
  const { metadata } = parsed;
  if (metadata.feature_set !== options.featureSet) {
    throw refuse(`it was trained on feature set ${metadata.feature_set} but this code computes ${options.featureSet}`);
  }
  if (metadata.features.join(',') !== options.featureNames.join(',')) {
    throw refuse(`its feature list differs from ${options.featureSet} as this code defines it`);
  }
  const session = await InferenceSession.create(bytes, SESSION_OPTIONS).catch((error: Error) => {
    throw refuse(`onnxruntime cannot load it: ${error.message}`);
  });
  return parsed.kind === 'policy'
    ? { kind: 'policy', model: { file: entry.file, sha256, metadata: parsed.metadata, session } }
    : { kind: 'direction', model: { file: entry.file, sha256, metadata: parsed.metadata, session } };
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
    /** Policy models, at most one per timeframe. */
    readonly policies: readonly LoadedPolicy[] = [],
  ) {}

  static async load(dir: string, options: RegistryOptions = {}): Promise<ModelRegistry> {
    const resolved = { featureSet: options.featureSet ?? FEATURE_SET, featureNames: options.featureNames ?? FEATURE_NAMES };
    const entries = await readManifest(dir);
    const results = await Promise.allSettled(entries.map((entry) => loadEntry(dir, entry, resolved)));
    const models: LoadedModel[] = [];
    const policies: LoadedPolicy[] = [];
    const rejected: ModelRejectedError[] = [];
    for (const result of results) {
      if (result.status === 'rejected') {
        if (!(result.reason instanceof ModelRejectedError)) throw result.reason;
        rejected.push(result.reason);
      } else if (result.value.kind === 'direction') {
        models.push(result.value.model);
      } else {
        const policy = result.value.model;
        const taken = policies.find((p) => p.metadata.timeframe === policy.metadata.timeframe);
        if (!taken) policies.push(policy);
        else {
          await policy.session.release();
          const reason = `${taken.file} is already the ${policy.metadata.timeframe} policy; list one policy per timeframe`;
          rejected.push(new ModelRejectedError(policy.file, reason, policy.metadata.timeframe));
        }
      }
    }
    return new ModelRegistry(dir, models, rejected, policies);
  }

  /** The per-symbol model for (symbol, timeframe) if there is one, else the pooled model. */
  directionModel(symbol: string, timeframe: Timeframe): LoadedModel {
    const model = this.models.find((m) => m.metadata.timeframe === timeframe && m.metadata.symbol === symbol) ?? this.pooledModel(timeframe);
    if (model) return model;
    const refusal = this.rejected.find((r) => r.timeframe === timeframe);
    throw new ModelUnavailableError(
      `no ${timeframe} model is loaded${refusal ? ` (${refusal.message})` : ''}`,
      { cause: refusal },
    );
  }

  /** The model of `timeframe` that serves every pair without its own, or null when none is loaded. */
  pooledModel(timeframe: Timeframe): LoadedModel | null {
    return this.models.find((m) => m.metadata.timeframe === timeframe && !m.metadata.symbol) ?? null;
  }

  /** The policy model of `timeframe`, or null when none is loaded. */
  policyModel(timeframe: Timeframe): LoadedPolicy | null {
    return this.policies.find((p) => p.metadata.timeframe === timeframe) ?? null;
  }

  async close(): Promise<void> {
    await Promise.all([...this.models, ...this.policies].map((m) => m.session.release()));
  }
}
