import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BARRIERS } from '../../inference/barrier.js';
import { FEATURE_NAMES, FEATURE_SET } from '../../inference/features/featureSet.js';
import { DIRECTIONS, POLICY_ACTIONS } from '../../inference/labels.js';
import type { Timeframe } from '../../market/timeframes.js';
import { buildTinyDirectionModel, buildTinyPolicyModel } from './tinyOnnx.js';

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

const strategy = (totalReturn: number, trades: number) => ({
  total_return: totalReturn,
  sharpe: totalReturn === 0 ? null : totalReturn * 2,
  max_drawdown: 0.1,
  trades,
});

/**
 * Metadata of a valid tiny policy model (kind "policy") with its own test-block record: +4.2% (Sharpe 0.08) against
 * buy-and-hold's +18.7% (Sharpe 0.37), so it beats always-flat but not holding.
 */
export function tinyPolicyMetadata(timeframe: Timeframe, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    kind: 'policy',
    model_version: `tiny-policy-${timeframe}`,
    feature_set: FEATURE_SET,
    features: JSON.stringify(FEATURE_NAMES),
    window: String(TINY_WINDOW),
    timeframe,
    labels: JSON.stringify(POLICY_ACTIONS),
    trained_on: JSON.stringify({ pairs: ['synthetic'] }),
    metrics: JSON.stringify({
      overall: {
        policy: strategy(0.042, 120),
        flat: strategy(0, 0),
        buy_and_hold: strategy(0.187, 6),
        random: strategy(-0.31, 900),
      },
      verdict: { beats_buy_and_hold_risk_adjusted: false, beats_buy_and_hold_return: false, beats_flat: true },
      test: { from: '2024-03-01T00:00:00Z', to: '2024-08-31T21:00:00Z', pairs: 1 },
    }),
    created_at: '2026-12-01T00:00:00Z',
    ...overrides,
  };
}

export interface TinyModelSpec {
  file: string;
  metadata: Record<string, string>;
  /** Output biases; a model given them and no weights has zero weights, so it answers the same for any input. */
  bias?: number[];
  /** [features × 3] weights on the window's mean features (a policy has one more row, for the position). */
  weights?: number[];
}

/**
 * `policy-<timeframe>.onnx`, a tiny policy that ignores the features and reads only the position: logits
 * HOLD 2·position, BUY 1, SELL 0. Flat, it says BUY (e/(e+2) = 58%); long, it says HOLD (e²/(e²+e+1) = 67%).
 */
export function positionOnlyPolicy(timeframe: Timeframe): TinyModelSpec {
  return {
    file: `policy-${timeframe}.onnx`,
    metadata: tinyPolicyMetadata(timeframe),
    weights: [...new Array<number>(FEATURE_NAMES.length * 3).fill(0), 2, 0, 0],
    bias: [0, 1, 0],
  };
}

/**
 * The direction model a spec without weights or biases gets: a trend follower on the window's mean 4-candle
 * move in ATRs (LONG logit +move, SHORT −move, NO_TRADE 0.5), so its calls vary with the candles.
 */
function trendFollower(): { weights: number[]; bias: number[] } {
  const weights = new Array<number>(FEATURE_NAMES.length * 3).fill(0);
  const column = FEATURE_NAMES.indexOf('ret4_atr');
  weights[column * 3] = 1;
  weights[column * 3 + 2] = -1;
  return { weights, bias: [0, 0.5, 0] };
}

function buildTinyModel(spec: TinyModelSpec): Uint8Array {
  const policy = spec.metadata.kind === 'policy';
  const inputs = FEATURE_NAMES.length + (policy ? 1 : 0);
  const fallback = !policy && !spec.weights && !spec.bias ? trendFollower() : undefined;
  const options = {
    window: Number(spec.metadata.window),
    features: FEATURE_NAMES.length,
    bias: spec.bias ?? fallback?.bias,
    weights: spec.weights ?? fallback?.weights ?? (spec.bias ? new Array<number>(inputs * 3).fill(0) : undefined),
    metadata: spec.metadata,
  };
  return policy ? buildTinyPolicyModel(options) : buildTinyDirectionModel(options);
}

/** A temp models folder with the given tiny models and a manifest that lists them with true hashes. */
export function writeModelFolder(specs: TinyModelSpec[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'models-'));
  const models = specs.map((spec) => {
    const bytes = buildTinyModel(spec);
    writeFileSync(join(dir, spec.file), bytes);
    return { file: spec.file, sha256: createHash('sha256').update(bytes).digest('hex'), timeframe: spec.metadata.timeframe };
  });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ models }, null, 2));
  return dir;
}
