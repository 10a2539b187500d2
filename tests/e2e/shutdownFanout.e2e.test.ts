import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotProcess, waitForPolling, type BotProcess } from '../acceptance/botProcess.js';
import { FANOUT_TOKEN, startFanout, type FanoutSetup } from '../support/fanout.js';
import { writeReplayFolder } from '../support/replayFolder.js';
import { syntheticMarket } from '../support/syntheticMarket.js';

const SUBSCRIBERS = 1_000;
const SENT_BEFORE_SIGTERM = 300;
/** SHUTDOWN_DEADLINE_MS, and a margin for the process to exit. */
const DEADLINE_MS = 10_000;
const WAIT_MS = 120_000;

let fanout: FanoutSetup;
let env: Record<string, string>;
let bot: BotProcess | undefined;

beforeAll(async () => {
  fanout = await startFanout({ subscribers: SUBSCRIBERS });
  env = {
    TELEGRAM_BOT_TOKEN: FANOUT_TOKEN,
    TELEGRAM_API_ROOT: fanout.emulator.apiRoot,
    DATA_DIR: dirname(fanout.path),
    REPLAY_DATA_DIR: writeReplayFolder(syntheticMarket(200, Date.now())),
    LOG_LEVEL: 'warn',
  };
});

afterAll(async () => {
  await bot?.stop('SIGKILL');
  await fanout?.close();
});

async function until(what: string, check: () => boolean): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('SIGTERM in the middle of a 1,000-chat fan-out', () => {
  it('the process stops cleanly within the deadline, and after a restart every chat has the alert exactly once', async () => {
    const stores = fanout.open();
    const { alertId } = stores.outbox.enqueueAlert(fanout.alert, fanout.chatIds);
    stores.db.close();

    bot = startBotProcess(env);
    await until(`${SENT_BEFORE_SIGTERM} sends`, () => fanout.sends().length >= SENT_BEFORE_SIGTERM);
    const signalledAt = Date.now();
    await bot.stop('SIGTERM');
    const shutdownMs = Date.now() - signalledAt;
    expect(bot.child.exitCode).toBe(0);
    expect(shutdownMs).toBeLessThan(DEADLINE_MS);
    const sentBeforeRestart = fanout.sends().length;
    expect(sentBeforeRestart).toBeLessThan(SUBSCRIBERS);

    const since = fanout.emulator.calls.length;
    bot = startBotProcess(env);
    await waitForPolling(fanout.emulator, since, WAIT_MS);
    await until('every chat served', () => fanout.chatIds.every((chatId) => fanout.alertsIn(chatId) >= 1));
    await bot.stop('SIGTERM');
    expect(bot.child.exitCode).toBe(0);

    for (const chatId of fanout.chatIds) expect(fanout.alertsIn(chatId)).toBe(1);
    // The real process keeps its schedule: when the outcome job runs meanwhile, it resolves the alert's old
    // signal and queues outcome replies under it. Those are not what this test is about, so only the
    // alert's own deliveries are counted.
    const after = fanout.open();
    expect(after.outbox.counts(alertId, 'alert')).toEqual({ pending: 0, sent: SUBSCRIBERS, failed: 0, dropped: 0 });
    after.db.close();
    console.info(`shutdown under load took ${shutdownMs} ms with ${sentBeforeRestart} of ${SUBSCRIBERS} sent`);
  }, 2 * WAIT_MS);
});
