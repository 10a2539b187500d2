import { describe, expect, it, vi } from 'vitest';
import type { EmulatedMessage } from '../support/botApiEmulator.js';
import { useTelegram, WAIT_MS } from '../support/telegramHarness.js';

// Each test asks in a chat of its own, so replies never mix.
const ADMIN = 900;
const { emulator, ask } = useTelegram({
  app: { adminUserIds: [ADMIN] },
  registerCommands: true,
  runner: { runner: { fetch: { allowed_updates: ['message', 'callback_query'] } } },
});

function sendStatuses(chatId: number): number[] {
  return emulator.calls.filter((c) => c.method === 'sendMessage' && c.payload.chat_id === chatId).map((c) => c.status);
}

function lastText(messages: EmulatedMessage[]): string {
  return messages.at(-1)?.plainText ?? '';
}

describe('/predict through Telegram', () => {
  it('the bot publishes its command menu, without the admin commands', () => {
    const menu = emulator.commands().map((c) => c.command);
    expect(menu).toEqual(expect.arrayContaining(['start', 'help', 'predict', 'risk', 'status']));
    expect(menu).not.toContain('reload');
    const inOrder = ['start', 'help', 'predict', 'risk', 'model', 'health'];
    expect(menu.filter((c) => inOrder.includes(c))).toEqual(inOrder);
  });

  it('an admin finds /reload and /sweep in the menu of their private chat', () => {
    const menu = emulator.commands(ADMIN).map((c) => c.command);
    expect(menu).toEqual(expect.arrayContaining(['predict', 'reload', 'sweep']));
    const publicMenu = emulator.commands().map((c) => c.command);
    expect(menu.filter((c) => c !== 'reload' && c !== 'sweep')).toEqual(publicMenu);
  });

  it('a user sends /predict eth 4h and gets direction, confidence and levels', async () => {
    const [reply] = await ask(101, '/predict eth 4h');
    const text = reply?.plainText ?? '';
    expect(reply?.parse_mode).toBe('HTML');
    expect(text).toContain('ETH/USDT · 4h');
    expect(text).toMatch(/(LONG|SHORT|NO TRADE) · confidence \d+(\.\d)?%/);
    expect(text).toMatch(/Probabilities: LONG \d+.*% · NO TRADE \d+.*% · SHORT \d+.*%/);
    if (text.includes('NO TRADE ·')) {
      expect(text).toContain('No trade');
    } else {
      expect(text).toMatch(/Entry: [\d,.]+\nStop-loss: [\d,.]+\nTP1: [\d,.]+ · TP2: [\d,.]+ · TP3: [\d,.]+/);
    }
    expect(text).toMatch(/Valid until \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
    expect(text).toContain('not financial advice');
    const buttons = reply?.reply_markup?.inline_keyboard.flat() ?? [];
    expect(buttons.map((b) => b.text)).toEqual(['15m', '1h', '4h ✓', '1d', 'Why?', 'All timeframes']);
  });

  it('a user who types /predict NOPE is told it is unknown', async () => {
    const text = lastText(await ask(102, '/predict NOPE'));
    expect(text).toMatch(/^Unknown symbol NOPE\/USDT\./);
  });

  it('a user who mistypes /predict BTH is offered close symbols', async () => {
    const text = lastText(await ask(103, '/predict BTH'));
    expect(text).toMatch(/^Unknown symbol BTH\/USDT\. Did you mean .*BTC\/USDT.*\?/);
    expect(text).toContain('BCH/USDT');
  });

  it('/predict BTC 7m is told the timeframes', async () => {
    const text = lastText(await ask(104, '/predict BTC 7m'));
    expect(text).toBe('Unknown timeframe "7m". Use one of 15m, 1h, 4h, 1d — for example /predict BTC 1h.');
  });

  it('/predict alone is told how to use it', async () => {
    const text = lastText(await ask(105, '/predict'));
    expect(text).toContain('/predict SYMBOL [timeframe]');
    expect(text).toContain('/predict BTC 1h');
  });

  it('a 5,000-character message gets a short answer and the bot keeps serving', async () => {
    const long = `/predict ${'A'.repeat(5000)}`;
    const first = lastText(await ask(106, long));
    expect(first.length).toBeLessThan(200);
    expect(first).not.toContain('A'.repeat(31));
    const plain = lastText(await ask(106, 'x'.repeat(5000), 2));
    expect(plain.length).toBeLessThan(200);
    const served = lastText(await ask(106, '/predict btc', 3));
    expect(served).toContain('BTC/USDT · all timeframes');
  });

  it('a user opens 4h from the summary with a button and the message is edited in place', async () => {
    // No timeframe named: the summary, and no chart follows, so the text is the chat's only message.
    const [reply] = await ask(107, '/predict btc');
    expect(reply?.plainText).toContain('BTC/USDT · all timeframes');
    const button = reply?.reply_markup?.inline_keyboard.flat().find((b) => b.text === '4h');
    if (!reply || !button || !('callback_data' in button)) throw new Error('no 4h button');
    expect(button.callback_data).toBe('p:BTC/USDT:4h');

    const press = emulator.userPresses(107, reply.message_id, button.callback_data);
    const answer = await emulator.waitForCallbackAnswer(press.callback_query?.id ?? '', WAIT_MS);
    expect(answer.text).toBeUndefined();
    const messages = emulator.messages(107);
    expect(messages).toHaveLength(1);
    expect(messages[0]?.editCount).toBe(1);
    expect(messages[0]?.plainText).toContain('BTC/USDT · 4h');
    expect(messages[0]?.reply_markup?.inline_keyboard.flat().map((b) => b.text)).toContain('4h ✓');
  });

  it('a user taps the timeframe already shown: the press is answered quietly and no edit Telegram would refuse is sent', async () => {
    const [reply] = await ask(108, '/predict bch 1d');
    if (!reply) throw new Error('no reply');
    const press = emulator.userPresses(108, reply.message_id, 'p:BCH/USDT:1d');
    const answer = await emulator.waitForCallbackAnswer(press.callback_query?.id ?? '', WAIT_MS);
    expect(answer.show_alert).toBeUndefined();
    expect(emulator.messages(108)[0]?.editCount).toBe(0);
    expect(emulator.calls.filter((c) => c.method === 'editMessageText' && c.payload.chat_id === 108)).toEqual([]);
  });

  it('when Telegram says "too many requests", the reply still arrives after retry_after', async () => {
    emulator.injectFailure({
      method: 'sendMessage',
      chatIds: [110],
      times: 1,
      error_code: 429,
      description: 'Too Many Requests: retry after 1',
      retry_after: 1,
    });
    expect(lastText(await ask(110, '/help'))).toContain('/predict SYMBOL [timeframe]');
    expect(sendStatuses(110)).toEqual([429, 200]);
  });

  it('a user who blocked the bot does not stop it serving others', async () => {
    const blocked = 'Forbidden: bot was blocked by the user';
    emulator.injectFailure({ method: 'sendMessage', chatIds: [111], error_code: 403, description: blocked });
    emulator.userSends(111, '/predict btc');
    // The prediction and then the apology both bounce; the error stays inside that update.
    await vi.waitFor(() => expect(sendStatuses(111)).toEqual([403, 403]), { timeout: WAIT_MS });
    emulator.clearFailures();
    expect(lastText(await ask(112, '/predict btc'))).toContain('BTC/USDT · all timeframes');
  });

  it('an outdated button is answered instead of spinning forever', async () => {
    const [reply] = await ask(109, '/help');
    if (!reply) throw new Error('no reply');
    const press = emulator.userPresses(109, reply.message_id, 'old:button');
    const answer = await emulator.waitForCallbackAnswer(press.callback_query?.id ?? '', WAIT_MS);
    expect(answer.text).toBe('This button is no longer active.');
  });
});
