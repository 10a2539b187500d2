import { appendFileSync, copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTelegram } from '../support/telegramHarness.js';

const ADMIN = 801;

let modelsDir: string;
const { testApp, replyText: ask } = useTelegram(() => {
  // A temp copy of the shipped models, so the test can tamper with one.
  modelsDir = mkdtempSync(join(tmpdir(), 'models-copy-'));
  for (const file of readdirSync('models').filter((f) => /\.(onnx|json)$/.test(f))) {
    copyFileSync(join('models', file), join(modelsDir, file));
  }
  return { app: { modelsDir, adminUserIds: [ADMIN] } };
});

function servingVersions(): string[] {
  return testApp.app.service.registry.models.map((m) => m.metadata.model_version);
}

describe('/reload', () => {
  it('a user who is not an admin is refused /reload', async () => {
    const registry = testApp.app.service.registry;
    expect(await ask(802, '/reload')).toBe('This command is for admins.');
    expect(await ask(802, '/help')).not.toContain('/reload');
    expect(testApp.app.service.registry).toBe(registry);
  });

  it('an admin reloads the models and a tampered file is refused while the old model keeps serving', async () => {
    const versions = servingVersions();
    expect(versions).toHaveLength(4);
    expect(await ask(ADMIN, '/help')).toContain('/reload — Re-read the models folder without a restart');

    // An untouched folder reloads: new sessions serve, and the reply lists them.
    const first = testApp.app.service.registry;
    const reloaded = await ask(ADMIN, '/reload');
    expect(reloaded.split('\n')[0]).toBe('✅ Models reloaded. Now serving:');
    for (const version of versions) expect(reloaded).toContain(version);
    expect(testApp.app.service.registry).not.toBe(first);

    // Someone changes a model file: the reload is refused and says why.
    const serving = testApp.app.service.registry;
    const model1h = serving.directionModel('BTC/USDT', '1h');
    appendFileSync(join(modelsDir, model1h.file), Buffer.from([0]));
    const refused = await ask(ADMIN, '/reload');
    expect(refused).toMatch(/^⛔ Reload refused: the models loaded before keep serving\.\n/);
    expect(refused).toMatch(new RegExp(`• model ${model1h.file.replace('.', '\\.')} refused: sha256 is \\w+… but the manifest says \\w+…; the file was changed`));
    expect(refused).toContain('\n\nStill serving:\n');
    expect(refused).toContain(`• ${model1h.metadata.model_version} · 1h · ${model1h.file}`);
    expect(testApp.app.service.registry).toBe(serving);

    // The old 1h model still answers.
    const prediction = await ask(ADMIN, '/predict btc 1h', (m) => m.text !== undefined);
    expect(prediction).toContain('BTC/USDT · 1h');
    expect(prediction).toContain(model1h.metadata.model_version);
  });

  it('an admin who types words after /reload is told to send it alone', async () => {
    expect(await ask(ADMIN, '/reload now')).toBe('/reload takes nothing after it — type /reload alone to re-read the models folder.');
  });
});
