import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll } from 'vitest';
import { runConsole } from '../../bot/console.js';
import { CONSOLE_BOT_INFO } from '../../bot/consoleTransport.js';
import { createBot } from '../../bot/createBot.js';
import { lateBound } from './telegramHarness.js';
import { startTestApp, type TestApp, type TestAppOptions } from './testApp.js';

export interface ConsoleHarness {
  /** The app behind console mode; it stands for the one beforeAll starts. */
  testApp: TestApp;
  /** Feeds lines through console mode, with the real app behind it, and returns everything it printed. */
  converse(...lines: string[]): Promise<string>;
}

/** Console mode for a test file: the real app is started in beforeAll and closed in afterAll. */
export function useConsole(options: TestAppOptions = {}): ConsoleHarness {
  let started: TestApp | undefined;
  beforeAll(async () => {
    started = await startTestApp(options);
  });
  afterAll(async () => {
    await started?.close();
  });
  const testApp = lateBound(() => {
    if (!started) throw new Error('the console harness is used before its beforeAll has started it');
    return started;
  });

  return {
    testApp,
    async converse(...lines) {
      const output = new PassThrough();
      const chunks: string[] = [];
      output.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
      const bot = createBot('console-no-network', testApp.deps, { botInfo: CONSOLE_BOT_INFO });
      await runConsole({ bot, input: Readable.from(lines.map((l) => `${l}\n`)), output });
      return chunks.join('');
    },
  };
}
