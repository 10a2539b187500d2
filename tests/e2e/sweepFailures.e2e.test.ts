import { Api } from 'grammy';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminNotice } from '../../bot/adminNotice.js';
import { watchedSweep } from '../../app/jobs/scheduler.js';
import { FAILED_SWEEPS_BEFORE_NOTICE, NOTICE_REASON_CHARS, SweepWatch } from '../../app/jobs/sweepWatch.js';
import { startBotApiEmulator, type BotApiEmulator } from '../support/botApiEmulator.js';
import { MARKET_NOW } from '../support/syntheticMarket.js';
import { startTestApp, type TestApp } from '../support/testApp.js';

const TOKEN = '123456:sweep-failures-token';
const ADMIN = 950;
const PAIRS = [{ symbol: 'BTC/USDT', timeframe: '1h' }, { symbol: 'ETH/USDT', timeframe: '1h' }];

let emulator: BotApiEmulator;
let testApp: TestApp;
let watch: SweepWatch;

beforeAll(async () => {
  testApp = await startTestApp({ adminUserIds: [ADMIN] });
  testApp.app.subscriptions.subscribe(951, PAIRS, 50);
  emulator = await startBotApiEmulator({ token: TOKEN });
  emulator.openChat(ADMIN);
  const log = pino({ level: 'silent' });
  watch = new SweepWatch(adminNotice(new Api(TOKEN, { apiRoot: emulator.apiRoot }), [ADMIN], log), log);
});

afterAll(async () => {
  await emulator?.close();
  await testApp?.close();
});

const sweep = () => watchedSweep({ jobs: testApp.app.jobs, watch, log: pino({ level: 'silent' }) }, '1h', MARKET_NOW);

describe('sweep failures', () => {
  it('an admin is told once when scheduled sweeps keep failing, and once when they work again', async () => {
    // The exchange refuses every candle request of the next FAILED_SWEEPS_BEFORE_NOTICE + 1 sweeps.
    testApp.exchange.fail({ count: Infinity, kind: 422, path: '/api/v3/klines' });
    for (let k = 1; k < FAILED_SWEEPS_BEFORE_NOTICE; k++) await sweep();
    expect(emulator.messages(ADMIN)).toHaveLength(0);
    await sweep();
    await sweep();
    testApp.exchange.recover();
    const notices = emulator.messages(ADMIN).map((m) => m.plainText);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(new RegExp(`^⚠️ ${FAILED_SWEEPS_BEFORE_NOTICE} sweeps failed in a row\\. Last \\(1h\\): all 2 pairs failed, e\\.g\\. BTC/USDT: `));

    await sweep();
    await sweep();
    expect(emulator.messages(ADMIN).map((m) => m.plainText).slice(1)).toEqual(['✅ Sweeps work again (1h just succeeded).']);
  });

  it("an admin's notice quotes a failure's reason shortly, even when the exchange answered with a whole page", async () => {
    const log = pino({ level: 'silent' });
    const quiet = new SweepWatch(adminNotice(new Api(TOKEN, { apiRoot: emulator.apiRoot }), [ADMIN], log), log);
    const page = `<html>${'<p>maintenance</p>'.repeat(500)}</html>`;
    const before = emulator.messages(ADMIN).length;
    for (let k = 0; k < FAILED_SWEEPS_BEFORE_NOTICE; k++) await quiet.record('4h', { error: new Error(page) });
    const notice = emulator.messages(ADMIN)[before]!.plainText;
    expect(notice.startsWith(`⚠️ ${FAILED_SWEEPS_BEFORE_NOTICE} sweeps failed in a row. Last (4h): <html><p>maintenance`)).toBe(true);
    expect(notice.endsWith('…')).toBe(true);
    expect(notice.length).toBeLessThan(NOTICE_REASON_CHARS + 60);
  });
});
