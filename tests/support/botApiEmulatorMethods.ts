import type { BotCommand, Chat, InlineKeyboardMarkup, Message, UserFromGetMe } from 'grammy/types';
import type { RequestBody } from './botApiEmulatorBody.js';
import { parseTelegramHtml } from './botApiEmulatorHtml.js';

/** A message the bot sent, in its current state (edits applied). */
export interface EmulatedMessage {
  message_id: number;
  chat_id: number;
  date: number;
  /** What the bot sent, HTML source included. */
  text?: string;
  caption?: string;
  /** What a user reads: `text` or `caption` after parsing entities. */
  plainText: string;
  parse_mode?: string;
  reply_markup?: InlineKeyboardMarkup;
  /** Uploaded bytes, or the file_id/URL string the bot passed. */
  photo?: Buffer | string;
  editCount: number;
}

export interface CallbackAnswer {
  callback_query_id: string;
  text?: string;
  show_alert?: boolean;
}

/** An error answer exactly as Telegram shapes it. */
export class ApiError extends Error {
  constructor(
    readonly error_code: number,
    readonly description: string,
    readonly parameters?: { retry_after?: number; migrate_to_chat_id?: number },
  ) {
    super(description);
  }
}

export interface EmulatorState {
  botUser: UserFromGetMe;
  chats: Map<number, Chat>;
  botMessages: Map<number, EmulatedMessage[]>;
  nextMessageId: number;
  /** Command menus by scope: "default", or "chat:<id>" for a menu set with a chat scope. */
  commands: Map<string, BotCommand[]>;
  /** Open callback queries (id → answered). */
  callbackQueries: Map<string, boolean>;
  callbackAnswers: CallbackAnswer[];
  chatActions: Array<{ chat_id: number; action: string }>;
  /** Admins of each group, by user id; everyone else is a plain member. */
  chatAdmins: Map<number, Set<number>>;
  /** Groups that became supergroups: old id → new id. */
  migrated: Map<number, number>;
}

const TEXT_LIMIT = 4096;
const CAPTION_LIMIT = 1024;
const CALLBACK_TEXT_LIMIT = 200;
const bad = (description: string) => new ApiError(400, `Bad Request: ${description}`);

/** The non-polling methods. Returns the `result`, or throws ApiError. */
export function callMethod(state: EmulatorState, method: string, { fields, files }: RequestBody): unknown {
  if (!wellFormed(fields)) throw bad('strings must be encoded in UTF-8');
  switch (method) {
    case 'getme':
      return state.botUser;
    case 'setmycommands':
      state.commands.set(menuKey(fields), validCommands(fields.commands));
      return true;
    case 'getmycommands':
      return state.commands.get(menuKey(fields)) ?? [];
    case 'getchatmember': {
      const chat = knownChat(state, fields.chat_id);
      const userId = Number(fields.user_id);
      if (!Number.isSafeInteger(userId) || userId <= 0) throw bad('invalid user_id specified');
      const status = state.chatAdmins.get(chat.id)?.has(userId) ? 'administrator' : 'member';
      return { status, user: { id: userId, is_bot: false, first_name: `User${userId}` } };
    }
    case 'sendchataction': {
      const chat = knownChat(state, fields.chat_id);
      state.chatActions.push({ chat_id: chat.id, action: String(fields.action) });
      return true;
    }
    case 'sendmessage': {
      const chat = knownChat(state, fields.chat_id);
      const plainText = parsedText(fields.text, fields.parse_mode, 'text');
      validMarkup(fields.reply_markup);
      return store(state, chat, { text: String(fields.text), plainText, ...formatting(fields) });
    }
    case 'sendphoto': {
      const chat = knownChat(state, fields.chat_id);
      const photo = uploaded(fields.photo, files);
      if (fields.caption === undefined) return store(state, chat, { photo, plainText: '', ...formatting(fields) });
      const plainText = parsedText(fields.caption, fields.parse_mode, 'caption');
      validMarkup(fields.reply_markup);
      return store(state, chat, { photo, caption: String(fields.caption), plainText, ...formatting(fields) });
    }
    case 'editmessagetext': {
      const message = editable(state, fields);
      const plainText = parsedText(fields.text, fields.parse_mode, 'text');
      validMarkup(fields.reply_markup);
      const base = without(message, 'reply_markup', 'parse_mode');
      return replace(state, message, { ...base, text: String(fields.text), plainText, ...formatting(fields) });
    }
    case 'editmessagereplymarkup': {
      const message = editable(state, fields);
      validMarkup(fields.reply_markup);
      const base = without(message, 'reply_markup');
      return replace(state, message, { ...base, ...formatting({ reply_markup: fields.reply_markup }) });
    }
    case 'answercallbackquery': {
      const id = String(fields.callback_query_id);
      if (state.callbackQueries.get(id) !== false) {
        throw bad('query is too old and response timeout expired or query ID is invalid');
      }
      if (typeof fields.text === 'string' && fields.text.length > CALLBACK_TEXT_LIMIT) throw bad('MESSAGE_TOO_LONG');
      state.callbackQueries.set(id, true);
      state.callbackAnswers.push({
        callback_query_id: id,
        ...(typeof fields.text === 'string' ? { text: fields.text } : {}),
        ...(typeof fields.show_alert === 'boolean' ? { show_alert: fields.show_alert } : {}),
      });
      return true;
    }
    default:
      throw new ApiError(404, 'Not Found: method not found');
  }
}

