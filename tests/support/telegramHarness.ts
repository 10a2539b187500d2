import { run, type RunOptions, type RunnerHandle } from '@grammyjs/runner';
import type { Update } from 'grammy/types';
import { afterAll, beforeAll } from 'vitest';
import { registerCommands } from '../../bot/commands.js';
import { createBot } from '../../bot/createBot.js';
import type { BotDeps } from '../../bot/deps.js';
import { startBotApiEmulator, type BotApiEmulator, type EmulatedMessage } from './botApiEmulator.js';
import { startTestApp, type TestApp, type TestAppOptions } from './testApp.js';

/** How long a test waits for the bot: its replies, its answers to button presses. */
export const WAIT_MS = 15_000;

const TOKEN = '123456:e2e-test-token';

export interface TelegramOptions {
  /** The app behind the bot: models folder, allowed chats, admins, rate limit, market, clock. */
  app?: TestAppOptions;
  /** Changes what the bot gets from the app, e.g. a logger the test reads or a dependency that fails. */
  deps?: (deps: BotDeps) => BotDeps;
  /** Publish the command menu (setMyCommands) before polling starts, as bot/main.ts does. */
  registerCommands?: boolean;
  /** Options for @grammyjs/runner's run(). */
  runner?: RunOptions<Update>;
}

/** The real app, the Bot API emulator on 127.0.0.1, and the bot long-polling it with @grammyjs/runner. */
export interface Telegram {
  /** The bot's token, which the emulator checks. */
  token: string;
  emulator: BotApiEmulator;
  testApp: TestApp;
  /**
   * The user of `chatId` sends `text`; resolves with all the bot's messages in that chat once there are
   * `count` of them (the chat's total, as in emulator.waitForBotMessages).
   */
  ask(chatId: number, text: string, count?: number): Promise<EmulatedMessage[]>;
  /** ask(), then the plain text of the chat's last bot message. */
  askText(chatId: number, text: string, count?: number): Promise<string>;
  /** The user of `chatId` sends `text`; resolves with the bot's first message after it that `matches`. */
  reply(chatId: number, text: string, matches?: (message: EmulatedMessage) => boolean): Promise<EmulatedMessage>;
  /** reply(), then that message's plain text. */
  replyText(chatId: number, text: string, matches?: (message: EmulatedMessage) => boolean): Promise<string>;
  /** Whether @grammyjs/runner is still polling: an error that escaped every handler would have stopped it. */
  isRunning(): boolean;
  /** Stops the bot, then the emulator, then the app. */
  close(): Promise<void>;
}

/** Starts the app, the emulator and the bot; the caller closes them. */
export async function startTelegram(options: TelegramOptions = {}): Promise<Telegram> {
  const testApp = await startTestApp(options.app);
  const emulator = await startBotApiEmulator({ token: TOKEN }).catch(async (error: unknown) => {
    await testApp.close();
    throw error;
  });
  let runner: RunnerHandle;
  try {
    const bot = createBot(TOKEN, options.deps ? options.deps(testApp.deps) : testApp.deps, { apiRoot: emulator.apiRoot });
    if (options.registerCommands) await registerCommands(bot.api, options.app?.adminUserIds);
    runner = run(bot, options.runner);
  } catch (error) {
    await emulator.close();
    await testApp.close();
    throw error;
  }

  const ask = (chatId: number, text: string, count = 1) => {
    emulator.userSends(chatId, text);
    return emulator.waitForBotMessages(chatId, count, WAIT_MS);
  };
  const reply = async (chatId: number, text: string, matches: (message: EmulatedMessage) => boolean = () => true) => {
    const before = emulator.messages(chatId).length;
    emulator.userSends(chatId, text);
    const found = (messages: EmulatedMessage[]) => messages.slice(before).find(matches);
    const messages = await emulator.waitForBotMessages(chatId, (all) => found(all) !== undefined, WAIT_MS);
    return found(messages)!;
  };
  return {
    token: TOKEN,
    emulator,
    testApp,
    ask,
    askText: async (chatId, text, count) => (await ask(chatId, text, count)).at(-1)?.plainText ?? '',
    reply,
    replyText: async (chatId, text, matches) => (await reply(chatId, text, matches)).plainText,
    isRunning: () => runner.isRunning(),
    async close() {
      if (runner.isRunning()) await runner.stop();
      await emulator.close();
      await testApp.close();
    },
  };
}

/**
 * startTelegram for a test file: started in beforeAll, closed in afterAll. The `emulator` and `testApp`
 * returned stand for the ones beforeAll starts, so they can be taken apart at the top of the file and used
 * in tests and hooks. `options` may be a function, called in beforeAll (e.g. to write a models folder).
 */
export function useTelegram(options: TelegramOptions | (() => TelegramOptions) = {}): Omit<Telegram, 'close'> {
  let started: Telegram | undefined;
  beforeAll(async () => {
    started = await startTelegram(typeof options === 'function' ? options() : options);
  });
  afterAll(async () => {
    await started?.close();
  });
  const current = (): Telegram => {
    if (!started) throw new Error('the Telegram harness is used before its beforeAll has started it');
    return started;
  };
  return {
    token: TOKEN,
    emulator: lateBound(() => current().emulator),
    testApp: lateBound(() => current().testApp),
    ask: (...args) => current().ask(...args),
    askText: (...args) => current().askText(...args),
    reply: (...args) => current().reply(...args),
    replyText: (...args) => current().replyText(...args),
    isRunning: () => current().isRunning(),
  };
}

/** Stands for the object `target()` returns once it exists: every property is read from that object when used. */
export function lateBound<T extends object>(target: () => T): T {
  return new Proxy({} as T, {
    get(_, key) {
      const real = target();
      const value: unknown = Reflect.get(real, key);
      return typeof value === 'function' ? value.bind(real) : value;
    },
  });
}
