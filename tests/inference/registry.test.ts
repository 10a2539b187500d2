import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ModelUnavailableError } from '../../inference/errors.js';
import { FEATURE_NAMES, FEATURE_SET } from '../../inference/features/featureSet.js';
import { ModelRegistry } from '../../inference/models/registry.js';
import { runDirectionModel } from '../../inference/models/runDirection.js';
import { TINY_WINDOW, tinyMetadata, writeModelFolder } from '../support/modelFolder.js';

describe('model registry', () => {
  it('loads a model listed in the manifest and reads its metadata from the ONNX file', async () => {
    const dir = writeModelFolder([{ file: 'direction-1h.onnx', metadata: tinyMetadata('1h') }]);
    const registry = await ModelRegistry.load(dir);
    const model = registry.directionModel('BTC/USDT', '1h');
    expect(model.metadata.model_version).toBe('tiny-1h');
    expect(model.metadata.window).toBe(TINY_WINDOW);
    expect(model.metadata.metrics.signal_hit_rate).toBe(0.52);
    const [probabilities] = await runDirectionModel(model, new Float32Array(TINY_WINDOW * FEATURE_NAMES.length), 1);
    const total = Object.values(probabilities!).reduce((s, p) => s + p, 0);
    expect(total).toBeCloseTo(1, 5);
    await registry.close();
  });

  it('maps outputs to labels in the order the metadata gives, not an assumed one', async () => {
    const bias = [5, 0, -5];
    const dir = writeModelFolder([
      { file: 'a.onnx', metadata: tinyMetadata('1h', { labels: JSON.stringify(['SHORT', 'NO_TRADE', 'LONG']) }), bias },
    ]);
    const registry = await ModelRegistry.load(dir);
    const [p] = await runDirectionModel(registry.directionModel('BTC/USDT', '1h'), new Float32Array(TINY_WINDOW * FEATURE_NAMES.length), 1);
    expect(p!.SHORT).toBeGreaterThan(0.9);
    await registry.close();
  });

  it('refuses a file whose bytes no longer match the manifest hash', async () => {
    const dir = writeModelFolder([{ file: 'direction-1h.onnx', metadata: tinyMetadata('1h') }]);
    appendFileSync(join(dir, 'direction-1h.onnx'), Buffer.from([0]));
    const registry = await ModelRegistry.load(dir);
    expect(registry.rejected.map((r) => r.message)).toEqual([expect.stringMatching(/direction-1h\.onnx refused: sha256 .* the file was changed/)]);
    expect(() => registry.directionModel('BTC/USDT', '1h')).toThrow(ModelUnavailableError);
    expect(() => registry.directionModel('BTC/USDT', '1h')).toThrow(/no 1h model is loaded .*sha256/);
  });

  it('refuses a model trained on another feature set and names both', async () => {
    const dir = writeModelFolder([{ file: 'old.onnx', metadata: tinyMetadata('4h', { feature_set: 'ta15@0' }) }]);
    const registry = await ModelRegistry.load(dir);
    expect(registry.rejected[0]?.message).toContain(`trained on feature set ta15@0 but this code computes ${FEATURE_SET}`);
  });

  it('refuses metadata that is missing keys and lists them', async () => {
    const metadata = tinyMetadata('1d');
    delete metadata.window;
    const dir = writeModelFolder([{ file: 'm.onnx', metadata: { ...metadata, labels: '["LONG","LONG","SHORT"]' } }]);
    const registry = await ModelRegistry.load(dir);
    expect(registry.rejected[0]?.message).toMatch(/window/);
    expect(registry.rejected[0]?.message).toMatch(/labels must name each direction once/);
  });

  it('prefers a per-symbol model and falls back to the pooled one', async () => {
    const dir = writeModelFolder([
      { file: 'pooled.onnx', metadata: tinyMetadata('1h') },
      { file: 'eth.onnx', metadata: tinyMetadata('1h', { symbol: 'ETH/USDT', model_version: 'tiny-eth-1h' }) },
    ]);
    const registry = await ModelRegistry.load(dir);
    expect(registry.directionModel('ETH/USDT', '1h').metadata.model_version).toBe('tiny-eth-1h');
    expect(registry.directionModel('BTC/USDT', '1h').metadata.model_version).toBe('tiny-1h');
    await registry.close();
  });

  it('explains a malformed manifest', async () => {
    const dir = writeModelFolder([]);
    writeFileSync(join(dir, 'manifest.json'), '{"models":[{"file":"../x.onnx","sha256":"abc"}]}');
    await expect(ModelRegistry.load(dir)).rejects.toThrow(/manifest\.json is malformed: models\.0\.file: must be a plain \.onnx file name.*sha256: must be 64/);
  });
});
