import { describe, expect, it } from 'vitest';
import { ModelUnavailableError } from '../../inference/errors.js';
import { FEATURE_NAMES, FEATURE_SET } from '../../inference/features/featureSet.js';
import { DIRECTIONS, positionAfter } from '../../inference/labels.js';
import { ModelRegistry } from '../../inference/models/registry.js';
import { runPolicyModel } from '../../inference/models/runPolicy.js';
import { TINY_WINDOW, positionOnlyPolicy, tinyMetadata, tinyPolicyMetadata, writeModelFolder } from '../support/modelFolder.js';

const emptyWindow = () => new Float32Array(TINY_WINDOW * FEATURE_NAMES.length);

describe('policy models in the registry', () => {
  it('loads a policy next to a direction model and runs it with the position held', async () => {
    const dir = writeModelFolder([
      { file: 'direction-1h.onnx', metadata: tinyMetadata('1h') },
      positionOnlyPolicy('1h'),
    ]);
    const registry = await ModelRegistry.load(dir);
    expect(registry.models.map((m) => m.file)).toEqual(['direction-1h.onnx']);
    const policy = registry.policyModel('1h')!;
    expect(policy.metadata.model_version).toBe('tiny-policy-1h');
    expect(policy.metadata.metrics.overall.buy_and_hold.total_return).toBe(0.187);
    expect(registry.policyModel('4h')).toBeNull();
    const windows = new Float32Array([...emptyWindow(), ...emptyWindow()]);
    const [flat, long] = await runPolicyModel(policy, windows, [0, 1]);
    expect(flat!.BUY).toBeCloseTo(Math.E / (Math.E + 2), 5);
    expect(long!.HOLD).toBeCloseTo(Math.E ** 2 / (Math.E ** 2 + Math.E + 1), 5);
    await registry.close();
  });

  it('refuses a policy trained on another feature set and names both', async () => {
    const dir = writeModelFolder([{ file: 'policy-1h.onnx', metadata: tinyPolicyMetadata('1h', { feature_set: 'ta15@0' }) }]);
    const registry = await ModelRegistry.load(dir);
    expect(registry.policies).toEqual([]);
    expect(registry.rejected[0]?.message).toContain(`policy-1h.onnx refused: it was trained on feature set ta15@0 but this code computes ${FEATURE_SET}`);
  });

  it('refuses a policy whose labels are not the policy actions, or without the walk-forward comparison', async () => {
    const dir = writeModelFolder([
      { file: 'a.onnx', metadata: tinyPolicyMetadata('1h', { labels: JSON.stringify(DIRECTIONS) }) },
      { file: 'b.onnx', metadata: tinyPolicyMetadata('4h', { metrics: JSON.stringify({ total_return: 0.1 }) }) },
    ]);
    const registry = await ModelRegistry.load(dir);
    const reasons = registry.rejected.map((r) => r.message).sort();
    expect(reasons[0]).toMatch(/a\.onnx refused: bad model metadata: labels\.0 /);
    expect(reasons[1]).toMatch(/b\.onnx refused: bad model metadata: metrics\.overall /);
  });

  it('serves one policy per timeframe and refuses the second with the reason', async () => {
    const dir = writeModelFolder([
      { file: 'policy-a.onnx', metadata: tinyPolicyMetadata('1h') },
      { file: 'policy-b.onnx', metadata: tinyPolicyMetadata('1h', { model_version: 'other' }) },
    ]);
    const registry = await ModelRegistry.load(dir);
    expect(registry.policies.map((p) => p.file)).toEqual(['policy-a.onnx']);
    expect(registry.rejected.map((r) => r.message)).toEqual([
      'model policy-b.onnx refused: policy-a.onnx is already the 1h policy; list one policy per timeframe',
    ]);
    await registry.close();
  });

  it('never serves a policy as a direction model', async () => {
    const registry = await ModelRegistry.load(writeModelFolder([{ file: 'policy-1h.onnx', metadata: tinyPolicyMetadata('1h') }]));
    expect(() => registry.directionModel('BTC/USDT', '1h')).toThrow(ModelUnavailableError);
    await registry.close();
  });
});

describe('policy actions', () => {
  it('BUY and SELL move the position one unit, HOLD keeps it', () => {
    expect([positionAfter(0, 'BUY'), positionAfter(-1, 'BUY'), positionAfter(1, 'BUY')]).toEqual([1, 0, 1]);
    expect([positionAfter(0, 'SELL'), positionAfter(1, 'SELL'), positionAfter(-1, 'SELL')]).toEqual([-1, 0, -1]);
    expect([positionAfter(-1, 'HOLD'), positionAfter(0, 'HOLD'), positionAfter(1, 'HOLD')]).toEqual([-1, 0, 1]);
  });
});
