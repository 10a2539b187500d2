import pino from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { DeliveryWorker, deliveryApi } from '../../bot/delivery/deliveryWorker.js';
import type { EmulatedMessage } from '../support/botApiEmulator.js';
import { drive } from '../support/fanout.js';
import { MARKET_NOW, TEST_PAIRS, syntheticMarket } from '../support/syntheticMarket.js';
import { useTelegram } from '../support/telegramHarness.js';

const ADMIN = 900;
const CHATS = [901, 902, 903];
const MIN_CONFIDENCE = 0.36;
const HOUR = 3_600_000;

/** The app's, the exchange's and the delivery worker's clock. */
const clock = { now: MARKET_NOW };
const { testApp, emulator, token, replyText: ask } = useTelegram({
  app: {
    adminUserIds: [ADMIN],
    alertMinConfidence: MIN_CONFIDENCE,
    // The market goes on for 14 hours after MARKET_NOW, so the clock can be moved past the alerts' horizon.
    candles: syntheticMarket(200, MARKET_NOW + 14 * HOUR),
    now: () => clock.now,
  },
});
let worker: DeliveryWorker;

beforeAll(() => {
  const { outbox, subscriptions, metrics } = testApp.app;
  worker = new DeliveryWorker({ outbox, subscriptions, api: deliveryApi(token, emulator.apiRoot), metrics, log: pino({ level: 'silent' }), now: () => clock.now });
});

const alertsIn = (chatId: number): EmulatedMessage[] =>
  emulator.messages(chatId).filter((m) => m.plainText.startsWith('🔔 New'));

describe('alerts end to end', () => {
  let expected: string[];

  it('a user who is not an admin cannot run /sweep', async () => {
    expect(await ask(CHATS[0]!, '/sweep')).toBe('This command is for admins.');
  });

  it('an admin runs /sweep and every subscribed chat receives each qualifying alert once', async () => {
    const pairs = Object.keys(TEST_PAIRS);
    for (const chat of CHATS) expect(await ask(chat, `/subscribe ${pairs.map((p) => p.split('/')[0]).join(' ')} 1h`)).toContain('BTC/USDT');
    expected = [];
    for (const symbol of pairs) {
      const p = await testApp.app.service.predict(symbol, '1h');
      if (p.direction !== 'NO_TRADE' && p.confidence >= MIN_CONFIDENCE) expected.push(`${symbol} · 1h`);
    }
    expect(expected.length).toBeGreaterThan(0);

    const answer = await ask(ADMIN, '/sweep 1h');
    expect(answer.split('\n').slice(0, 2)).toEqual([
      '🧹 Sweep done',
      `1h: ${pairs.length} pairs · ${expected.length} new alerts · 0 failed`,
    ]);
    await drive(worker, clock);
    for (const chat of CHATS) {
      const titles = alertsIn(chat).map((m) => m.plainText.split('\n')[1]);
      expect(titles.sort()).toEqual([...expected].sort());
    }
  });

  it('a second /sweep of the same candle sends nothing new', async () => {
    expect((await ask(ADMIN, '/sweep 1h')).split('\n')[1]).toBe(`1h: ${Object.keys(TEST_PAIRS).length} pairs · 0 new alerts · 0 failed`);
    await drive(worker, clock);
    for (const chat of CHATS) expect(alertsIn(chat)).toHaveLength(expected.length);
  });

  it("once the horizon has passed, /sweep resolves the alerts and each chat gets the outcome as a reply to its alert", async () => {
    clock.now = MARKET_NOW + 13 * HOUR;
    const answer = await ask(ADMIN, '/sweep 1h');
    // This sweep also alerts on the new candle; those alerts are the only trades still open.
    const opened = Number(/ · (\d+) new alerts · /.exec(answer)?.[1]);
    expect(answer).toMatch(new RegExp(`\\nOutcomes: ${expected.length} resolved · ${opened} still open · 0 failed\\n`));
    await drive(worker, clock);
    for (const chat of CHATS) {
      const alertIds = new Map(alertsIn(chat).map((m) => [m.message_id, m.plainText.split('\n')[1]!.split(' · ')[0]]));
      const replies = emulator.calls.filter(
        (c) => c.method === 'sendMessage' && Number(c.payload.chat_id) === chat && c.payload.reply_parameters !== undefined,
      );
      expect(replies).toHaveLength(expected.length);
      for (const call of replies) {
        const target = (call.payload.reply_parameters as { message_id: number }).message_id;
        // Threaded under this chat's alert for the same pair.
        expect(String(call.payload.text)).toContain(`<b>${alertIds.get(target)} · 1h</b>`);
        expect(String(call.payload.text)).toMatch(/^(✅ TP1 reached( \(the price ran on to TP2\))?|🎯 TP1 reached \(the price ran on to TP3\)|🛑 Stopped out|⌛ Expired) · /);
      }
    }
  });

  it('a user reads /performance and /status and sees the resolved alerts', async () => {
    const text = await ask(CHATS[1]!, '/performance 1h');
    const lines = text.split('\n');
    expect(lines[0]).toBe('📊 Performance · 1h alerts');
    expect(lines).toContain('Last 7 days');
    const totals = lines.find((l) => l.startsWith('Signals '))!;
    expect(totals).toMatch(new RegExp(`^Signals \\d+ · resolved ${expected.length} · \\d+ wins?, \\d+ stops?, \\d+ expired · P&L [+−]\\d+\\.\\d\\d%$`));
    const [wins, stops, expired] = /(\d+) wins?, (\d+) stops?, (\d+) expired/.exec(totals)!.slice(1).map(Number);
    expect(wins! + stops! + expired!).toBe(expected.length);
    expect(lines).toContainEqual(expect.stringMatching(/^(Win rate \d+\.\d% vs break-even \d+\.\d%|No win or stop yet) · mean net [+−]\d+\.\d\d%/));
    expect(lines).toContain('By confidence:');
    expect(lines).toContainEqual(expect.stringMatching(/^• 1h: \d+ wins?, \d+ stops?, \d+ expired · .* on \d+ calls?$/));
    const status = (await ask(CHATS[1]!, '/status')).split('\n');
    expect(status[2]).toMatch(
      new RegExp(`^Paper trading, last 7 days: ${expected.length} closed, win rate \\d+%, P&L [+−]\\d+\\.\\d\\d% · \\d+ opened in the last hour\\.$`),
    );
    expect(await ask(CHATS[1]!, '/performance 2w')).toBe('Unknown timeframe "2w". Use one of 15m, 1h, 4h, 1d — for example /performance 1h.');
  });
});
