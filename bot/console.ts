import { BotError, type Bot } from 'grammy';
import type { Update } from 'grammy/types';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { CONSOLE_CHAT, CONSOLE_USER, consoleTransport, type ConsoleState } from './consoleTransport.js';

export interface ConsoleOptions {
  bot: Bot;
  input?: Readable;
  output?: Writable;
}

const BANNER =
  'Console mode (no TELEGRAM_BOT_TOKEN): type a command such as /predict btc 1h; ' +
  'press a button by typing its label in brackets, e.g. [4h]. End with Ctrl-D.';

/**
 * Runs the same bot over a text stream: each line becomes a Telegram update for one local chat, every
 * outgoing API call is answered locally and printed. Resolves when the input ends.
 */
export async function runConsole({ bot, input = process.stdin, output = process.stdout }: ConsoleOptions): Promise<void> {
  const state: ConsoleState = { nextMessageId: 1, messages: new Map() };
  bot.api.config.use(consoleTransport(bot, output, state));
  if (!bot.isInited()) await bot.init();
  output.write(`${BANNER}\n\n`);

  let updateId = 1;
  for await (const line of createInterface({ input, crlfDelay: Infinity, terminal: false })) {
    const text = line.trim();
    if (text === '') continue;
    const update = pressedButton(text, state, updateId) ?? userMessage(text, state.nextMessageId++, updateId);
    updateId++;
    try {
      await bot.handleUpdate(update);
    } catch (error) {
      if (!(error instanceof BotError)) throw error;
      await bot.errorHandler(error);
    }
  }
}

/** Like Telegram, marks a leading /command so grammY's command matching sees it. */
function userMessage(text: string, messageId: number, updateId: number): Update {
  const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text)?.[0];
  return {
    update_id: updateId,
    message: {
      message_id: messageId,
      date: Math.floor(Date.now() / 1000),
      chat: CONSOLE_CHAT,
      from: CONSOLE_USER,
      text,
      ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command.length }] } : {}),
    },
  };
}

/** `[4h]` presses the button labelled "4h" (or "4h ✓") on the newest message that has one. */
function pressedButton(text: string, state: ConsoleState, updateId: number): Update | undefined {
  const label = /^\[(.+)\]$/.exec(text)?.[1]?.trim();
  if (label === undefined) return undefined;
  const newestFirst = [...state.messages.entries()].reverse();
  for (const [messageId, { markup }] of newestFirst) {
    const button = markup?.inline_keyboard.flat().find((b) => b.text === label || b.text.split(' ')[0] === label);
    if (button && 'callback_data' in button) {
      return {
        update_id: updateId,
        callback_query: {
          id: String(updateId),
          from: CONSOLE_USER,
          chat_instance: 'console',
          data: button.callback_data,
          message: { message_id: messageId, date: Math.floor(Date.now() / 1000), chat: CONSOLE_CHAT, text: '' },
        },
      };
    }
  }
  return undefined;
}
