import { EventEmitter } from 'node:events';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Chat, Message, MessageEntity, Update, User, UserFromGetMe } from 'grammy/types';
import { readRequestBody } from './botApiEmulatorBody.js';
import {
  ApiError,
  callMethod,
  toTelegramMessage,
  type CallbackAnswer,
  type EmulatedMessage,
  type EmulatorState,
} from './botApiEmulatorMethods.js';
import { UpdateQueue } from './botApiEmulatorUpdates.js';

export type { CallbackAnswer, EmulatedMessage } from './botApiEmulatorMethods.js';

export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
  status: number;
  /** Telegram's description of a refusal, e.g. "Bad Request: message is too long". */
  error?: string;
  /** When the call arrived, by the emulator's clock. */
  at: number;
}

/** Makes matching calls fail like Telegram would: e.g. 429 with retry_after, or 403 for blocked chats. */
export interface InjectedFailure {
  method: string;
  /** Only calls for these chats fail; default: every call to the method. */
  chatIds?: number[];
  /** How many calls fail; default: all of them. */
  times?: number;
  error_code: number;
  description: string;
  retry_after?: number;
}

/** The user Telegram puts on messages an anonymous group admin sends. */
const ANONYMOUS_ADMIN_ID = 1_087_968_824;

const BOT_USER: UserFromGetMe = {
  id: 7_000_000_001,
  is_bot: true,
  first_name: 'Signals Test Bot',
  username: 'signals_test_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

/**
 * A Bot API server of our own on 127.0.0.1 for end-to-end tests: the bot's real HTTP calls, long
 * polling included, checked the way Telegram checks them. Point grammY's `client.apiRoot` at `apiRoot`.
 */
export async function startBotApiEmulator({ token, now = Date.now }: { token: string; now?: () => number }) {
  const state: EmulatorState = {
    botUser: BOT_USER,
    chats: new Map(),
    botMessages: new Map(),
    nextMessageId: 1,
    commands: new Map(),
    callbackQueries: new Map(),
    callbackAnswers: [],
    chatActions: [],
    chatAdmins: new Map(),
    migrated: new Map(),
  };
  const updates = new UpdateQueue();
  const changes = new EventEmitter();
  // Every waiter (one per chat a test or an acceptance run waits on) listens here.
  changes.setMaxListeners(0);
  const calls: ApiCall[] = [];
  const failures: InjectedFailure[] = [];
  /** How long the emulator holds its answer to a method, as a slow Telegram would. */
  const delays = new Map<string, number>();
  /** What users sent (messages and channel posts), by `chatId:messageId`, so they can edit them. */
  const userMessages = new Map<string, Message>();

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    readRequestBody(req, url)
      .then(async (body) => {
        const delay = delays.get((match?.[2] ?? '').toLowerCase());
        if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
        if (!match) return send(res, new ApiError(404, 'Not Found'));
        if (match[1] !== token) return send(res, new ApiError(401, 'Unauthorized'));
        const method = match[2] ?? '';
        const call: ApiCall = { method, payload: body.fields, status: 200, at: now() };
        calls.push(call);
        try {
          const failure = takeFailure(failures, method, body.fields.chat_id);
          if (failure) throw failure;
          const lower = method.toLowerCase();
          if (lower === 'getupdates') return updates.getUpdates(body.fields, res, (result) => send(res, { result }));
          const webhookMethods: Record<string, () => unknown> = {
            setwebhook: () => updates.setWebhook(body.fields),
            deletewebhook: () => updates.deleteWebhook(body.fields),
            getwebhookinfo: () => updates.webhookInfo(),
          };
          send(res, { result: webhookMethods[lower]?.() ?? callMethod(state, lower, body) });
        } catch (error) {
          if (!(error instanceof ApiError)) throw error;
          call.status = error.error_code;
          call.error = error.description;
          send(res, error);
        }
        changes.emit('change');
      })
      .catch((error: unknown) => send(res, new ApiError(400, `Bad Request: ${String(error)}`)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const chat = (chatId: number): Chat => {
    const created: Chat =
      chatId < 0
        ? { id: chatId, type: 'group', title: `Group ${chatId}` }
        : { id: chatId, type: 'private', first_name: `User${chatId}` };
    if (!state.chats.has(chatId)) state.chats.set(chatId, created);
    return state.chats.get(chatId) ?? created;
  };
  const user = (chatId: number, from?: Partial<User>): User => ({
    id: Math.abs(chatId),
    is_bot: false,
    first_name: `User${Math.abs(chatId)}`,
    ...from,
  });
  const botMessages = (chatId: number): EmulatedMessage[] =>
    (state.botMessages.get(chatId) ?? []).map((m) => ({ ...m }));

  function waitUntil<T>(check: () => T | undefined, timeoutMs: number, what: () => string): Promise<T> {
    return new Promise((resolve, reject) => {
      const onChange = () => {
        const value = check();
        if (value === undefined) return;
        changes.off('change', onChange);
        clearTimeout(timer);
        resolve(value);
      };
      const timer = setTimeout(() => {
        changes.off('change', onChange);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what()}`));
      }, timeoutMs);
      changes.on('change', onChange);
      onChange();
    });
  }

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    botUser: BOT_USER,
    /** Every API call the bot made, in order, with the HTTP status it got. */
    calls,
    callbackAnswers: state.callbackAnswers,
    chatActions: state.chatActions,
    /** The command menu last set with setMyCommands: the default one or a chat's, for all languages or for one. */
    commands: (chatId?: number, languageCode?: string) =>
      state.commands.get(`${chatId === undefined ? 'default' : `chat:${chatId}`}${languageCode ? `|${languageCode}` : ''}`) ?? [],
    /** What the bot has sent to a chat, edits applied (copies). */
    messages: botMessages,

    /** A user has started a chat with the bot (so it may write there) without sending anything yet. */
    openChat(chatId: number): void {
      chat(chatId);
    },

    /**
     * A user writes to the bot; a leading /command gets its bot_command entity, as on Telegram. With
     * `asChat`, a group admin posts anonymously: the sender is Telegram's GroupAnonymousBot and the group.
     */
    userSends(chatId: number, text: string, from?: Partial<User>, { asChat = false }: { asChat?: boolean } = {}): Update {
      const message = {
        message_id: state.nextMessageId++,
        date: Math.floor(Date.now() / 1000),
        chat: chat(chatId),
        ...(asChat
          ? { from: { id: ANONYMOUS_ADMIN_ID, is_bot: true, first_name: 'Group', username: 'GroupAnonymousBot' }, sender_chat: chat(chatId) }
          : { from: user(chatId, from) }),
        ...textWithEntities(text),
      } as Message;
      userMessages.set(`${chatId}:${message.message_id}`, message);
      return updates.push({ message } as Omit<Update, 'update_id'>);
    },

    /** A post in a channel the bot administers: no `from`, the channel itself is the sender. */
    channelPosts(chatId: number, text: string): Update {
      if (!state.chats.has(chatId)) state.chats.set(chatId, { id: chatId, type: 'channel', title: `Channel ${chatId}` });
      const channel = state.chats.get(chatId)!;
      const post = {
        message_id: state.nextMessageId++,
        date: Math.floor(Date.now() / 1000),
        chat: channel,
        sender_chat: channel,
        ...textWithEntities(text),
      } as Message;
      userMessages.set(`${chatId}:${post.message_id}`, post);
      return updates.push({ channel_post: post } as Omit<Update, 'update_id'>);
    },

    /**
     * The author edits a message (or channel post) they sent earlier: Telegram sends it again, with the new
     * text and an edit_date, as an `edited_message` (or `edited_channel_post`) update.
     */
    userEdits(chatId: number, messageId: number, text: string): Update {
      const original = userMessages.get(`${chatId}:${messageId}`);
      if (!original) throw new Error(`no user message ${messageId} in chat ${chatId}`);
      const edited = { ...original, entities: undefined, edit_date: Math.floor(Date.now() / 1000), ...textWithEntities(text) } as Message;
      userMessages.set(`${chatId}:${messageId}`, edited);
      return updates.push((original.chat.type === 'channel' ? { edited_channel_post: edited } : { edited_message: edited }) as Omit<Update, 'update_id'>);
    },

    /** These users administer the group; getChatMember says so. */
    setChatAdmins(chatId: number, userIds: number[]): void {
      chat(chatId);
      state.chatAdmins.set(chatId, new Set(userIds));
    },

    /**
     * The group becomes a supergroup with a new id, as on Telegram: a service message in each chat, and
     * sends to the old id are refused with migrate_to_chat_id.
     */
    upgradeToSupergroup(oldId: number, newId: number): void {
      const old = chat(oldId);
      const title = ('title' in old && old.title) || `Group ${oldId}`;
      state.chats.set(newId, { id: newId, type: 'supergroup', title });
      state.chatAdmins.set(newId, state.chatAdmins.get(oldId) ?? new Set());
      const date = Math.floor(Date.now() / 1000);
      const from = user(oldId);
      updates.push({ message: { message_id: state.nextMessageId++, date, chat: old, from, migrate_to_chat_id: newId } } as Omit<Update, 'update_id'>);
      state.migrated.set(oldId, newId);
      const supergroup = state.chats.get(newId)!;
      updates.push({ message: { message_id: state.nextMessageId++, date, chat: supergroup, from, migrate_from_chat_id: oldId } } as Omit<Update, 'update_id'>);
    },

    /** A user presses an inline button under one of the bot's messages; the query id is in the update. */
    userPresses(chatId: number, messageId: number, data: string, from?: Partial<User>): Update {
      const message = state.botMessages.get(chatId)?.find((m) => m.message_id === messageId);
      if (!message) throw new Error(`no bot message ${messageId} in chat ${chatId}`);
      const id = `cb${updates.nextUpdateId}`;
      state.callbackQueries.set(id, false);
      const query = { id, from: user(chatId, from), chat_instance: `ci${chatId}`, data };
      return updates.push({ callback_query: { ...query, message: toTelegramMessage(state, message) } });
    },

    /** Resolves with the chat's bot messages once there are `count` of them, or `predicate` holds. */
    waitForBotMessages(
      chatId: number,
      condition: number | ((messages: EmulatedMessage[]) => boolean),
      timeoutMs = 5000,
    ): Promise<EmulatedMessage[]> {
      const holds = typeof condition === 'number' ? (m: EmulatedMessage[]) => m.length >= condition : condition;
      const have = () => JSON.stringify(botMessages(chatId).map((m) => m.plainText.slice(0, 80)));
      return waitUntil(
        () => (holds(botMessages(chatId)) ? botMessages(chatId) : undefined),
        timeoutMs,
        () => `bot messages in chat ${chatId}; have ${have()}`,
      );
    },

    waitForCallbackAnswer(queryId: string, timeoutMs = 5000): Promise<CallbackAnswer> {
      return waitUntil(
        () => state.callbackAnswers.find((a) => a.callback_query_id === queryId),
        timeoutMs,
        () => `an answer to callback query ${queryId}`,
      );
    },

    /** The webhook as getWebhookInfo reports it. */
    webhookInfo: () => updates.webhookInfo(),

    /** Posts for the public `https://…` origin of a webhook go to `localOrigin` (the proxy in front of the bot). */
    routeWebhook(publicOrigin: string, localOrigin: string): void {
      updates.webhookSender.routes.set(new URL(publicOrigin).origin, localOrigin);
    },

    /** Holds every answer to `method` for `ms` (0 answers at once again). */
    slowDown(method: string, ms: number): void {
      delays.set(method.toLowerCase(), ms);
    },

    injectFailure(failure: InjectedFailure): void {
      failures.push({ ...failure });
    },
    clearFailures(): void {
      failures.length = 0;
    },

    async close(): Promise<void> {
      updates.releasePolls();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type BotApiEmulator = Awaited<ReturnType<typeof startBotApiEmulator>>;

/** A user's text as Telegram delivers it: a leading /command gets its bot_command entity. */
function textWithEntities(text: string): { text: string; entities?: MessageEntity[] } {
  const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text)?.[0];
  return command ? { text, entities: [{ type: 'bot_command', offset: 0, length: command.length }] } : { text };
}

/** The first failure matching the call, as the error to answer with; used-up failures are removed. */
function takeFailure(failures: InjectedFailure[], method: string, chatId: unknown): ApiError | undefined {
  const index = failures.findIndex(
    (f) => f.method.toLowerCase() === method.toLowerCase() && (!f.chatIds || f.chatIds.includes(Number(chatId))),
  );
  const failure = failures[index];
  if (!failure) return undefined;
  if (failure.times !== undefined && --failure.times <= 0) failures.splice(index, 1);
  const parameters = failure.retry_after === undefined ? undefined : { retry_after: failure.retry_after };
  return new ApiError(failure.error_code, failure.description, parameters);
}

function send(res: ServerResponse, answer: ApiError | { result: unknown }): void {
  if (res.headersSent || res.destroyed) return;
  const body =
    answer instanceof ApiError
      ? {
          ok: false,
          error_code: answer.error_code,
          description: answer.description,
          ...(answer.parameters ? { parameters: answer.parameters } : {}),
        }
      : { ok: true, result: answer.result };
  res.writeHead(answer instanceof ApiError ? answer.error_code : 200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
