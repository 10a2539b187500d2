import { describe, expect, it, vi } from 'vitest';
import type { EmulatedMessage } from '../support/botApiEmulator.js';
import { useTelegram, WAIT_MS } from '../support/telegramHarness.js';

/** 5 requests per 30 s (the default window): a token back every 6 s, and the test clock never moves. */
const SLOW_DOWN = 'Slow down a little — try again in 6 s.';

const { emulator, ask } = useTelegram({ app: { rateLimitRequests: 5 } });

const isSlowDown = (m: EmulatedMessage) => m.plainText === SLOW_DOWN;

describe('the rate limit per user (or per channel)', () => {
  it('a user who sends /predict too fast is asked to slow down, once', async () => {
    for (let i = 0; i < 8; i++) emulator.userSends(501, '/predict btc');
    const messages = await emulator.waitForBotMessages(
      501,
      (m) => m.filter(isSlowDown).length === 1 && m.filter((x) => !isSlowDown(x)).length === 5,
      WAIT_MS,
    );
    expect(messages.filter((m) => !isSlowDown(m)).every((m) => m.plainText.includes('BTC/USDT'))).toBe(true);
  });

  it('every command counts, /help and /start included, not just the ones that run a model', async () => {
    for (const command of ['/start', '/help', '/help', '/alerts', '/model', '/predict btc']) emulator.userSends(504, command);
    const messages = await emulator.waitForBotMessages(504, 6, WAIT_MS);
    expect(messages.filter(isSlowDown)).toHaveLength(1);
    expect(messages.some((m) => m.plainText.includes('BTC/USDT'))).toBe(false);
  });

  it('a channel without a user behind its posts is limited as one client', async () => {
    for (let i = 0; i < 6; i++) emulator.channelPosts(-1_005_050, '/help');
    const messages = await emulator.waitForBotMessages(-1_005_050, 6, WAIT_MS);
    expect(messages.filter(isSlowDown)).toHaveLength(1);
    expect(messages.filter((m) => m.plainText.startsWith('Commands'))).toHaveLength(5);
  });

  it("a user who types other bots' commands and unknown ones in a group is never told to slow down, and is still served", async () => {
    const chatter = ['/price@other_bot btc', '/Predict btc', '/foo', '/help@other_bot', '/predict_btc', '/', '/start@PriceBot'];
    for (const text of [...chatter, ...chatter]) emulator.userSends(-505, text, { id: 505 });
    const [reply] = await ask(-505, '/help@signals_test_bot');
    expect(reply?.plainText).toMatch(/^Commands/);
    expect(emulator.messages(-505)).toHaveLength(1);
  });

  it('another user is still served while one is limited', async () => {
    const [reply] = await ask(502, '/status');
    expect(reply?.plainText).toMatch(/Mood: \d+\/100/);
  });

  it('a user who keeps pressing buttons gets the notice once, and every press is answered', async () => {
    const [prediction] = await ask(503, '/predict btc');
    const button = prediction?.reply_markup?.inline_keyboard.flat()[0];
    if (!prediction || !button || !('callback_data' in button)) throw new Error('no button under the prediction');
    for (let i = 0; i < 4; i++) emulator.userSends(503, '/status');
    await emulator.waitForBotMessages(503, 5, WAIT_MS);

    const first = emulator.userPresses(503, prediction.message_id, button.callback_data);
    expect(await emulator.waitForCallbackAnswer(first.callback_query?.id ?? '', WAIT_MS)).toMatchObject({ text: SLOW_DOWN });
    const second = emulator.userPresses(503, prediction.message_id, button.callback_data);
    const answer = await emulator.waitForCallbackAnswer(second.callback_query?.id ?? '', WAIT_MS);
    expect(answer.text).toBeUndefined();
    await vi.waitFor(() => expect(emulator.messages(503)[0]?.editCount).toBe(0));
    expect(emulator.messages(503)).toHaveLength(5);
  });
});