/** A lone UTF-16 surrogate (half an emoji cut off) cannot be encoded in UTF-8, and Telegram refuses the call. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function wellFormed(value: unknown): boolean {
  if (typeof value === 'string') return !LONE_SURROGATE.test(value);
  if (Array.isArray(value)) return value.every(wellFormed);
  if (value !== null && typeof value === 'object') return Object.values(value).every(wellFormed);
  return true;
}

/** Telegram's view of a stored message, as returned to the bot and put in callback queries. */
export function toTelegramMessage(state: EmulatorState, m: EmulatedMessage): Message {
  const chat = state.chats.get(m.chat_id) as Chat;
  const size = { file_id: `photo${m.message_id}`, file_unique_id: `u${m.message_id}`, width: 800, height: 600 };
  const photo = m.photo === undefined ? undefined : [size];
  return {
    message_id: m.message_id,
    date: m.date,
    chat,
    from: state.botUser,
    ...(m.editCount > 0 ? { edit_date: m.date } : {}),
    ...(photo ? { photo, caption: m.plainText } : { text: m.plainText }),
    ...(m.reply_markup ? { reply_markup: m.reply_markup } : {}),
  } as Message;
}

function without(message: EmulatedMessage, ...keys: Array<'reply_markup' | 'parse_mode'>): EmulatedMessage {
  const copy = { ...message };
  for (const key of keys) delete copy[key];
  return copy;
}

function formatting(fields: Record<string, unknown>): Pick<EmulatedMessage, 'parse_mode' | 'reply_markup'> {
  return {
    ...(typeof fields.parse_mode === 'string' ? { parse_mode: fields.parse_mode } : {}),
    ...(fields.reply_markup ? { reply_markup: fields.reply_markup as InlineKeyboardMarkup } : {}),
  };
}

function knownChat(state: EmulatorState, chatId: unknown): Chat {
  if (chatId === undefined || chatId === '') throw bad('chat_id is empty');
  const movedTo = state.migrated.get(Number(chatId));
  if (movedTo !== undefined) {
    throw new ApiError(400, 'Bad Request: group chat was upgraded to a supergroup chat', { migrate_to_chat_id: movedTo });
  }
  const chat = state.chats.get(Number(chatId));
  if (!chat) throw bad('chat not found');
  return chat;
}

const LIMITS = {
  text: { max: TEXT_LIMIT, empty: 'message text is empty', long: 'message is too long' },
  caption: { max: CAPTION_LIMIT, empty: undefined, long: 'message caption is too long' },
};

/** The text a user reads; the length limits count it, not the HTML source. */
function parsedText(value: unknown, parseMode: unknown, kind: keyof typeof LIMITS): string {
  const limit = LIMITS[kind];
  const source = typeof value === 'string' ? value : '';
  let text = source;
  if (parseMode === 'HTML') {
    const parsed = parseTelegramHtml(source);
    if (!parsed.ok) throw bad(`can't parse entities: ${parsed.error}`);
    text = parsed.text;
  } else if (parseMode !== undefined && parseMode !== 'MarkdownV2' && parseMode !== 'Markdown') {
    throw bad('unsupported parse_mode');
  }
  if (limit.empty && text.trim() === '') throw bad(limit.empty);
  if (text.length > limit.max) throw bad(limit.long);
  return text;
}

