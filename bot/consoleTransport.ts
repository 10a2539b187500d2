import { InputFile, type Bot, type Transformer } from 'grammy';
import type { InlineKeyboardMarkup, Message, UserFromGetMe } from 'grammy/types';
import type { Writable } from 'node:stream';
import { htmlToText } from './html.js';

/** The one local chat console mode talks in. */
export const CONSOLE_CHAT = { id: 1, type: 'private', first_name: 'Console' } as const;
export const CONSOLE_USER = { id: 1, is_bot: false, first_name: 'Console' } as const;

/** Preset identity for console mode, so nothing ever calls getMe over the network. */
export const CONSOLE_BOT_INFO: UserFromGetMe = {
  id: 0,
  is_bot: true,
  first_name: 'Signals Bot (console)',
  username: 'signals_console_bot',
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

type Payload = Record<string, unknown>;

/** Each bot message as printed: to press its buttons, and to refuse no-op edits as Telegram does. */
export interface ConsoleState {
  nextMessageId: number;
  messages: Map<number, { rendered: string; markup?: InlineKeyboardMarkup }>;
}

/** Bot messages the console keeps for button presses and edits. */
export const REMEMBERED_MESSAGES = 100;

const NOT_MODIFIED =
  'Bad Request: message is not modified: specified new message content and reply markup are exactly the same ' +
  'as a current content and reply markup of the message';

/** What a Telegram user would read: text without tags, then the buttons as `[15m] [1h ✓] …`. */
export function renderForConsole(payload: Payload, body: unknown): string {
  const raw = typeof body === 'string' ? body : '';
  const text = payload.parse_mode === 'HTML' ? htmlToText(raw) : raw;
  const markup = payload.reply_markup as Partial<InlineKeyboardMarkup> | undefined;
  const buttons = (markup?.inline_keyboard ?? []).map((row) => row.map((b) => `[${b.text}]`).join(' '));
  return [text, ...buttons].join('\n');
}

/**
 * An API transformer that never calls the network: messages are printed to `output`, and each method
 * answers with a plausible result. Installed last, so it runs before auto-retry and the HTTP client.
 */
export function consoleTransport(bot: Bot, output: Writable, state: ConsoleState): Transformer {
  const print = (text: string) => output.write(`${text}\n\n`);
  const message = (payload: Payload, id: number): Message =>
    ({
      message_id: id,
      date: Math.floor(Date.now() / 1000),
      chat: CONSOLE_CHAT,
      from: bot.isInited() ? bot.botInfo : CONSOLE_BOT_INFO,
      text: typeof payload.text === 'string' ? renderForConsole({ parse_mode: payload.parse_mode }, payload.text) : undefined,
    }) as Message;
  const remember = (payload: Payload, id: number, rendered: string) => {
    const markup = payload.reply_markup as InlineKeyboardMarkup | undefined;
    state.messages.set(id, { rendered, ...(markup?.inline_keyboard ? { markup } : {}) });
    // Only recent messages can still be pressed or edited; older ones are forgotten, so a long session stays small.
    if (state.messages.size > REMEMBERED_MESSAGES) state.messages.delete(state.messages.keys().next().value!);
  };

  const answer = async (method: string, payload: Payload): Promise<unknown> => {
    switch (method) {
      case 'getMe':
        return CONSOLE_BOT_INFO;
      case 'sendMessage': {
        const id = state.nextMessageId++;
        const rendered = renderForConsole(payload, payload.text);
        remember(payload, id, rendered);
        print(rendered);
        return message(payload, id);
      }
      case 'sendPhoto': {
        const id = state.nextMessageId++;
        const caption = renderForConsole(payload, payload.caption);
        print(`${await describePhoto(payload.photo)}\n${caption}`);
        const photo = [{ file_id: `console-photo-${id}`, file_unique_id: `console-${id}`, width: 1000, height: 640 }];
        return { ...message({}, id), photo, caption };
      }
      case 'editMessageText': {
        const id = Number(payload.message_id);
        const rendered = renderForConsole(payload, payload.text);
        if (state.messages.get(id)?.rendered === rendered) throw new NotModified();
        remember(payload, id, rendered);
        print(`(edited)\n${rendered}`);
        return message(payload, id);
      }
      case 'answerCallbackQuery':
        if (typeof payload.text === 'string') print(`(notice) ${payload.text}`);
        return true;
      default:
        return true;
    }
  };

  return async (_prev, method, payload) => {
    try {
      return { ok: true, result: await answer(method, payload as Payload) } as Awaited<ReturnType<Transformer>>;
    } catch (error) {
      if (!(error instanceof NotModified)) throw error;
      return { ok: false, error_code: 400, description: NOT_MODIFIED };
    }
  };
}

class NotModified extends Error {}

/** `[chart: BTC-USDT-1h.png, 48 KB]` for an uploaded buffer; a file id or URL is printed as it is. */
async function describePhoto(photo: unknown): Promise<string> {
  if (!(photo instanceof InputFile)) return `[photo: ${String(photo)}]`;
  // toRaw() hands back a Buffer unchanged; for streams the size is unknown without reading them.
  const data = await photo.toRaw();
  const size = data instanceof Uint8Array ? `, ${Math.max(1, Math.round(data.byteLength / 1024))} KB` : '';
  return `[chart: ${photo.filename ?? 'photo'}${size}]`;
}
