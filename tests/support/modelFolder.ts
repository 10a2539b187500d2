import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BARRIERS } from '../../inference/barrier.js';
import { FEATURE_NAMES, FEATURE_SET } from '../../inference/features/featureSet.js';
import { DIRECTIONS } from '../../inference/labels.js';
import type { Timeframe } from '../../market/timeframes.js';
import { buildTinyDirectionModel } from './tinyOnnx.js';

export const TINY_WINDOW = 20;

/** Metadata of a valid tiny direction model; override any key to build a broken or special one. */
export function tinyMetadata(timeframe: Timeframe, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    kind: 'direction',
    model_version: `tiny-${timeframe}`,
    feature_set: FEATURE_SET,
    features: JSON.stringify(FEATURE_NAMES),
    window: String(TINY_WINDOW),
    timeframe,
    labels: JSON.stringify(DIRECTIONS),
    barrier: JSON.stringify(BARRIERS[timeframe]),
    trained_on: JSON.stringify({ pairs: ['synthetic'] }),
    metrics: JSON.stringify({ signal_hit_rate: 0.52, signal_count: 100 }),
    tp_eta_minutes: '120',
    created_at: '2026-11-22T00:00:00Z',
    ...overrides,
  };
}

export interface TinyModelSpec {
  file: string;
  metadata: Record<string, string>;
  /** Output biases; a model given them and no weights has zero weights, so it answers the same for any input. */
  bias?: number[];
  /** [features × 3] weights on the window's mean features. */
  weights?: number[];
}

/** A temp models folder with the given tiny models and a manifest that lists them with true hashes. */
export function writeModelFolder(specs: TinyModelSpec[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'models-'));
  const models = specs.map((spec) => {
    const bytes = buildTinyDirectionModel({
      window: Number(spec.metadata.window),
      features: FEATURE_NAMES.length,
      bias: spec.bias,
      weights: spec.weights ?? (spec.bias ? new Array<number>(FEATURE_NAMES.length * 3).fill(0) : undefined),
      metadata: spec.metadata,
    });
    writeFileSync(join(dir, spec.file), bytes);
    return { file: spec.file, sha256: createHash('sha256').update(bytes).digest('hex'), timeframe: spec.metadata.timeframe };
  });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ models }, null, 2));
  return dir;
}
