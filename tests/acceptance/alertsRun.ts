/**
 * Acceptance run of the alerts (issue 5, "Done when"): the real bot process against a Bot API emulator and
 * a fake Binance on 127.0.0.1 serving a candle folder, both on a clock set inside the data. Chats subscribe,
 * an admin runs /sweep, every chat must get each alert on its pairs exactly once; the process is killed
 * (SIGKILL) and restarted, and a second /sweep of the same candle must send nothing; then the clock moves
 * past the alerts' horizon, /sweep resolves them, each chat gets its outcome replies and /performance shows
 * them. Prints a short report with timings and exits 1 on any failure.
 *   npx tsx tests/acceptance/alertsRun.ts [--data DIR] [--chats 50] [--at 2021-06-14T09:00:10Z] [--min-confidence X]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BARRIERS } from '../../inference/barrier.js';
import { timeframeMs, type Timeframe } from '../../market/timeframes.js';
import { maxPerSecond } from '../support/fanout.js';
import { startBotApiEmulator, type EmulatedMessage } from '../support/botApiEmulator.js';
import { startFakeExchange } from '../support/fakeExchange.js';
import { loadReplayBook } from '../support/replayBook.js';
import { CLOCK_FILE_ENV, CLOCK_POLL_MS, ShiftedClock } from '../support/shiftedClock.js';
import { ACCEPTANCE_TOKEN, startBotProcess, waitForPolling, type BotProcess } from './botProcess.js';
import { BotDatabase, checkAlertsOnce, checkOutcomeReplies, type Followed } from './deliveryChecks.js';
import { runOptions } from './alertsRunOptions.js';

const HOUR = 3_600_000;
const ADMIN = 1_000;
const FIRST_CHAT = 2_001;
/** Each chat follows this many pairs per timeframe, spread so that together they cover every pair on 1h. */
const FOLLOWED: Record<Timeframe, number> = { '15m': 2, '1h': 10, '4h': 0, '1d': 0 };
const REPLY_TIMEOUT_MS = 180_000;

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data/binance' },
    chats: { type: 'string', default: '50' },
    at: { type: 'string' },
    'min-confidence': { type: 'string' },
  },
});
const { book, end } = loadReplayBook(values.data!);
const options = runOptions(values, book, end);
const pairs = [...book.keys()].sort();
/** Past the longest horizon of the timeframes followed, plus a candle. */
const followedTimeframes = (Object.keys(FOLLOWED) as Timeframe[]).filter((tf) => FOLLOWED[tf] > 0);
const pastHorizon = Math.max(...followedTimeframes.map((tf) => (BARRIERS[tf].horizon + 1) * timeframeMs(tf)));

const workDir = mkdtempSync(join(tmpdir(), 'alerts-run-'));
const clock = new ShiftedClock(join(workDir, 'clock'), options.at);
const exchange = await startFakeExchange({ candles: book, now: clock.now });
const emulator = await startBotApiEmulator({ token: ACCEPTANCE_TOKEN });
const db = new BotDatabase(join(workDir, 'data', 'signals.sqlite'));
const env = {
  TELEGRAM_BOT_TOKEN: ACCEPTANCE_TOKEN,
  TELEGRAM_API_ROOT: emulator.apiRoot,
  EXCHANGE_API_URL: exchange.url,
  DATA_DIR: join(workDir, 'data'),
  ADMIN_USER_IDS: String(ADMIN),
  ...(options.minConfidence === undefined ? {} : { ALERT_MIN_CONFIDENCE: String(options.minConfidence) }),
  RATE_LIMIT_REQUESTS: '0',
  LOG_LEVEL: 'warn',
  [CLOCK_FILE_ENV]: clock.file,
};
const timings: string[] = [];
const failures: string[] = [];
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Starts the bot, its clock following the shared one, and waits until it long-polls. */
async function startBot(what: string): Promise<BotProcess> {
  const started = performance.now();
  const since = emulator.calls.length;
  const bot = startBotProcess(env, { preload: ['./tests/support/shiftedClockPreload.ts'] });
  await waitForPolling(emulator, since);
  timings.push(`${what}: ${seconds(performance.now() - started)} to polling`);
  return bot;
}

/** The user of `chatId` sends `text`; resolves with the bot's next message there. */
async function ask(chatId: number, text: string): Promise<EmulatedMessage> {
  const before = emulator.messages(chatId).length;
  emulator.userSends(chatId, text);
  const messages = await emulator.waitForBotMessages(chatId, before + 1, REPLY_TIMEOUT_MS);
  return messages[before]!;
}

/** /sweep as the admin: the reply, the new alerts and the outcomes resolved it reports, and its time. */
async function sweep(what: string): Promise<{ text: string; newAlerts: number; resolved: number; startedAt: number }> {
  const startedAt = Date.now();
  const text = (await ask(ADMIN, '/sweep')).plainText;
  timings.push(`${what}: /sweep answered in ${seconds(Date.now() - startedAt)}`);
  const newAlerts = [...text.matchAll(/(\d+) new alerts/g)].reduce((sum, m) => sum + Number(m[1]), 0);
  const resolved = Number(/Outcomes: (\d+) resolved/.exec(text)?.[1] ?? NaN);
  if (!text.startsWith('🧹 Sweep done') || Number.isNaN(resolved)) failures.push(`${what}: unexpected /sweep reply: ${text.slice(0, 200)}`);
  return { text, newAlerts, resolved, startedAt };
}

