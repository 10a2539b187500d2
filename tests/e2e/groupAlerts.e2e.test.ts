import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { DeliveryWorker, deliveryApi } from '../../bot/delivery/deliveryWorker.js';
import { GROUP_ADMINS_ONLY } from '../../bot/groupAdmins.js';
import { drive } from '../support/fanout.js';
import { samplePrediction } from '../support/samplePrediction.js';
import { MARKET_NOW } from '../support/syntheticMarket.js';
import { useTelegram, WAIT_MS } from '../support/telegramHarness.js';

const GROUP = -4_001;
const ADMIN = { id: 77 };
const MEMBER = { id: 78 };

const { testApp, emulator, token } = useTelegram();

/** Sends `text` to the group as `from` and resolves with the bot's next message there. */
async function inGroup(chatId: number, text: string, from: { id: number } | 'anonymous admin'): Promise<string> {
  const before = emulator.messages(chatId).length;
  if (from === 'anonymous admin') emulator.userSends(chatId, text, undefined, { asChat: true });
  else emulator.userSends(chatId, text, from);
  const messages = await emulator.waitForBotMessages(chatId, before + 1, WAIT_MS);
  return messages.at(-1)!.plainText;
}

describe("a group's alerts belong to its admins", () => {
  it('a member who is not an admin cannot subscribe or unsubscribe the group, and is told why', async () => {
    emulator.setChatAdmins(GROUP, [ADMIN.id]);
    expect(await inGroup(GROUP, '/subscribe BTC 1h', MEMBER)).toBe(GROUP_ADMINS_ONLY);
    expect(testApp.app.subscriptions.list(GROUP)).toEqual([]);
    expect(await inGroup(GROUP, '/subscribe BTC 1h', ADMIN)).toContain('Subscribed to BTC/USDT');
    expect(await inGroup(GROUP, '/unsubscribe all', MEMBER)).toBe(GROUP_ADMINS_ONLY);
    expect(testApp.app.subscriptions.list(GROUP)).toEqual([{ symbol: 'BTC/USDT', timeframe: '1h' }]);
  });

  it("a member may read /alerts, but only an admin's press on a mute button changes anything", async () => {
    await inGroup(GROUP, '/alerts', MEMBER);
    const view = emulator.messages(GROUP).at(-1)!;
    const mute = view.reply_markup?.inline_keyboard.flat().find((b) => 'callback_data' in b && /signal/i.test(b.text));
    if (!mute || !('callback_data' in mute)) throw new Error('no mute button under /alerts');

    const refused = emulator.userPresses(GROUP, view.message_id, mute.callback_data, MEMBER);
    expect(await emulator.waitForCallbackAnswer(refused.callback_query!.id, WAIT_MS)).toMatchObject({ text: GROUP_ADMINS_ONLY, show_alert: true });
    expect(testApp.app.subscriptions.mutes(GROUP).signals).toBe(false);

    const accepted = emulator.userPresses(GROUP, view.message_id, mute.callback_data, ADMIN);
    expect((await emulator.waitForCallbackAnswer(accepted.callback_query!.id, WAIT_MS)).text).toMatch(/muted/);
    expect(testApp.app.subscriptions.mutes(GROUP).signals).toBe(true);
  });

  it('an anonymous admin, posting as the group, is an admin', async () => {
    expect(await inGroup(GROUP, '/subscribe ETH 4h', 'anonymous admin')).toContain('Subscribed to ETH/USDT');
  });
});

describe('a group that becomes a supergroup', () => {
  const OLD = -4_002;
  const NEW = -1_000_000_004_002;

  it('keeps its subscriptions and settings under the new chat id', async () => {
    emulator.setChatAdmins(OLD, [ADMIN.id]);
    expect(await inGroup(OLD, '/subscribe ETH 1h', ADMIN)).toContain('Subscribed to ETH/USDT');
    emulator.upgradeToSupergroup(OLD, NEW);
    await expect.poll(() => testApp.app.subscriptions.list(NEW), { timeout: WAIT_MS }).toEqual([{ symbol: 'ETH/USDT', timeframe: '1h' }]);
    expect(testApp.app.subscriptions.list(OLD)).toEqual([]);
    expect(await inGroup(NEW, '/alerts', ADMIN)).toContain('ETH/USDT');
  });

  it('an alert queued for the old id before the bot heard of the upgrade reaches the new chat once', async () => {
    const OLDER = -4_003;
    const NEWER = -1_000_000_004_003;
    emulator.openChat(OLDER);
    testApp.app.subscriptions.subscribe(OLDER, [{ symbol: 'BTC/USDT', timeframe: '1h' }], 50);
    const signalId = testApp.app.signals.record({
      origin: 'alert', symbol: 'BTC/USDT', timeframe: '1h', candleTime: MARKET_NOW, modelVersion: 'crafted', direction: 'LONG',
      confidence: 0.6, pLong: 0.6, pNoTrade: 0.3, pShort: 0.1, entry: 100, atr: 1, stopLoss: 98, tp1: 102, tp2: 104, tp3: 106,
      tpEtaMinutes: 60, validUntil: MARKET_NOW + 3_600_000,
    });
    const event = { kind: 'alert' as const, prediction: samplePrediction({ candleTime: MARKET_NOW }) };
    testApp.app.outbox.enqueueAlert({ signalId, symbol: 'BTC/USDT', timeframe: '1h', candleTime: MARKET_NOW, event }, [OLDER]);
    emulator.upgradeToSupergroup(OLDER, NEWER);

    const clock = { now: MARKET_NOW };
    const worker = new DeliveryWorker({
      outbox: testApp.app.outbox, subscriptions: testApp.app.subscriptions, api: deliveryApi(token, emulator.apiRoot),
      metrics: testApp.app.metrics, log: pino({ level: 'silent' }), now: () => clock.now,
    });
    await drive(worker, clock);
    expect(emulator.messages(NEWER).filter((m) => m.plainText.startsWith('🔔'))).toHaveLength(1);
    expect(emulator.messages(OLDER)).toEqual([]);
    expect(testApp.app.subscriptions.list(NEWER)).toEqual([{ symbol: 'BTC/USDT', timeframe: '1h' }]);
  });
});