function validMarkup(markup: unknown): void {
  if (markup === undefined) return;
  const rows = (markup as Partial<InlineKeyboardMarkup>).inline_keyboard;
  if (!Array.isArray(rows)) return;
  for (const button of rows.flat()) {
    if (!button.text) throw bad('BUTTON_TEXT_EMPTY');
    if ('callback_data' in button) {
      const bytes = Buffer.byteLength(button.callback_data);
      if (bytes < 1 || bytes > 64) throw bad('BUTTON_DATA_INVALID');
    }
  }
}

/** The menus this emulator tells apart: the default one and one per chat. */
/** A menu is kept per scope and language: "default", "chat:<id>", with "|<language_code>" when one is given. */
export function menuKey(fields: Record<string, unknown>): string {
  const language = fields.language_code;
  if (language !== undefined && (typeof language !== 'string' || !/^[a-z]{2}$/.test(language))) {
    throw bad('invalid language code specified');
  }
  return language === undefined || language === '' ? scopeKey(fields.scope) : `${scopeKey(fields.scope)}|${language}`;
}

function scopeKey(scope: unknown): string {
  if (scope === undefined) return 'default';
  const { type, chat_id: chatId } = scope as { type?: unknown; chat_id?: unknown };
  if (type === 'default') return 'default';
  if (type === 'chat' && typeof chatId === 'number') return `chat:${chatId}`;
  throw bad(`unsupported command scope ${JSON.stringify(scope)}`);
}

function validCommands(value: unknown): BotCommand[] {
  if (!Array.isArray(value)) throw bad('parameter "commands" is required');
  for (const c of value as BotCommand[]) {
    if (!/^[a-z0-9_]{1,32}$/.test(c.command ?? '')) throw bad('BOT_COMMAND_INVALID');
    if (!c.description || c.description.length > 256) throw bad('BOT_COMMAND_DESCRIPTION_INVALID');
  }
  return value as BotCommand[];
}

function uploaded(photo: unknown, files: RequestBody['files']): Buffer | string {
  const attachment = typeof photo === 'string' && photo.startsWith('attach://') ? photo.slice(9) : 'photo';
  const attached = files.get(attachment);
  if (attached) return attached.data;
  if (typeof photo === 'string' && photo !== '') return photo;
  throw bad('there is no photo in the request');
}

type Content = Omit<EmulatedMessage, 'message_id' | 'chat_id' | 'date' | 'editCount'>;

function store(state: EmulatorState, chat: Chat, content: Content): Message {
  const message: EmulatedMessage = {
    message_id: state.nextMessageId++,
    chat_id: chat.id,
    date: Math.floor(Date.now() / 1000),
    editCount: 0,
    ...content,
  };
  const list = state.botMessages.get(chat.id) ?? [];
  list.push(message);
  state.botMessages.set(chat.id, list);
  return toTelegramMessage(state, message);
}

function editable(state: EmulatorState, fields: Record<string, unknown>): EmulatedMessage {
  if (fields.inline_message_id !== undefined) throw bad('inline messages are not emulated');
  const chat = knownChat(state, fields.chat_id);
  const message = state.botMessages.get(chat.id)?.find((m) => m.message_id === Number(fields.message_id));
  if (!message) throw bad('message to edit not found');
  return message;
}

/** Telegram refuses an edit that changes nothing; leaving out reply_markup removes the keyboard. */
function replace(state: EmulatorState, old: EmulatedMessage, next: EmulatedMessage): Message {
  const same = (m: EmulatedMessage) => JSON.stringify([m.text, m.caption, m.parse_mode, m.reply_markup ?? null]);
  if (same(old) === same(next)) {
    throw bad(
      'message is not modified: specified new message content and reply markup are exactly the same as ' +
        'a current content and reply markup of the message',
    );
  }
  const list = state.botMessages.get(old.chat_id) ?? [];
  const updated = { ...next, editCount: old.editCount + 1 };
  list[list.indexOf(old)] = updated;
  return toTelegramMessage(state, updated);
}
