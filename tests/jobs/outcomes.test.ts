import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Candle } from '../../market/candle.js';
import type { Timeframe } from '../../market/timeframes.js';
import { MoodSnapshotsRepository } from '../../storage/moodSnapshotsRepository.js';
import { PaperTradesRepository } from '../../storage/paperTradesRepository.js';
import { formatOutboxEvent } from '../../bot/formatOutboxEvent.js';
import { decodeEvent } from '../../storage/outboxEvents.js';
import { samplePrediction } from '../support/samplePrediction.js';
import { syntheticCandles } from '../../market/syntheticCandles.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import { langFor } from '../../bot/i18n/chatLocale.js';

const HOUR = 3_600_000;
/** Open time of the 1h candle every crafted signal entered at the close of (entry 100). */
const ENTRY = Date.UTC(2026, 10, 20, 0);
const FEE = 0.001;

type Bar = { h: number; l: number; c: number };
const flat = (c: number): Bar => ({ h: c + 0.3, l: c - 0.3, c });

/** Candles after the entry, k = 1, 2, …; filled flat at the last close up to k = 14. */
function path(side: 'LONG' | 'SHORT', bars: Bar[]) {
  const filled = [...bars];
  while (filled.length < 14) filled.push(flat(filled.at(-1)!.c));
  const candles: Candle[] = [{ time: ENTRY, open: 100, high: 100.2, low: 99.8, close: 100, volume: 10 }];
  filled.forEach((b, k) => candles.push({ time: ENTRY + (k + 1) * HOUR, open: candles.at(-1)!.close, high: b.h, low: b.l, close: b.c, volume: 10 }));
  return { side, candles };
}

/** Entry 100, ATR 1, a = b = 2: LONG stop 98, TPs 102/104/106; SHORT mirrors it. */
const PAIRS = {
  // TP1 and TP2 in the second candle: a win, closed at TP1 (the outcome notes that candle reached TP2).
  'TPA/USDT': path('LONG', [{ h: 101, l: 99.5, c: 100.5 }, { h: 104.5, l: 100, c: 104 }, { h: 106.5, l: 103, c: 106 }]),
  // The stop in the second candle, before any take-profit.
  'SLA/USDT': path('LONG', [{ h: 100.5, l: 99, c: 99.5 }, { h: 99.6, l: 97.9, c: 98.2 }]),
  // One candle touches TP1 and the stop: the stop wins.
  'BOTH/USDT': path('LONG', [{ h: 102.5, l: 97.5, c: 100 }]),
  // Nothing touched in 12 candles: expired at the close of the 12th.
  'EXP/USDT': path('LONG', [...Array<Bar>(11).fill({ h: 101, l: 99.2, c: 100.5 }), { h: 101, l: 100.5, c: 100.8 }]),
  // A short reaches TP1 at once: a win, closed at TP1 whatever follows.
  'TPS/USDT': path('SHORT', [{ h: 100.5, l: 97.8, c: 98.5 }, ...Array<Bar>(11).fill({ h: 99.5, l: 98.2, c: 99 })]),
};

let clock = ENTRY;
let testApp: TestApp;
let paperTrades: PaperTradesRepository;
const signalIds = new Map<string, number>();
const ALERT_CHAT = 700;
const MUTED_CHAT = 701;
const ALERT_MESSAGE_ID = 4242;

beforeAll(async () => {
  const book = new Map<string, Map<Timeframe, Candle[]>>(
    Object.entries(PAIRS).map(([symbol, { candles }]) => [symbol, new Map([['1h', candles]])]),
  );
  // The mood reads STATUS_PAIR's market after each run.
  book.set('BTC/USDT', new Map([['1h', syntheticCandles({ count: 800, timeframe: '1h', end: ENTRY + 14 * HOUR, startPrice: 43_000 })]]));
  testApp = await startTestApp({ candles: book, now: () => clock });
  const { app } = testApp;
  paperTrades = new PaperTradesRepository(app.db);
  for (const [symbol, { side }] of Object.entries(PAIRS)) {
    const sign = side === 'LONG' ? 1 : -1;
    const id = app.signals.record({
      origin: 'alert', symbol, timeframe: '1h', candleTime: ENTRY, modelVersion: 'crafted', direction: side,
      confidence: 0.42, pLong: side === 'LONG' ? 0.42 : 0.29, pNoTrade: 0.29, pShort: side === 'SHORT' ? 0.42 : 0.29,
      entry: 100, atr: 1, stopLoss: 100 - sign * 2, tp1: 100 + sign * 2, tp2: 100 + sign * 4, tp3: 100 + sign * 6,
      tpEtaMinutes: 360, validUntil: ENTRY + 2 * HOUR,
    });
    paperTrades.open(id, 1, ENTRY + HOUR);
    signalIds.set(symbol, id);
  }
  // The TPA alert reached two chats; one of them mutes outcome messages.
  for (const chat of [ALERT_CHAT, MUTED_CHAT]) app.subscriptions.subscribe(chat, [{ symbol: 'TPA/USDT', timeframe: '1h' }], 50);
  app.subscriptions.setMuted(MUTED_CHAT, 'outcomes', true);
  app.outbox.enqueueAlert(
    { signalId: signalIds.get('TPA/USDT')!, symbol: 'TPA/USDT', timeframe: '1h', candleTime: ENTRY, event: { kind: 'alert', prediction: samplePrediction({ symbol: 'TPA/USDT', candleTime: ENTRY }) } },
    [ALERT_CHAT, MUTED_CHAT],
  );
  for (let sent = app.outbox.nextDue(clock); sent; sent = app.outbox.nextDue(clock)) app.outbox.markSent(sent.id, ALERT_MESSAGE_ID);
});

