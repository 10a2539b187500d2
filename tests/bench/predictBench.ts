import { run } from '@grammyjs/runner';
import { createBot } from '../../bot/createBot.js';
import { startBotApiEmulator } from '../support/botApiEmulator.js';
import { startTestApp } from '../support/testApp.js';
import { summarize, type Timing } from './measure.js';

const TOKEN = '123456:bench-token';

/**
 * `/predict SYMBOL TIMEFRAME` end to end: a user message through the Bot API emulator, long polling,
 * the real handlers, ccxt (cache warm after the first request), the model, SQLite, and the reply.
 */
export async function benchPredictEndToEnd(command: string, runs: number, warmup = 5): Promise<Timing> {
  const testApp = await startTestApp();
  const emulator = await startBotApiEmulator({ token: TOKEN });
  const bot = createBot(TOKEN, testApp.deps, { apiRoot: emulator.apiRoot });
  const runner = run(bot);
  try {
    const samples: number[] = [];
    for (let i = 0; i < warmup + runs; i++) {
      const chatId = 1000 + i;
      const start = performance.now();
      emulator.userSends(chatId, command);
      await emulator.waitForBotMessages(chatId, 1, 10_000);
      if (i >= warmup) samples.push(performance.now() - start);
    }
    return summarize(samples);
  } finally {
    await runner.stop();
    await emulator.close();
    await testApp.close();
  }
}
