import { startTelegram } from '../support/telegramHarness.js';
import { summarize, type Timing } from './measure.js';

export interface CommandBench {
  command: string;
  /** Messages the command sends (a detailed /predict sends its text, then a chart). */
  replies: number;
}

/**
 * Commands end to end: a user message through the Bot API emulator, long polling, the real handlers,
 * ccxt against the fake exchange (cache warm after the warm-up), the models, SQLite, and the first reply.
 * Each request waits for all of the previous one's replies, so a chart never overlaps the next timing.
 */
export async function benchCommands(commands: CommandBench[], runs: number, warmup = 5): Promise<Map<string, Timing>> {
  const telegram = await startTelegram();
  const { emulator } = telegram;
  let chatId = 1000;
  try {
    const results = new Map<string, Timing>();
    for (const { command, replies } of commands) {
      const samples: number[] = [];
      for (let i = 0; i < warmup + runs; i++) {
        const chat = chatId++;
        const start = performance.now();
        emulator.userSends(chat, command);
        await emulator.waitForBotMessages(chat, 1, 10_000);
        if (i >= warmup) samples.push(performance.now() - start);
        await emulator.waitForBotMessages(chat, replies, 10_000);
      }
      results.set(command, summarize(samples));
    }
    return results;
  } finally {
    await telegram.close();
  }
}
