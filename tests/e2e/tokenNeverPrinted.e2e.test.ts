import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPTANCE_TOKEN, startBotProcess } from '../acceptance/botProcess.js';
import { startBotApiEmulator, type BotApiEmulator } from '../support/botApiEmulator.js';
import { freePort } from '../support/freePort.js';
import { writeReplayFolder } from '../support/replayFolder.js';
import { syntheticMarket } from '../support/syntheticMarket.js';

const API_TOKEN = 'never-print-this-api-token-42';
const WAIT_MS = 60_000;

let replay: string;
const emulators: BotApiEmulator[] = [];

beforeAll(() => {
  replay = writeReplayFolder(syntheticMarket(200, Date.now()));
});
afterAll(async () => {
  await Promise.all(emulators.map((e) => e.close()));
});

/**
 * Runs the real process against `apiRoot` until it exits by itself, or until it has printed `stopAfter` and
 * is sent SIGTERM; its exit code and everything it printed.
 */
async function runUntilExit(apiRoot: string, stopAfter?: RegExp): Promise<{ code: number | null; printed: string }> {
  const bot = startBotProcess(
    {
      TELEGRAM_BOT_TOKEN: ACCEPTANCE_TOKEN,
      TELEGRAM_API_ROOT: apiRoot,
      API_TOKEN,
      API_PORT: String(await freePort()),
      REPLAY_DATA_DIR: replay,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'token-e2e-')),
      LOG_LEVEL: 'debug',
    },
    { stdout: 'pipe', stderr: 'pipe' },
  );
  let printed = '';
  bot.child.stdout!.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  bot.child.stderr!.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  if (stopAfter) {
    const timer = setInterval(() => {
      if (!stopAfter.test(printed)) return;
      clearInterval(timer);
      bot.child.kill('SIGTERM');
    }, 50);
    bot.child.once('exit', () => clearInterval(timer));
  }
  const code = await new Promise<number | null>((resolve) => bot.child.once('exit', resolve));
  return { code, printed };
}

async function emulator(): Promise<BotApiEmulator> {
  const started = await startBotApiEmulator({ token: ACCEPTANCE_TOKEN });
  emulators.push(started);
  return started;
}

function expectNoSecret(printed: string): void {
  expect(printed).not.toContain(ACCEPTANCE_TOKEN);
  expect(printed).not.toContain(ACCEPTANCE_TOKEN.split(':')[1]);
  expect(printed).not.toContain(API_TOKEN);
}

describe('the bot token is never printed', () => {
  it('the Bot API cannot be reached at start: a warning per try, a clean stop on SIGTERM, no token', async () => {
    const { code, printed } = await runUntilExit(`http://127.0.0.1:${await freePort()}`, /getMe failed; retrying/);
    expect(code).toBe(0);
    expect(printed).toMatch(/"err":\{[^}]*"message":"Network request for 'getMe' failed!"/);
    expectNoSecret(printed);
  }, WAIT_MS);

  it('the Bot API answers 401 at start (a revoked token): a clear line, exit 1, no token', async () => {
    const other = await startBotApiEmulator({ token: '999:another-token-abcdefghijklmnopqrstuvwxyz' });
    emulators.push(other);
    const { code, printed } = await runUntilExit(other.apiRoot);
    expect(code).toBe(1);
    expect(printed).toMatch(/Start-up failed: .*401/);
    expectNoSecret(printed);
  }, WAIT_MS);

  it('the Bot API answers 500 at start: retried with a warning, a clean stop on SIGTERM, no token', async () => {
    const failing = await emulator();
    failing.injectFailure({ method: 'getMe', error_code: 500, description: 'Internal Server Error' });
    const { code, printed } = await runUntilExit(failing.apiRoot, /getMe failed; retrying/);
    expect(code).toBe(0);
    expect(printed).toMatch(/500: Internal Server Error/);
    expectNoSecret(printed);
  }, WAIT_MS);

  it('polling meets 401 after a good start (the token revoked while running): one clear line, a clean exit, no token', async () => {
    const revoking = await emulator();
    revoking.injectFailure({ method: 'getUpdates', error_code: 401, description: 'Unauthorized' });
    const { code, printed } = await runUntilExit(revoking.apiRoot);
    expect(code).toBe(1);
    expect(printed).toContain('Telegram refused the bot token (401 Unauthorized)');
    expect(printed).toMatch(/"msg":"stopped"/);
    expectNoSecret(printed);
  }, WAIT_MS);

  it('polling meets 409 (another instance): one clear line, a clean exit, no token', async () => {
    const conflicting = await emulator();
    conflicting.injectFailure({ method: 'getUpdates', error_code: 409, description: 'Conflict: terminated by other getUpdates request' });
    const { code, printed } = await runUntilExit(conflicting.apiRoot);
    expect(code).toBe(1);
    expect(printed).toContain("another process is taking this bot's updates (409 Conflict)");
    expectNoSecret(printed);
  }, WAIT_MS);
});
