import { describe, expect, it } from 'vitest';
import type { EmulatedMessage } from '../support/botApiEmulator.js';
import { useTelegram, WAIT_MS } from '../support/telegramHarness.js';

const { emulator, ask } = useTelegram({ runner: { runner: { fetch: { allowed_updates: ['message', 'callback_query'] } } } });

const CALL = '(?:🟢 LONG|🔴 SHORT|⚪ NO TRADE)';
const CONFLUENCE = /\n(All 4 timeframes (lean (LONG|SHORT)|see no trade)|[23] of 4 timeframes (lean (LONG|SHORT)|see no trade)|Mixed: .+)\n/;

/** Presses the button labelled `label` under `message` and waits until the press is answered. */
async function press(chatId: number, message: EmulatedMessage | undefined, label: string): Promise<EmulatedMessage> {
  const button = message?.reply_markup?.inline_keyboard.flat().find((b) => b.text === label);
  if (!message || !button || !('callback_data' in button)) throw new Error(`no "${label}" button`);
  const update = emulator.userPresses(chatId, message.message_id, button.callback_data);
  const answer = await emulator.waitForCallbackAnswer(update.callback_query?.id ?? '', WAIT_MS);
  expect(answer.show_alert).toBeUndefined();
  const edited = emulator.messages(chatId).find((m) => m.message_id === message.message_id);
  if (!edited) throw new Error('the message is gone');
  return edited;
}

const labels = (m: EmulatedMessage | undefined) => m?.reply_markup?.inline_keyboard.map((row) => row.map((b) => b.text));

describe('/predict SYMBOL: every timeframe at once', () => {
  it('a user asks for /predict btc and gets a summary of four timeframes', async () => {
    const [summary] = await ask(601, '/predict btc');
    const text = summary?.plainText ?? '';

    expect(text).toMatch(new RegExp(`^BTC/USDT · all timeframes\\n15m ${CALL} \\d+%\\n1h  ${CALL} \\d+%\\n4h  ${CALL} \\d+%\\n1d  ${CALL} \\d+%\\n`));
    expect(text).toMatch(CONFLUENCE);
    expect(text).toMatch(/Last close \(15m\): [\d,.]+/);
    expect(text).toContain('not financial advice');
    expect(labels(summary)).toEqual([['15m', '1h', '4h', '1d']]);
  });

  it('a user opens a timeframe from the summary and reads the same call there, in detail', async () => {
    const [summary] = await ask(602, '/predict eth');
    const [, mark, direction, confidence] = /\n4h {2}(\S+) (LONG|SHORT|NO TRADE) (\d+%)\n/.exec(summary?.plainText ?? '') ?? [];
    if (!direction) throw new Error('no 4h line in the summary');
    const detail = await press(602, summary, '4h');

    expect(detail.editCount).toBe(1);
    expect(detail.plainText).toContain(`ETH/USDT · 4h\n${mark} ${direction} · confidence ${confidence}\n`);
    expect(labels(detail)).toEqual([['15m', '1h', '4h ✓', '1d'], ['Why?', 'All timeframes']]);
    // And back again.
    const back = await press(602, detail, 'All timeframes');
    expect(back.plainText).toBe(summary?.plainText);
    expect(emulator.messages(602)).toHaveLength(1);
  });

  it('a user asks why and reads the indicators behind the call', async () => {
    const [detail] = await ask(603, '/predict eth 4h', 2);
    const explained = await press(603, detail, 'Why?');
    const text = explained.plainText;

    expect(explained.editCount).toBe(1);
    expect(text).toMatch(/^ETH\/USDT · 4h\n/);
    expect(text).toMatch(/\nWhy (LONG|SHORT|NO TRADE) on ETH\/USDT · 4h\?\n/);
    expect(text).toMatch(/\n• RSI \d+ \((overbought|oversold|neutral)\) — /);
    expect(text).toMatch(/\n• MACD histogram (positive|negative|at zero) and (rising|falling)/);
    expect(text).toMatch(/\n• Volume [+−][\d.]+σ against its 20-candle average \((high|normal|low)\) — /);
    expect(text).toMatch(/\n• Volatility ATR [\d.]+% of price, [\d.]+× its median of the last \d+ candles/);
    expect(text).toMatch(/\n• Market BTC (up|down) [\d.]+σ and the basket (up|down) [\d.]+σ over 16 candles, \d+% of the basket up over 20 — /);
    expect(text).toMatch(/\n(Behind the (LONG|SHORT|NO TRADE) call: |None of these pushed toward)/);
    expect(text).toContain('These are the readings the model saw and how it leaned on them');
    expect(labels(explained)).toEqual([['15m', '1h', '4h ✓', '1d'], ['All timeframes']]);
    // The text and the chart; the explanation replaced the text in place.
    expect(emulator.messages(603)).toHaveLength(2);
  });

  it('/predict BTC 1h why explains in one go', async () => {
    const [reply, chart] = await ask(604, '/predict BTC 1h why', 2);
    expect(reply?.plainText).toMatch(/^BTC\/USDT · 1h\n.* · confidence \d+%/);
    expect(reply?.plainText).toMatch(/\nWhy (LONG|SHORT|NO TRADE) on BTC\/USDT · 1h\?\n[^]*• RSI [^]*• MACD [^]*• Volume [^]*• Volatility /);
    expect(chart?.photo).toBeInstanceOf(Buffer);
  });

  it('a user who asks why without a timeframe is told how to ask', async () => {
    const [reply] = await ask(605, '/predict btc why');
    expect(reply?.plainText).toBe('Which timeframe should I explain? Type for example /predict BTC 1h why.');
  });
});
