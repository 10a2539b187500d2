import pino from 'pino';
import { describe, expect, it, vi } from 'vitest';
import { MarketDataError } from '../../market/errors.js';
import { useTelegram, WAIT_MS } from '../support/telegramHarness.js';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const logLines: string[] = [];
const { emulator, testApp, ask } = useTelegram({
  deps: (real) => ({
    ...real,
    log: pino({ level: 'warn' }, { write: (line: string) => void logLines.push(line) }),
    // BCH stands for a pair whose chart candles cannot be fetched.
    recentCandles: (symbol, timeframe, count) =>
      symbol === 'BCH/USDT'
        ? Promise.reject(new MarketDataError('exchange down'))
        : real.recentCandles(symbol, timeframe, count),
  }),
  runner: { runner: { fetch: { allowed_updates: ['message', 'callback_query'] } } },
});

function klineRequests(binanceSymbol: string, interval: string): number {
  return testApp.exchange.requests.filter(
    (r) => r.startsWith('/api/v3/klines') && r.includes(`symbol=${binanceSymbol}`) && r.includes(`interval=${interval}`),
  ).length;
}

describe('a chart under /predict', () => {
  it('a user asks for /predict eth 4h and gets levels and a chart', async () => {
    const [text] = await ask(201, '/predict eth 4h');
    const fetchedForPrediction = klineRequests('ETHUSDT', '4h');
    const [, chart] = await emulator.waitForBotMessages(201, 2, WAIT_MS);

    expect(text?.photo).toBeUndefined();
    expect(text?.plainText).toContain('ETH/USDT · 4h');
    expect(text?.plainText).toMatch(/Entry: [\d,.]+|Last close: [\d,.]+/);
    const png = chart?.photo;
    if (!Buffer.isBuffer(png)) throw new Error('the chart was not uploaded as a file');
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1000, 640]);
    expect(chart?.caption).toMatch(/^ETH\/USDT · 4h · (LONG|SHORT|NO TRADE) \d+%/);
    expect(emulator.chatActions).toContainEqual({ chat_id: 201, action: 'upload_photo' });
    // The chart reuses the candles the prediction fetched.
    expect(klineRequests('ETHUSDT', '4h')).toBe(fetchedForPrediction);
  });

  it('a user still gets the levels when the chart cannot be made', async () => {
    const [reply] = await ask(202, '/predict bch 4h');
    expect(reply?.plainText).toContain('BCH/USDT · 4h');
    await vi.waitFor(() => expect(logLines.join('')).toContain('"msg":"chart not sent"'), { timeout: WAIT_MS });
    expect(emulator.messages(202)).toHaveLength(1);
    expect(emulator.calls.filter((c) => c.method === 'sendPhoto')).not.toContainEqual(
      expect.objectContaining({ payload: expect.objectContaining({ chat_id: 202 }) }),
    );
  });

  it('a user who names no timeframe gets the text only', async () => {
    emulator.userSends(203, '/predict eth');
    await ask(204, '/predict eth 1h', 2);
    expect(emulator.messages(203)).toHaveLength(1);
  });
});
