import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from '../../inference/features/featureSet.js';
import { ModelRegistry } from '../../inference/models/registry.js';
import { RegistrySlot } from '../../inference/models/registrySlot.js';
import { reloadModels } from '../../inference/models/reload.js';
import { runDirectionModel } from '../../inference/models/runDirection.js';
import { TINY_WINDOW, tinyMetadata, writeModelFolder } from '../support/modelFolder.js';

const INPUT = new Float32Array(TINY_WINDOW * FEATURE_NAMES.length);

function folder(): string {
  return writeModelFolder([
    { file: 'direction-1h.onnx', metadata: tinyMetadata('1h') },
    { file: 'direction-4h.onnx', metadata: tinyMetadata('4h') },
  ]);
}

function editManifest(dir: string, edit: (models: Array<Record<string, unknown>>) => unknown[]): void {
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { models: Array<Record<string, unknown>> };
  writeFileSync(path, JSON.stringify({ models: edit(manifest.models) }));
}

describe('reloading the models', () => {
  it('swaps in the new models and lists them; a new file that is refused is only reported', async () => {
    const dir = folder();
    const slot = new RegistrySlot(await ModelRegistry.load(dir));
    const before = slot.registry;
    editManifest(dir, (models) => [...models, { file: 'direction-1d.onnx', sha256: 'a'.repeat(64), timeframe: '1d' }]);
    const result = await reloadModels(slot);
    expect(result).toEqual({
      reloaded: true,
      models: [
        { file: 'direction-1h.onnx', modelVersion: 'tiny-1h', timeframe: '1h' },
        { file: 'direction-4h.onnx', modelVersion: 'tiny-4h', timeframe: '4h' },
      ],
      refused: [expect.stringMatching(/^model direction-1d\.onnx refused: cannot read it \(ENOENT\)/)],
    });
    expect(slot.registry).not.toBe(before);
    await expect(runDirectionModel(before.directionModel('BTC/USDT', '1h'), INPUT, 1)).rejects.toThrow();
    await slot.registry.close();
  });

  it('refuses a reload when a serving model was tampered with, and the old one keeps serving', async () => {
    const dir = folder();
    const slot = new RegistrySlot(await ModelRegistry.load(dir));
    const before = slot.registry;
    appendFileSync(join(dir, 'direction-1h.onnx'), Buffer.from([0]));
    const result = await reloadModels(slot);
    expect(result.reloaded).toBe(false);
    expect(!result.reloaded && result.reasons).toEqual([
      expect.stringMatching(/^model direction-1h\.onnx refused: sha256 is .* the file was changed$/),
    ]);
    expect(result.models.map((m) => m.modelVersion)).toEqual(['tiny-1h', 'tiny-4h']);
    expect(slot.registry).toBe(before);
    const [p] = await runDirectionModel(slot.registry.directionModel('BTC/USDT', '1h'), INPUT, 1);
    expect(Object.values(p!).reduce((s, x) => s + x, 0)).toBeCloseTo(1, 5);
    await slot.registry.close();
  });

  it('refuses a manifest it cannot read, or one that leaves a timeframe without a model', async () => {
    const dir = folder();
    const slot = new RegistrySlot(await ModelRegistry.load(dir));
    const before = slot.registry;
    const manifest = readFileSync(join(dir, 'manifest.json'), 'utf8');
    writeFileSync(join(dir, 'manifest.json'), '{"models": [');
    const unreadable = await reloadModels(slot);
    expect(!unreadable.reloaded && unreadable.reasons).toEqual([expect.stringMatching(/manifest\.json is not valid JSON/)]);
    writeFileSync(join(dir, 'manifest.json'), manifest);
    editManifest(dir, (models) => models.filter((m) => m.timeframe !== '4h'));
    const shrunk = await reloadModels(slot);
    expect(!shrunk.reloaded && shrunk.reasons).toEqual(['the new manifest leaves 4h without a model']);
    expect(slot.registry).toBe(before);
    await slot.registry.close();
  });

  it('closes a replaced registry only after the prediction that borrowed it is done', async () => {
    const dir = folder();
    const slot = new RegistrySlot(await ModelRegistry.load(dir));
    const next = await ModelRegistry.load(dir);
    let finish = () => {};
    const borrowed = slot.borrow(async (registry) => {
      await new Promise<void>((resolve) => (finish = resolve));
      return runDirectionModel(registry.directionModel('BTC/USDT', '1h'), INPUT, 1);
    });
    const old = slot.registry;
    const replaced = slot.replace(next);
    expect(slot.registry).toBe(next);
    finish();
    await expect(borrowed).resolves.toHaveLength(1);
    await replaced;
    await expect(runDirectionModel(old.directionModel('BTC/USDT', '1h'), INPUT, 1)).rejects.toThrow();
    await next.close();
  });
});
