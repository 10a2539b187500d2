import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { Metrics } from '../../app/metrics.js';
import { DeliveryWorker, deliveryApi } from '../../bot/delivery/deliveryWorker.js';
import { AlertOutbox, type NewAlert } from '../../storage/alertOutbox.js';
import { openDatabase, type SqliteDatabase } from '../../storage/database.js';
import { SignalsRepository } from '../../storage/signalsRepository.js';
import { SubscriptionsRepository } from '../../storage/subscriptionsRepository.js';
import { startBotApiEmulator, type BotApiEmulator } from './botApiEmulator.js';
import { samplePrediction } from './samplePrediction.js';

/** The token the fan-out's emulator accepts: give it to a bot process that should deliver there. */
export const FANOUT_TOKEN = '123456789:fanout-token-abcdefghijklmnopqrstuvwxyz';
export const CANDLE_TIME = Date.UTC(2026, 10, 20, 12);
/** How the alert's card names its candle: "Based on the 1h candle of 2026-11-20 12:00 UTC". */
const CANDLE_LABEL = `${new Date(CANDLE_TIME).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
const PAIR = { symbol: 'BTC/USDT', timeframe: '1h' } as const;

/** The stores of one process on the shared SQLite file; a restarted process opens its own. */
export interface Stores {
  db: SqliteDatabase;
  subscriptions: SubscriptionsRepository;
  outbox: AlertOutbox;
}

export interface FanoutSetup {
  path: string;
  emulator: BotApiEmulator;
  /** Chats subscribed to BTC/USDT 1h, each opened in the emulator. */
  chatIds: number[];
  alert: NewAlert;
  /** Opens the database as a (re)started process does. */
  open(): Stores;
  /** A delivery worker of a process on `stores`, sending to the emulator; its clock is `now` unless given. */
  worker(stores: Stores, clock?: () => number): DeliveryWorker;
  /** What every worker of the setup counted: deliveries by result, 429s. */
  metrics: Metrics;
  /** The alert messages a chat got. */
  alertsIn(chatId: number): number;
  /** sendMessage calls the emulator saw, in order. */
  sends(): Array<{ chatId: number; status: number; at: number }>;
  close(): Promise<void>;
}

/**
 * `subscribers` chats following BTC/USDT 1h on a temp SQLite file, one stored signal for the alert, and
 * a Bot API emulator on 127.0.0.1 that timestamps calls with `now` (a fake clock, or the real one).
 */
export async function startFanout({ subscribers, now = Date.now }: { subscribers: number; now?: () => number }): Promise<FanoutSetup> {
  const path = join(mkdtempSync(join(tmpdir(), 'fanout-')), 'signals.sqlite');
  const open = (): Stores => {
    const db = openDatabase(path);
    return { db, subscriptions: new SubscriptionsRepository(db, now), outbox: new AlertOutbox(db, now) };
  };
  const setup = open();
  const signalId = new SignalsRepository(setup.db, now).record({
    origin: 'alert', ...PAIR, candleTime: CANDLE_TIME, modelVersion: 'direction-1h@test', direction: 'LONG',
    confidence: 0.71, pLong: 0.71, pNoTrade: 0.2, pShort: 0.09, entry: 43_000, atr: 250, stopLoss: 42_500,
    tp1: 43_500, tp2: 44_000, tp3: 44_500, tpEtaMinutes: 180, validUntil: CANDLE_TIME + 7_200_000,
  });
  const chatIds = Array.from({ length: subscribers }, (_, k) => 10_001 + k);
  setup.db.transaction(() => {
    for (const chatId of chatIds) setup.subscriptions.subscribe(chatId, [PAIR], 50);
  })();
  setup.db.close();

  const emulator = await startBotApiEmulator({ token: FANOUT_TOKEN, now });
  for (const chatId of chatIds) emulator.openChat(chatId);
  const alert: NewAlert = {
    signalId, ...PAIR, candleTime: CANDLE_TIME,
    event: { kind: 'alert', prediction: samplePrediction({ ...PAIR, candleTime: CANDLE_TIME }) },
  };
  const log = pino({ level: 'silent' });
  const metrics = new Metrics();
  return {
    path,
    emulator,
    chatIds,
    alert,
    open,
    worker: ({ outbox, subscriptions }, clock = now) =>
      new DeliveryWorker({ outbox, subscriptions, api: deliveryApi(FANOUT_TOKEN, emulator.apiRoot), metrics, log, now: clock }),
    metrics,
    // This alert's messages only: a real process's own sweep may alert on the same pair, on a newer candle.
    alertsIn: (chatId) =>
      emulator.messages(chatId).filter((m) => m.plainText.startsWith('🔔 New buy signal\nBTC/USDT · 1h') && m.plainText.includes(CANDLE_LABEL))
        .length,
    sends: () =>
      emulator.calls
        .filter((c) => c.method === 'sendMessage')
        .map((c) => ({ chatId: Number(c.payload.chat_id), status: c.status, at: c.at })),
    close: () => emulator.close(),
  };
}

/** Drives a worker by its ticks on a fake clock until nothing is pending or `stop` says so. */
export async function drive(
  worker: DeliveryWorker,
  clock: { now: number },
  stop: () => boolean = () => false,
  maxTicks = 100_000,
): Promise<void> {
  for (let k = 0; k < maxTicks && !stop(); k++) {
    const next = await worker.tick();
    if (next === null) return;
    clock.now = Math.max(clock.now, next);
  }
  if (!stop()) throw new Error(`the worker still had deliveries after ${maxTicks} ticks`);
}

/** The most sends in any one-second window [t, t + 1 s). */
export function maxPerSecond(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; j < sorted.length; j++) {
    while (sorted[j]! - sorted[i]! >= 1000) i++;
    most = Math.max(most, j - i + 1);
  }
  return most;
}
