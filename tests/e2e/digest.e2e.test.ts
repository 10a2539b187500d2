import { Api } from 'grammy';
import pino from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { DeliveryWorker, deliveryApi } from '../../bot/delivery/deliveryWorker.js';
import { adminNotice } from '../../bot/adminNotice.js';
import { scheduleJobs } from '../../app/jobs/scheduler.js';
import { SweepWatch } from '../../app/jobs/sweepWatch.js';
import type { EmulatedMessage } from '../support/botApiEmulator.js';
import { drive } from '../support/fanout.js';
import { MARKET_NOW, TEST_PAIRS, syntheticMarket } from '../support/syntheticMarket.js';
import { WAIT_MS, useTelegram } from '../support/telegramHarness.js';

const ADMIN = 800;
/** Keeps the digest on. */
const READER = 801;
/** Mutes the digest with the /alerts button. */
const MUTED = 802;
/** Follows only a timeframe nobody sweeps here: nothing to report. */
const QUIET = 803;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const DIGEST_HOUR = 8;
/** The first digest moment after MARKET_NOW (2026-11-20 12:34:56 UTC): 2026-11-21 08:00 UTC. */
const FIRST_DIGEST = Date.UTC(2026, 10, 21, DIGEST_HOUR);
const log = pino({ level: 'silent' });

/** The app's, the exchange's and the delivery worker's clock. */
const clock = { now: MARKET_NOW };
const { testApp, emulator, token, reply, replyText: ask } = useTelegram({
  app: {
    adminUserIds: [ADMIN],
    alertMinConfidence: 0.36,
    digestHourUtc: DIGEST_HOUR,
    // A day of market after MARKET_NOW, so the alerts can resolve before the second digest.
    candles: syntheticMarket(200, MARKET_NOW + DAY),
    now: () => clock.now,
  },
});
let worker: DeliveryWorker;

beforeAll(() => {
  const { outbox, subscriptions, metrics } = testApp.app;
  worker = new DeliveryWorker({ outbox, subscriptions, api: deliveryApi(token, emulator.apiRoot), metrics, log, now: () => clock.now });
});

const digestsIn = (chatId: number): EmulatedMessage[] =>
  emulator.messages(chatId).filter((m) => m.plainText.startsWith('📰 Daily digest'));
const alertTitlesIn = (chatId: number): string[] =>
  emulator.messages(chatId).filter((m) => m.plainText.startsWith('🔔 New')).map((m) => m.plainText.split('\n')[1]!);

/** What the process does at start and when the cron fires at the digest hour: both queue the digest due. */
async function digestTime(at: number): Promise<void> {
  clock.now = at;
  const scheduled = scheduleJobs({
    jobs: testApp.app.jobs,
    watch: new SweepWatch(adminNotice(new Api(token, { apiRoot: emulator.apiRoot }), [ADMIN], log), log),
    now: () => clock.now,
    digestHourUtc: DIGEST_HOUR,
    log,
  });
  await scheduled.stop();
  testApp.app.jobs.digest(clock.now);
  await drive(worker, clock);
}

describe('the daily digest', () => {
  it('a subscriber who keeps the digest on gets one digest a day; a muted one gets none', async () => {
    const symbols = Object.keys(TEST_PAIRS).map((s) => s.split('/')[0]).join(' ');
    for (const chat of [READER, MUTED]) expect(await ask(chat, `/subscribe ${symbols} 1h`)).toContain('Subscribed to');
    expect(await ask(QUIET, '/subscribe btc 1d')).toContain('Subscribed to BTC/USDT 1d.');
    const alerts = await reply(MUTED, '/alerts');
    const mute = alerts.reply_markup?.inline_keyboard.flat().find((b) => b.text === 'Mute daily digest');
    if (!mute || !('callback_data' in mute)) throw new Error('no "Mute daily digest" button under /alerts');
    const press = emulator.userPresses(MUTED, alerts.message_id, mute.callback_data);
    expect(await emulator.waitForCallbackAnswer(press.callback_query?.id ?? '', WAIT_MS)).toMatchObject({ text: 'Daily digest muted.' });

    // Day 1: the sweep alerts; at 08:00 the next morning the digest lists those alerts, once.
    expect(await ask(ADMIN, '/sweep 1h')).toMatch(/^🧹 Sweep done\n1h: \d+ pairs · [1-9]\d* new alerts/);
    await drive(worker, clock);
    const alerted = alertTitlesIn(READER);
    expect(alerted.length).toBeGreaterThan(0);
    await digestTime(FIRST_DIGEST + 30_000);
    await digestTime(FIRST_DIGEST + 2 * HOUR); // a restart later that morning
    const [first, ...others] = digestsIn(READER);
    expect(others).toEqual([]);
    const lines = first!.plainText.split('\n');
    expect(lines[0]).toBe('📰 Daily digest · the 24 h to 2026-11-21 08:00 UTC');
    expect(lines[1]).toBe(`Alerts: ${alerted.length}`);
    const listed = lines.filter((l) => l.startsWith('• ')).map((l) => l.slice(2).replace(/ (LONG|SHORT) \d+%$/, ''));
    expect(listed.sort()).toEqual([...alerted].sort());
    expect(lines).toContain('No outcomes resolved.');

    // Day 2: the alerts resolve that morning; the next digest reports their win rate and P&L.
    clock.now = FIRST_DIGEST + 3 * HOUR;
    const sweep = await ask(ADMIN, '/sweep 1h');
    expect(sweep).toMatch(new RegExp(`\\nOutcomes: ${alerted.length} resolved · `));
    await drive(worker, clock);
    await digestTime(FIRST_DIGEST + DAY);
    expect(digestsIn(READER)).toHaveLength(2);
    const outcomes = digestsIn(READER)[1]!.plainText.split('\n').find((l) => l.startsWith('Outcomes: '));
    expect(outcomes).toMatch(
      new RegExp(
        `^Outcomes: ${alerted.length} resolved · (win rate \\d+\\.\\d% vs break-even \\d+\\.\\d%|no win or stop yet) ` +
          '\\(\\d+ wins?, \\d+ stops?, \\d+ expired\\) · P&L [+−]\\d+\\.\\d\\d% after fees$',
      ),
    );

    // Day 3: nothing happened on the followed pairs, so no digest.
    await digestTime(FIRST_DIGEST + 2 * DAY);
    expect(digestsIn(READER)).toHaveLength(2);
    expect(digestsIn(MUTED)).toEqual([]);
    expect(digestsIn(QUIET)).toEqual([]);
    expect(alertTitlesIn(MUTED).length).toBeGreaterThan(0); // muting the digest keeps the alerts
  });
});
