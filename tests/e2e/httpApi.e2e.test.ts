import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotProcess, type BotProcess } from '../acceptance/botProcess.js';
import { freePort } from '../support/freePort.js';
import { writeReplayFolder } from '../support/replayFolder.js';
import { syntheticMarket } from '../support/syntheticMarket.js';

const TOKEN = 'e2e-api-token-0123456789';
const auth = { authorization: `Bearer ${TOKEN}` };

async function waitForHealth(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`the HTTP API did not answer within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

let bot: BotProcess;
let base: string;

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  // Console mode (no TELEGRAM_BOT_TOKEN) with stdin closed: the process stays up for the API.
  bot = startBotProcess({
    TELEGRAM_BOT_TOKEN: '',
    API_PORT: String(port),
    API_TOKEN: TOKEN,
    REPLAY_DATA_DIR: writeReplayFolder(syntheticMarket(200, Date.now())),
    DATA_DIR: mkdtempSync(join(tmpdir(), 'api-e2e-')),
    LOG_LEVEL: 'warn',
  });
  await waitForHealth(base);
}, 90_000);

afterAll(async () => {
  await bot?.stop();
});

describe('npm start with API_PORT, in console mode', () => {
  it('a client fetches health, a prediction, the OpenAPI document and metrics over a real socket', async () => {
    const health = await (await fetch(`${base}/api/health`)).json();
    expect(health).toMatchObject({ ok: true, exchange: { reachable: true } });

    expect((await fetch(`${base}/api/predictions/btc?timeframe=1h`)).status).toBe(401);
    const prediction = await fetch(`${base}/api/predictions/btc?timeframe=1h`, { headers: auth });
    expect(prediction.status).toBe(200);
    expect(await prediction.json()).toMatchObject({ symbol: 'BTC/USDT', timeframe: '1h' });

    const batch = await (await fetch(`${base}/api/predictions?timeframe=4h&symbols=BTC,ETH,NOPE`, { headers: auth })).json();
    expect(batch.predictions.map((p: { error: { code: string } | null }) => p.error?.code ?? 'ok')).toEqual(['ok', 'ok', 'unknown_symbol']);

    const doc = await (await fetch(`${base}/openapi.json`, { headers: auth })).json();
    expect(doc.openapi).toMatch(/^3\./);

    const metrics = await (await fetch(`${base}/metrics`, { headers: auth })).text();
    expect(metrics).toContain('route="/api/predictions/:symbol"');
  });

  it('stops cleanly on SIGTERM', async () => {
    await bot.stop('SIGTERM');
    expect(bot.child.exitCode).toBe(0);
  });
});
