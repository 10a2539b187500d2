import { run, type RunnerHandle } from '@grammyjs/runner';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot } from '../../bot/createBot.js';
import { TEXT_LIMIT } from '../../bot/send.js';
import { startBotApiEmulator, type BotApiEmulator } from '../support/botApiEmulator.js';
import { tinyMetadata, writeModelFolder } from '../support/modelFolder.js';
import { startTestApp, type TestApp } from '../support/testApp.js';

const TOKEN = '123456:long-reply-e2e-token';
const WAIT_MS = 15_000;
const PER_SYMBOL_MODELS = 48;

let emulator: BotApiEmulator;
let testApp: TestApp;
let runner: RunnerHandle;

beforeAll(async () => {
  // So many per-symbol models that /model no longer fits one Telegram message.
  const modelsDir = writeModelFolder(
    Array.from({ length: PER_SYMBOL_MODELS }, (_, k) => ({
      file: `pair${k}-1h.onnx`,
      metadata: tinyMetadata('1h', { model_version: `pair${k}-1h`, symbol: `PAIR${k}/USDT` }),
    })),
  );
  testApp = await startTestApp({ modelsDir });
  emulator = await startBotApiEmulator({ token: TOKEN });
  runner = run(createBot(TOKEN, testApp.deps, { apiRoot: emulator.apiRoot }));
});

afterAll(async () => {
  if (runner?.isRunning()) await runner.stop();
  await emulator?.close();
  await testApp?.close();
});

describe('a reply longer than one message', () => {
  it('a user reads /model with many models and gets it in parts that Telegram accepts, nothing lost', async () => {
    emulator.userSends(901, '/model');
    const parts = await emulator.waitForBotMessages(901, (m) => m.at(-1)?.plainText.includes('Walk-forward: tested') ?? false, WAIT_MS);

    expect(parts.length).toBeGreaterThan(1);
    expect(emulator.calls.filter((c) => c.method === 'sendMessage' && c.payload.chat_id === 901).map((c) => c.status)).toEqual(
      parts.map(() => 200),
    );
    for (const part of parts) {
      expect(part.text?.length).toBeLessThanOrEqual(TEXT_LIMIT);
      expect(part.parse_mode).toBe('HTML');
    }
    const all = parts.map((p) => p.plainText).join('\n');
    expect(all).toMatch(new RegExp(`^Models · ${PER_SYMBOL_MODELS} loaded, 0 refused\\n`));
    for (let k = 0; k < PER_SYMBOL_MODELS; k++) expect(all).toContain(`\n1h · pair${k}-1h\nfor PAIR${k}/USDT · `);
  });
});
