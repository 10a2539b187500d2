import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { startBotProcess } from '../acceptance/botProcess.js';
import { startBotApiEmulator, type BotApiEmulator } from '../support/botApiEmulator.js';
import { startFakeExchange } from '../support/fakeExchange.js';
import { syntheticMarket } from '../support/syntheticMarket.js';
import { summarize, type Timing } from './measure.js';
import { procMemoryMb } from './procMemory.js';

const TOKEN = '123456789:cold-start-token-abcdefghijklmnopqrstuvwxyz';
/** The log line bot/main.ts writes once the models are loaded and the bot polls Telegram. */
const READY = 'bot is polling';
const READY_TIMEOUT_MS = 60_000;

export interface ColdStart {
  /** From spawning the process to its READY line. */
  ms: Timing;
  /** Resident memory of the process at READY, in MiB. */
  rssMb: Timing;
  /** From spawning the process to the text reply of the first `/predict BTC 1h`, sent at READY. */
  firstReplyMs: Timing;
  /** Resident memory once that reply and its chart are out: ccxt and echarts loaded, in MiB. */
  servingRssMb: Timing;
}

interface Start {
  ms: number;
  rssMb: number;
  firstReplyMs: number;
  servingRssMb: number;
}

/**
 * Starts the real bot process (as `npm start` does, through tsx) against a Bot API emulator and a fake
 * Binance on 127.0.0.1, `runs` times after `warmup` starts that fill the OS and tsx caches, and times each
 * start up to the READY line, then asks `/predict BTC 1h` at once and times its text reply: the first
 * answer that needs candles waits for ccxt, which loads after READY. Memory is read from /proc at READY
 * and again once the chart is out.
 */
export async function benchColdStart(runs = 5, warmup = 1): Promise<ColdStart> {
  // Candles up to the real clock, which the bot process runs on.
  const exchange = await startFakeExchange({ candles: syntheticMarket(200, Date.now()) });
  const emulator = await startBotApiEmulator({ token: TOKEN });
  const env = {
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: emulator.apiRoot,
    EXCHANGE_API_URL: exchange.url,
    REPLAY_DATA_DIR: '',
    LOG_LEVEL: 'info',
  };
  try {
    const starts: Start[] = [];
    for (let i = 0; i < warmup + runs; i++) {
      const start = await startOnce({ ...env, DATA_DIR: mkdtempSync(join(tmpdir(), 'cold-start-')) }, emulator, i + 1);
      if (i >= warmup) starts.push(start);
    }
    const of = (key: keyof Start) => summarize(starts.map((s) => s[key]));
    return { ms: of('ms'), rssMb: of('rssMb'), firstReplyMs: of('firstReplyMs'), servingRssMb: of('servingRssMb') };
  } finally {
    await emulator.close();
    await exchange.close();
  }
}

async function startOnce(env: Record<string, string>, emulator: BotApiEmulator, chatId: number): Promise<Start> {
  const started = performance.now();
  const bot = startBotProcess(env, { stdout: 'pipe' });
  const { child } = bot;
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  try {
    const ready = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the bot did not log "${READY}" within ${READY_TIMEOUT_MS} ms`)), READY_TIMEOUT_MS);
      createInterface({ input: child.stdout! }).on('line', (line) => {
        if (!line.includes(READY)) return;
        clearTimeout(timer);
        resolve(performance.now());
      });
      void exited.then((code) => reject(new Error(`the bot exited with code ${code} before it was ready`)));
    });
    const rssMb = procMemoryMb(child.pid!);
    emulator.userSends(chatId, '/predict BTC 1h');
    await emulator.waitForBotMessages(chatId, 1, READY_TIMEOUT_MS);
    const firstReplyMs = performance.now() - started;
    await emulator.waitForBotMessages(chatId, 2, READY_TIMEOUT_MS);
    return { ms: ready - started, rssMb, firstReplyMs, servingRssMb: procMemoryMb(child.pid!) };
  } finally {
    await bot.stop();
  }
}
