import { Api, GrammyError, InputFile, InlineKeyboard } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBotApiEmulator, type BotApiEmulator } from '../support/botApiEmulator.js';

const TOKEN = '42:emulator-test';
const CHAT = 5;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

let emulator: BotApiEmulator;
let api: Api;

beforeEach(async () => {
  emulator = await startBotApiEmulator({ token: TOKEN });
  api = new Api(TOKEN, { apiRoot: emulator.apiRoot });
  emulator.userSends(CHAT, 'hi');
});

afterEach(async () => {
  await emulator.close();
});

async function refusal(call: Promise<unknown>): Promise<GrammyError> {
  const error: unknown = await call.then(() => undefined, (e: unknown) => e);
  if (!(error instanceof GrammyError)) throw new Error(`expected a GrammyError, got ${String(error)}`);
  return error;
}

describe('Bot API emulator: validation like Telegram', () => {
  it('refuses a wrong token and unknown chats', async () => {
    const wrong = new Api('1:wrong', { apiRoot: emulator.apiRoot });
    expect((await refusal(wrong.getMe())).error_code).toBe(401);
    expect((await refusal(api.sendMessage(999, 'x'))).description).toBe('Bad Request: chat not found');
  });

  it('limits text to 4096 characters after entity parsing', async () => {
    await api.sendMessage(CHAT, `<b>${'a'.repeat(4096)}</b>`, { parse_mode: 'HTML' });
    const error = await refusal(api.sendMessage(CHAT, 'a'.repeat(4097)));
    expect(error.description).toBe('Bad Request: message is too long');
    expect((await refusal(api.sendMessage(CHAT, ' '))).description).toBe('Bad Request: message text is empty');
  });

  it.each(['<b>open', '<b>x</i>', '<br>', '<div>x</div>', 'a < b', '</b>'])('refuses bad HTML %s', async (html) => {
    const error = await refusal(api.sendMessage(CHAT, html, { parse_mode: 'HTML' }));
    expect(error.description).toMatch(/^Bad Request: can't parse entities: /);
  });

  it('accepts the supported tags and reports the text a user reads', async () => {
    const html = '<b>b</b><i>i</i><u>u</u><s>s</s><code>c</code><pre>p</pre><a href="https://x">a</a>' +
      '<tg-spoiler>t</tg-spoiler><blockquote>q</blockquote> &lt;&amp;&gt;&quot;&#39;';
    await api.sendMessage(CHAT, html, { parse_mode: 'HTML' });
    expect(emulator.messages(CHAT)[0]?.plainText).toBe('biuscpatq <&>"\'');
  });

  it('refuses callback data over 64 bytes', async () => {
    const keyboard = new InlineKeyboard().text('x', 'd'.repeat(65));
    expect((await refusal(api.sendMessage(CHAT, 'x', { reply_markup: keyboard }))).description).toBe(
      'Bad Request: BUTTON_DATA_INVALID',
    );
  });

  it('edits in place, refuses an edit that changes nothing, drops a keyboard left out', async () => {
    const keyboard = new InlineKeyboard().text('1h', 'p:BTC/USDT:1h');
    const sent = await api.sendMessage(CHAT, 'one', { reply_markup: keyboard });
    await api.editMessageText(CHAT, sent.message_id, 'two', { reply_markup: keyboard });
    const same = await refusal(api.editMessageText(CHAT, sent.message_id, 'two', { reply_markup: keyboard }));
    expect(same.description).toMatch(/^Bad Request: message is not modified/);
    await api.editMessageText(CHAT, sent.message_id, 'two');
    expect(emulator.messages(CHAT)).toMatchObject([{ text: 'two', editCount: 2 }]);
    expect(emulator.messages(CHAT)[0]?.reply_markup).toBeUndefined();
    await api.editMessageReplyMarkup(CHAT, sent.message_id, { reply_markup: keyboard });
    expect(emulator.messages(CHAT)[0]?.reply_markup).toEqual(keyboard);
  });

  it('stores an uploaded photo (multipart) and limits captions to 1024 characters', async () => {
    await api.sendPhoto(CHAT, new InputFile(PNG, 'chart.png'), { caption: '<b>BTC</b>', parse_mode: 'HTML' });
    const [message] = emulator.messages(CHAT);
    expect(Buffer.isBuffer(message?.photo) && message.photo.subarray(0, 8).equals(PNG.subarray(0, 8))).toBe(true);
    expect(message?.plainText).toBe('BTC');
    const error = await refusal(api.sendPhoto(CHAT, new InputFile(PNG), { caption: 'c'.repeat(1025) }));
    expect(error.description).toBe('Bad Request: message caption is too long');
  });

  it('reads form-urlencoded bodies with JSON-encoded fields', async () => {
    const body = new URLSearchParams({
      chat_id: String(CHAT),
      text: 'form',
      reply_markup: JSON.stringify({ inline_keyboard: [[{ text: 'a', callback_data: 'b' }]] }),
    });
    const res = await fetch(`${emulator.apiRoot}/bot${TOKEN}/sendMessage`, { method: 'POST', body });
    expect(await res.json()).toMatchObject({ ok: true, result: { text: 'form', chat: { id: CHAT } } });
    expect(emulator.messages(CHAT)[0]?.reply_markup?.inline_keyboard[0]?.[0]).toEqual({ text: 'a', callback_data: 'b' });
  });

  it('stores the command menu', async () => {
    await api.setMyCommands([{ command: 'predict', description: 'Signal' }]);
    expect(await api.getMyCommands()).toEqual([{ command: 'predict', description: 'Signal' }]);
    expect((await refusal(api.setMyCommands([{ command: 'Bad-Name', description: 'x' }]))).error_code).toBe(400);
  });

  it('answers each callback query once', async () => {
    const sent = await api.sendMessage(CHAT, 'x', { reply_markup: new InlineKeyboard().text('b', 'data') });
    const press = emulator.userPresses(CHAT, sent.message_id, 'data');
    const id = press.callback_query?.id ?? '';
    await api.answerCallbackQuery(id, { text: 'done' });
    expect(await emulator.waitForCallbackAnswer(id, 100)).toEqual({ callback_query_id: id, text: 'done' });
    expect((await refusal(api.answerCallbackQuery(id))).description).toMatch(/query is too old/);
  });
});

describe('Bot API emulator: long polling', () => {
  it('answers a waiting getUpdates as soon as a user writes, and forgets confirmed updates', async () => {
    const first = await api.getUpdates({ offset: 0, timeout: 0 });
    expect(first.map((u) => u.message?.text)).toEqual(['hi']);
    const offset = (first[0]?.update_id ?? 0) + 1;
    const started = Date.now();
    const waiting = api.getUpdates({ offset, timeout: 10 });
    setTimeout(() => emulator.userSends(CHAT, '/predict btc'), 50);
    const [update] = await waiting;
    expect(Date.now() - started).toBeLessThan(2000);
    expect(update?.message?.entities).toEqual([{ type: 'bot_command', offset: 0, length: 8 }]);
    expect(await api.getUpdates({ offset: (update?.update_id ?? 0) + 1, timeout: 0 })).toEqual([]);
  });

  it('returns an empty list when the timeout passes, and honours allowed_updates', async () => {
    const sent = await api.sendMessage(CHAT, 'x');
    emulator.userPresses(CHAT, sent.message_id, 'data');
    const updates = await api.getUpdates({ timeout: 0, allowed_updates: ['message'] });
    expect(updates.every((u) => u.message)).toBe(true);
    const offset = (updates.at(-1)?.update_id ?? 0) + 1;
    expect(await api.getUpdates({ offset, timeout: 1 })).toEqual([]);
  });
});

describe('Bot API emulator: injected failures', () => {
  it('answers 429 with retry_after, then recovers', async () => {
    emulator.injectFailure({
      method: 'sendMessage',
      times: 1,
      error_code: 429,
      description: 'Too Many Requests: retry after 1',
      retry_after: 1,
    });
    const error = await refusal(api.sendMessage(CHAT, 'x'));
    expect(error.error_code).toBe(429);
    expect(error.parameters.retry_after).toBe(1);
    await api.sendMessage(CHAT, 'x');
    expect(emulator.calls.filter((c) => c.method === 'sendMessage').map((c) => c.status)).toEqual([429, 200]);
  });

  it('fails only for the chats named', async () => {
    emulator.userSends(6, 'hi');
    const blocked = 'Forbidden: bot was blocked by the user';
    emulator.injectFailure({ method: 'sendMessage', chatIds: [6], error_code: 403, description: blocked });
    expect((await refusal(api.sendMessage(6, 'x'))).description).toBe(blocked);
    await api.sendMessage(CHAT, 'x');
    emulator.clearFailures();
    await api.sendMessage(6, 'x');
  });
});