/** The chats and the pairs each follows. */
function chatPairs(): Map<number, Followed[]> {
  const chats = new Map<number, Followed[]>();
  for (let k = 0; k < options.chats; k++) {
    const followed: Followed[] = [];
    for (const [timeframe, count] of Object.entries(FOLLOWED)) {
      const step = timeframe === '1h' ? 3 : 7;
      for (let j = 0; j < count; j++) followed.push({ symbol: pairs[(step * k + j) % pairs.length]!, timeframe });
    }
    chats.set(FIRST_CHAT + k, followed);
  }
  return chats;
}

const alertSendTimes = (since: number) =>
  emulator.calls
    .filter((c) => c.method === 'sendMessage' && c.status === 200 && c.at >= since && String(c.payload.text).startsWith('🔔'))
    .map((c) => c.at);

let bot = await startBot('start');
try {
  const chats = chatPairs();
  const subscribing = Date.now();
  await Promise.all(
    [...chats].map(async ([chatId, followed]) => {
      for (const tf of new Set(followed.map((f) => f.timeframe))) {
        const symbols = followed.filter((f) => f.timeframe === tf).map((f) => f.symbol.split('/')[0]);
        const reply = (await ask(chatId, `/subscribe ${symbols.join(' ')} ${tf}`)).plainText;
        if (!reply.startsWith('Subscribed to')) failures.push(`chat ${chatId}: /subscribe answered ${reply.slice(0, 100)}`);
      }
    }),
  );
  timings.push(`${chats.size} chats subscribed (${[...chats.values()].flat().length} subscriptions) in ${seconds(Date.now() - subscribing)}`);

  // 1. An admin sweeps; every chat gets each alert on its pairs exactly once.
  const first = await sweep('first sweep');
  if (first.newAlerts === 0) throw new Error(`no alerts at ${new Date(options.at).toISOString()}: try another --at or a lower --min-confidence`);
  const queued = db.deliveries('alert').total;
  await db.drained('alert', queued);
  const sends = alertSendTimes(first.startedAt);
  const span = Math.max(...sends) - Math.min(...sends);
  timings.push(
    `first sweep: ${first.newAlerts} alerts → ${queued} deliveries; sweep start to last delivery ${seconds(Math.max(...sends) - first.startedAt)}; ` +
      `fan-out ${(sends.length / Math.max(span / 1000, 1e-3)).toFixed(1)} msg/s, at most ${maxPerSecond(sends)} in any second`,
  );
  failures.push(...checkAlertsOnce(emulator, chats, db.alerts()));

  // 2. SIGKILL, restart, and a second sweep of the same candle: nothing new.
  await bot.stop('SIGKILL');
  bot = await startBot('restart after SIGKILL');
  const callsBefore = emulator.calls.filter((c) => c.method === 'sendMessage').length;
  const second = await sweep('second sweep, same candle');
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const newSends = emulator.calls.filter((c) => c.method === 'sendMessage').length - callsBefore - 1;
  if (second.newAlerts !== 0 || newSends !== 0 || db.deliveries('alert').total !== queued) {
    failures.push(`second sweep: ${second.newAlerts} new alerts, ${newSends} messages besides the admin's reply`);
  }

  // 3. Past the horizon: /sweep resolves the alerts; outcome replies, then /performance.
  clock.advance(pastHorizon);
  await new Promise((resolve) => setTimeout(resolve, 5 * CLOCK_POLL_MS));
  const third = await sweep(`sweep ${pastHorizon / HOUR} h later`);
  const alerts = db.alerts();
  const outcomes = db.outcomes();
  await db.drained('alert', queued);
  await db.drained('outcome', 0);
  const resolvedFirst = alerts.filter((a) => outcomes.signalIds.has(a.signalId)).length;
  timings.push(`later sweep: ${third.newAlerts} new alerts, ${third.resolved} outcomes resolved (${outcomes.signalIds.size} in all), ${db.deliveries('outcome').total} outcome replies`);
  if (resolvedFirst < first.newAlerts) failures.push(`only ${resolvedFirst} of the first sweep's ${first.newAlerts} alerts were resolved`);
  failures.push(...checkAlertsOnce(emulator, chats, alerts));
  failures.push(...checkOutcomeReplies(emulator, chats, alerts, outcomes.signalIds, db.alertMessageIds()));

  const asked = Date.now();
  const performanceText = (await ask(FIRST_CHAT, '/performance')).plainText;
  timings.push(`/performance answered in ${seconds(Date.now() - asked)}`);
  // Hits in signal_outcomes are the wins of the one trade rule (TP1 before the stop).
  const totals = /Signals (\d+) · resolved (\d+)(?: · (\d+) wins?)?/.exec(performanceText);
  if (!totals || Number(totals[1]) !== alerts.length || Number(totals[2]) !== outcomes.signalIds.size || Number(totals[3] ?? 0) !== outcomes.hits) {
    failures.push(`/performance does not show ${alerts.length} signals, ${outcomes.signalIds.size} resolved, ${outcomes.hits} hits: ${performanceText.slice(0, 300)}`);
  }
  console.log(`clock ${new Date(options.at).toISOString()} → +${pastHorizon / HOUR} h; ALERT_MIN_CONFIDENCE ${options.minConfidence ?? "unset (each model card's threshold)"}`);
  console.log(first.text);
  console.log(timings.join('\n'));
  console.log(performanceText.split('\n').slice(0, 7).join('\n'));
} catch (error) {
  failures.push(error instanceof Error ? error.message : String(error));
} finally {
  await bot.stop();
  await emulator.close();
  await exchange.close();
  rmSync(workDir, { recursive: true, force: true });
}
console.log(failures.length ? `FAILED:\n${failures.slice(0, 40).join('\n')}` : 'every chat got each alert and outcome exactly once');
process.exit(failures.length ? 1 : 0);