afterAll(() => testApp?.close());

function outcomes(): Record<string, { outcome: string; hit: number; exit: string; exitPrice: number; netReturn: number }> {
  const rows = testApp.app.db
    .prepare(
      `SELECT s.symbol, o.outcome, o.hit, o.exit, o.exit_price AS exitPrice, o.net_return AS netReturn
       FROM signal_outcomes o JOIN signals s ON s.id = o.signal_id`,
    )
    .all() as { symbol: string; outcome: string; hit: number; exit: string; exitPrice: number; netReturn: number }[];
  return Object.fromEntries(rows.map(({ symbol, ...rest }) => [symbol, rest]));
}

describe('the outcome job on crafted candles', () => {
  it('resolves wins at TP1, stops and both-in-one-candle as soon as they happen, and leaves the rest open', async () => {
    clock = ENTRY + 4 * HOUR + 30_000; // the third candle after the entry has closed
    const report = await testApp.app.jobs.resolveOutcomes(clock);
    expect(report.failures).toEqual([]);
    expect(report.open).toBe(1);
    const result = outcomes();
    expect(Object.keys(result).sort()).toEqual(['BOTH/USDT', 'SLA/USDT', 'TPA/USDT', 'TPS/USDT']);
    expect(result['TPA/USDT']).toMatchObject({ outcome: 'TP2', hit: 1, exit: 'tp1', exitPrice: 102 });
    expect(result['TPA/USDT']!.netReturn).toBeCloseTo(0.02 - FEE * (1 + 1.02), 10);
    expect(result['TPS/USDT']).toMatchObject({ outcome: 'TP1', hit: 1, exit: 'tp1', exitPrice: 98 });
    expect(result['TPS/USDT']!.netReturn).toBeCloseTo(0.02 - FEE * (1 + 0.98), 10);
    expect(result['SLA/USDT']).toMatchObject({ outcome: 'SL', hit: 0, exit: 'stop', exitPrice: 98 });
    expect(result['SLA/USDT']!.netReturn).toBeCloseTo(-0.02 - FEE * (1 + 0.98), 10);
    expect(result['BOTH/USDT']).toMatchObject({ outcome: 'SL', hit: 0, exit: 'stop', exitPrice: 98 });
    expect(paperTrades.record(0, 0)).toMatchObject({ closedTrades: 4, wins: 2 });
  });

  it('threads the outcome under the alert for the chat that keeps outcome messages on', () => {
    const replies = testApp.app.db
      .prepare("SELECT chat_id AS chatId, reply_to_message_id AS replyTo, event FROM deliveries WHERE kind = 'outcome'")
      .all() as { chatId: number; replyTo: number; event: string }[];
    expect(replies.map(({ event, ...reply }) => ({ ...reply, html: formatOutboxEvent(decodeEvent(event), langFor('en')) }))).toEqual([
      {
        chatId: ALERT_CHAT,
        replyTo: ALERT_MESSAGE_ID,
        html: '✅ TP1 reached (the price ran on to TP2) · <b>TPA/USDT · 1h</b> LONG\nPaper trade closed at TP1 <code>102</code> after 2 ' +
          'candles: <b>+1.80%</b> after fees.',
      },
    ]);
  });

  it('expires a trade with no barrier touched at the last close, once the horizon has passed', async () => {
    clock = ENTRY + 12 * HOUR + 30_000; // the 11th candle has closed: not yet
    expect((await testApp.app.jobs.resolveOutcomes(clock)).resolved).toEqual([]);

    clock = ENTRY + 13 * HOUR + 30_000; // the 12th, the last of the horizon, has closed
    const report = await testApp.app.jobs.resolveOutcomes(clock);
    expect(report.resolved.map((r) => r.symbol)).toEqual(['EXP/USDT']);
    expect(report.open).toBe(0);
    const result = outcomes();
    expect(result['EXP/USDT']).toMatchObject({ outcome: 'EXPIRED', hit: 0, exit: 'expiry', exitPrice: 100.8 });
    expect(result['EXP/USDT']!.netReturn).toBeCloseTo(0.008 - FEE * (1 + 1.008), 10);

    // Every paper trade is closed, and the mood took a snapshot with the record it read.
    expect(paperTrades.record(0, 0)).toMatchObject({ closedTrades: 5, wins: 3, tradesLastHour: 5 });
    expect(new MoodSnapshotsRepository(testApp.app.db).latest()).toMatchObject({ closedTrades: 5, wins: 3 });
    // Nothing is left to walk.
    expect((await testApp.app.jobs.resolveOutcomes(clock)).resolved).toEqual([]);
  });
});
