import { run, type RunnerHandle } from '@grammyjs/runner';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot } from '../../bot/createBot.js';
import { TIMEFRAMES } from '../../market/timeframes.js';
import { startBotApiEmulator, type BotApiEmulator } from '../support/botApiEmulator.js';
import { tinyMetadata, writeModelFolder } from '../support/modelFolder.js';
import { startTestApp } from '../support/testApp.js';

const TOKEN = '123456:risk-missing-e2e-token';
const WAIT_MS = 15_000;

let emulator: BotApiEmulator;
let testApp: Awaited<ReturnType<typeof startTestApp>>;
let runner: RunnerHandle;

beforeAll(async () => {
  // Tiny models and no risk-reference.json: a models folder whose reference went missing.
  const modelsDir = writeModelFolder(TIMEFRAMES.map((tf) => ({ file: `tiny-${tf}.onnx`, metadata: tinyMetadata(tf) })));
  testApp = await startTestApp({ modelsDir });
  emulator = await startBotApiEmulator({ token: TOKEN });
  runner = run(createBot(TOKEN, testApp.deps, { apiRoot: emulator.apiRoot }));
});

afterAll(async () => {
  if (runner?.isRunning()) await runner.stop();
  await emulator?.close();
  await testApp?.close();
});

async function ask(chatId: number, text: string): Promise<string> {
  emulator.userSends(chatId, text);
  const messages = await emulator.waitForBotMessages(chatId, 1, WAIT_MS);
  return messages.at(-1)?.plainText ?? '';
}

describe('a bot whose risk reference is missing', () => {
  it('still answers /predict, and /risk says risk is unavailable', async () => {
    expect(await ask(301, '/predict btc')).toContain('BTC/USDT · all timeframes');
    expect(await ask(302, '/risk btc')).toBe('Risk scores are unavailable right now. /predict still works.');
  });
});
