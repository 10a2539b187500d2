import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPTANCE_TOKEN, startBotProcess, waitForPolling, type BotProcess } from '../acceptance/botProcess.js';
import { startBotApiEmulator, type BotApiEmulator } from '../support/botApiEmulator.js';
import { freePort } from '../support/freePort.js';
import { writeReplayFolder } from '../support/replayFolder.js';
import { syntheticMarket } from '../support/syntheticMarket.js';

const PUBLIC_URL = 'https://bot.example.test/telegram/updates';
const CHAT = 4242;
const WAIT_MS = 60_000;

let emulator: BotApiEmulator;
let port: number;
let env: Record<string, string>;
let bot: BotProcess | undefined;

beforeAll(async () => {
  emulator = await startBotApiEmulator({ token: ACCEPTANCE_TOKEN });
  port = await freePort();
  // The TLS proxy in front of the bot: Telegram's posts to the public URL reach the HTTP server.
  emulator.routeWebhook(PUBLIC_URL, `http://127.0.0.1:${port}`);
  env = {
    TELEGRAM_BOT_TOKEN: ACCEPTANCE_TOKEN,
    TELEGRAM_API_ROOT: emulator.apiRoot,
    API_PORT: String(port),
    API_TOKEN: 'webhook-e2e-api-token-0123',
    REPLAY_DATA_DIR: writeReplayFolder(syntheticMarket(200, Date.now())),
    DATA_DIR: mkdtempSync(join(tmpdir(), 'webhook-e2e-')),
    LOG_LEVEL: 'warn',
  };
});

afterAll(async () => {
  await bot?.stop();
  await emulator?.close();
});

async function waitFor<T>(what: string, check: () => T | undefined): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('webhook mode', () => {
  it('with TELEGRAM_WEBHOOK_URL the bot sets its webhook with a secret and answers a user through it, never polling', async () => {
    bot = startBotProcess({ ...env, TELEGRAM_WEBHOOK_URL: PUBLIC_URL });
    const setWebhook = await waitFor('setWebhook', () => emulator.calls.find((c) => c.method === 'setWebhook' && c.status === 200));
    expect(setWebhook.payload).toMatchObject({ url: PUBLIC_URL, secret_token: expect.stringMatching(/^[0-9a-f]{64}$/) });

    emulator.userSends(CHAT, '/predict btc 1h');
    const [reply] = await emulator.waitForBotMessages(CHAT, 1, WAIT_MS);
    expect(reply?.plainText).toContain('BTC/USDT · 1h');
    // The update is confirmed once the handler has answered Telegram's post.
    await waitFor('the update confirmed', () => (emulator.webhookInfo().pending_update_count === 0 ? true : undefined));
    expect(emulator.webhookInfo().url).toBe(PUBLIC_URL);
    expect(emulator.calls.some((c) => c.method === 'getUpdates')).toBe(false);
  }, WAIT_MS);

  it('a post to the webhook without the secret is refused and reaches no handler, though the API token is not needed', async () => {
    const forged = { update_id: 999_999, message: { message_id: 1, date: 0, chat: { id: CHAT, type: 'private' }, text: '/help' } };
    const before = emulator.messages(CHAT).length;
    const post = (headers: Record<string, string>) =>
      fetch(`http://127.0.0.1:${port}/telegram/updates`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(forged) });
    expect((await post({})).status).toBe(401);
    expect((await post({ 'x-telegram-bot-api-secret-token': 'guess' })).status).toBe(401);
    expect(emulator.messages(CHAT)).toHaveLength(before);
  });

  it('restarted without a webhook URL, the bot deletes the webhook and goes back to long polling', async () => {
    await bot!.stop('SIGTERM');
    expect(bot!.child.exitCode).toBe(0);
    const since = emulator.calls.length;
    bot = startBotProcess(env);
    await waitForPolling(emulator, since, WAIT_MS);
    expect(emulator.calls.slice(since).some((c) => c.method === 'deleteWebhook')).toBe(true);
    expect(emulator.webhookInfo().url).toBe('');
    const before = emulator.messages(CHAT).length;
    emulator.userSends(CHAT, '/help');
    const messages = await emulator.waitForBotMessages(CHAT, before + 1, WAIT_MS);
    expect(messages.at(-1)?.plainText).toMatch(/^Commands/);
  }, 2 * WAIT_MS);
});
