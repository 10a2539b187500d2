/**
 * Acceptance run of the real process: `npm start` with TELEGRAM_BOT_TOKEN, TELEGRAM_API_ROOT and
 * EXCHANGE_API_URL pointed at a Bot API emulator and a Binance-compatible server on 127.0.0.1 that serves
 * a candle folder. Asks /predict for every pair on every timeframe, plus wrong input, and checks each reply.
 *   npx tsx tests/acceptance/allPairs.ts [--data ../shared/data/binance]
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { TIMEFRAMES } from '../../market/timeframes.js';
import { summarize } from '../bench/measure.js';
import { startBotApiEmulator } from '../support/botApiEmulator.js';
import { startFakeExchange } from '../support/fakeExchange.js';
import { loadReplayBook } from '../support/replayBook.js';
import { CLOCK_FILE_ENV, ShiftedClock } from '../support/shiftedClock.js';
import { ACCEPTANCE_TOKEN, startBotProcess } from './botProcess.js';

const { values } = parseArgs({ options: { data: { type: 'string', default: '../shared/data/binance' } } });

const { book, end } = loadReplayBook(values.data!);
// Serve no candle that opens at `end` (still open then, and BTC has none), so every pair's last candle is one the
// market context has too. The bot's clock starts just before `end` (it refuses candles that stop too early).
const exchange = await startFakeExchange({ candles: book, now: () => end - 1 });
const emulator = await startBotApiEmulator({ token: ACCEPTANCE_TOKEN });
const workDir = mkdtempSync(join(tmpdir(), 'acceptance-'));
const clock = new ShiftedClock(join(workDir, 'clock'), end - 1);
const bot = startBotProcess(
  {
    TELEGRAM_BOT_TOKEN: ACCEPTANCE_TOKEN,
    TELEGRAM_API_ROOT: emulator.apiRoot,
    EXCHANGE_API_URL: exchange.url,
    DATA_DIR: join(workDir, 'data'),
    LOG_LEVEL: 'warn',
    [CLOCK_FILE_ENV]: clock.file,
  },
  { preload: ['./tests/support/shiftedClockPreload.ts'] },
);

let chat = 1;
/** Sends a message in a fresh chat and returns the first reply's plain text. */
async function ask(text: string): Promise<string> {
  const chatId = chat++;
  emulator.userSends(chatId, text);
  const [reply] = await emulator.waitForBotMessages(chatId, 1, 60_000);
  return reply?.plainText ?? '';
}

const failures: string[] = [];
const latencies: number[] = [];
try {
  for (const symbol of book.keys()) {
    for (const timeframe of TIMEFRAMES) {
      const start = performance.now();
      const text = await ask(`/predict ${symbol.split('/')[0]!.toLowerCase()} ${timeframe}`);
      latencies.push(performance.now() - start);
      if (!text.includes(`${symbol} · ${timeframe}`) || !/confidence \d/.test(text)) {
        failures.push(`${symbol} ${timeframe}: ${text.slice(0, 120)}`);
      }
    }
  }
  const wrong = {
    '/predict NOPE': /Unknown symbol/,
    '/predict BTC 7m': /Unknown timeframe "7m"\. Use one of 15m, 1h, 4h, 1d/,
    '/predict': /Which pair\?/,
    [`/predict ${'x'.repeat(5000)}`]: /too long/,
  };
  for (const [text, expected] of Object.entries(wrong)) {
    const reply = await ask(text);
    if (!expected.test(reply)) failures.push(`${text.slice(0, 30)}: ${reply.slice(0, 120)}`);
  }
  const timing = summarize(latencies);
  console.log(`${latencies.length} /predict answers (${book.size} pairs × ${TIMEFRAMES.length} timeframes); ` +
    `first-request latency p50 ${timing.p50.toFixed(1)} ms, p95 ${timing.p95.toFixed(1)} ms`);
  console.log(failures.length ? `FAILED:\n${failures.join('\n')}` : 'every reply was right');
} finally {
  await bot.stop();
  await emulator.close();
  await exchange.close();
}
process.exit(failures.length ? 1 : 0);
