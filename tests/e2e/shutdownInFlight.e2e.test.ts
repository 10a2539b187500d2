import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPTANCE_TOKEN, startBotProcess, waitForPolling } from '../acceptance/botProcess.js';
import { startBotApiEmulator, type BotApiEmulator } from '../support/botApiEmulator.js';
import { writeReplayFolder } from '../support/replayFolder.js';
import { syntheticMarket } from '../support/syntheticMarket.js';

const CHAT = 777;
const WAIT_MS = 60_000;

let emulator: BotApiEmulator;

beforeAll(async () => {
  emulator = await startBotApiEmulator({ token: ACCEPTANCE_TOKEN });
});
afterAll(async () => {
  await emulator?.close();
});

describe('SIGTERM while a reply is on its way', () => {
  it("a user's /predict in flight is answered in full before the process closes its database, and the process exits 0", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'shutdown-inflight-'));
    const bot = startBotProcess(
      { TELEGRAM_BOT_TOKEN: ACCEPTANCE_TOKEN, TELEGRAM_API_ROOT: emulator.apiRoot, DATA_DIR: dataDir, REPLAY_DATA_DIR: writeReplayFolder(syntheticMarket(200, Date.now())), LOG_LEVEL: 'warn' },
      { stderr: 'pipe', stdout: 'pipe' },
    );
    let printed = '';
    bot.child.stdout!.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    bot.child.stderr!.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    await waitForPolling(emulator, 0, WAIT_MS);
    // Telegram takes 1.5 s to answer each send: the SIGTERM lands while the handler waits for it.
    emulator.slowDown('sendMessage', 1_500);
    emulator.userSends(CHAT, '/predict btc 1h');
    const deadline = Date.now() + WAIT_MS;
    while (!emulator.calls.some((c) => c.method === 'sendMessage')) {
      if (Date.now() > deadline) throw new Error('the bot never started its reply');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await bot.stop('SIGTERM');

    expect(bot.child.exitCode).toBe(0);
    expect(emulator.messages(CHAT)[0]?.plainText).toContain('BTC/USDT · 1h');
    expect(printed).not.toMatch(/"level":(50|60)/);
    const db = new Database(join(dataDir, 'signals.sqlite'), { readonly: true });
    expect(db.prepare("SELECT COUNT(*) FROM signals WHERE origin = 'request' AND symbol = 'BTC/USDT'").pluck().get()).toBe(1);
    db.close();
  }, 2 * WAIT_MS);
});
