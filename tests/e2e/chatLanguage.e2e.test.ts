import pino from 'pino';
import { describe, expect, it, vi } from 'vitest';
import { DeliveryWorker, deliveryApi } from '../../bot/delivery/deliveryWorker.js';
import type { Lang } from '../../bot/i18n/chatLocale.js';
import { langFor } from '../../bot/i18n/chatLocale.js';
import type { OutboxEvent } from '../../storage/outboxEvents.js';
import { drive } from '../support/fanout.js';
import { samplePrediction } from '../support/samplePrediction.js';
import { MARKET_NOW } from '../support/syntheticMarket.js';
import { useTelegram, WAIT_MS } from '../support/telegramHarness.js';

/** The language the delivery worker renders each outbox event in, by the text it rendered. */
const rendered = vi.hoisted(() => [] as Array<{ locale: string; text: string }>);
vi.mock('../../bot/formatOutboxEvent.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../bot/formatOutboxEvent.js')>();
  return {
    formatOutboxEvent: (event: OutboxEvent, lang: Lang) => {
      const text = real.formatOutboxEvent(event, lang);
      rendered.push({ locale: lang.locale, text });
      return text;
    },
  };
});

const { testApp, emulator, token } = useTelegram();

const ENGLISH = { language_code: 'en' };
const INDONESIAN = { language_code: 'id' };

/** `from` sends `text` in `chatId`; resolves with the plain text of the bot's next message there. */
async function say(chatId: number, text: string, from: Record<string, unknown>): Promise<string> {
  const before = emulator.messages(chatId).length;
  emulator.userSends(chatId, text, from);
  const messages = await emulator.waitForBotMessages(chatId, before + 1, WAIT_MS);
  return messages.at(-1)!.plainText;
}

/** `from` presses the button labelled `label` under the chat's last bot message; resolves with the answer. */
async function press(chatId: number, label: string, from: Record<string, unknown>) {
  const message = emulator.messages(chatId).at(-1)!;
  const button = message.reply_markup?.inline_keyboard.flat().find((b) => b.text.endsWith(label));
  if (!button || !('callback_data' in button)) throw new Error(`no "${label}" button`);
  const update = emulator.userPresses(chatId, message.message_id, button.callback_data, from);
  return emulator.waitForCallbackAnswer(update.callback_query!.id, WAIT_MS);
}

describe('errors in the reader’s language', () => {
  it('a user whose Telegram is in Indonesian mistypes a symbol and is told so in Indonesian', async () => {
    expect(await say(801, '/risk BTH', INDONESIAN)).toMatch(/^Simbol BTH\/USDT tidak dikenal\. Maksudnya .*BTC\/USDT.*\?$/);
    expect(await say(801, '/risk', INDONESIAN)).toBe('Pair yang mana? Ketik /risk SYMBOL — contoh /risk BTC.');
    expect(await say(801, 'halo', INDONESIAN)).toBe('Kirim sebuah perintah — contoh /predict BTC 1h. /help menampilkan semuanya.');
  });

  it('the same mistake from an English app is answered in English, as before', async () => {
    expect(await say(802, '/risk BTH', ENGLISH)).toMatch(/^Unknown symbol BTH\/USDT\. Did you mean .*BTC\/USDT/);
  });
});

describe('a chat’s language', () => {
  it('/language switches a chat to Indonesian: its next /help is Indonesian, even from an English-speaking user', async () => {
    const view = await say(810, '/language', ENGLISH);
    expect(view).toBe('Language\nThis chat reads the bot in English. Tap a button to change it.');
    expect(emulator.messages(810).at(-1)!.reply_markup?.inline_keyboard.flat().map((b) => b.text)).toEqual(['✓ English', 'Bahasa Indonesia']);

    expect(await press(810, 'Bahasa Indonesia', ENGLISH)).toMatchObject({ text: 'Chat ini sekarang membaca bot dalam Bahasa Indonesia.' });
    expect(emulator.messages(810).at(-1)!.plainText).toBe('Bahasa\nChat ini membaca bot dalam Bahasa Indonesia. Ketuk tombol untuk menggantinya.');
    expect(testApp.app.subscriptions.language(810)).toBe('id');

    expect((await say(810, '/help', ENGLISH)).split('\n')[0]).toBe('Perintah');
    expect(await say(810, '/alerts', ENGLISH)).toMatch(/^Alert di chat ini\nBelum ada alert\./);

    await say(810, '/language', ENGLISH);
    expect(await press(810, 'English', ENGLISH)).toMatchObject({ text: 'This chat now reads the bot in English.' });
    expect((await say(810, '/help', INDONESIAN)).split('\n')[0]).toBe('Commands');
  });

  it('a group member who is not an admin cannot change the group’s language; an admin can', async () => {
    const GROUP = -4_101;
    const ADMIN = { id: 91, ...ENGLISH };
    const MEMBER = { id: 92, ...ENGLISH };
    emulator.setChatAdmins(GROUP, [ADMIN.id]);
    await say(GROUP, '/language', MEMBER);

    expect(await press(GROUP, 'Bahasa Indonesia', MEMBER)).toMatchObject({
      text: "Only this group's admins can change its language.",
      show_alert: true,
    });
    expect(testApp.app.subscriptions.language(GROUP)).toBeNull();

    expect((await press(GROUP, 'Bahasa Indonesia', ADMIN)).text).toBe('Chat ini sekarang membaca bot dalam Bahasa Indonesia.');
    expect(testApp.app.subscriptions.language(GROUP)).toBe('id');
    // Now the group speaks Indonesian to everyone, its refusals too.
    expect(await say(GROUP, '/subscribe BTC 1h', MEMBER)).toBe('Hanya admin grup ini yang bisa mengubah alert-nya.');
  });

  it('a chat that subscribed from an Indonesian app is answered, and gets its alerts rendered, in Indonesian', async () => {
    const ID_CHAT = 820;
    const EN_CHAT = 821;
    expect(await say(ID_CHAT, '/subscribe btc 1h', INDONESIAN)).toMatch(/^Berlangganan BTC\/USDT 1h\.\nKamu akan dapat pesan saat candle/);
    expect(await say(EN_CHAT, '/subscribe btc 1h', ENGLISH)).toMatch(/^Subscribed to BTC\/USDT 1h\./);
    expect(testApp.app.subscriptions.language(ID_CHAT)).toBe('id');
    expect(testApp.app.subscriptions.language(EN_CHAT)).toBe('en');
    // A later /subscribe from someone else does not overwrite the chat's language.
    await say(ID_CHAT, '/subscribe eth 1h', ENGLISH);
    expect(testApp.app.subscriptions.language(ID_CHAT)).toBe('id');

    const signalId = testApp.app.signals.record({
      origin: 'alert', symbol: 'BTC/USDT', timeframe: '1h', candleTime: MARKET_NOW, modelVersion: 'crafted', direction: 'LONG',
      confidence: 0.6, pLong: 0.6, pNoTrade: 0.3, pShort: 0.1, entry: 100, atr: 1, stopLoss: 98, tp1: 102, tp2: 104, tp3: 106,
      tpEtaMinutes: 60, validUntil: MARKET_NOW + 3_600_000,
    });
    const event = { kind: 'alert' as const, prediction: samplePrediction({ candleTime: MARKET_NOW }) };
    testApp.app.outbox.enqueueAlert({ signalId, symbol: 'BTC/USDT', timeframe: '1h', candleTime: MARKET_NOW, event }, [ID_CHAT, EN_CHAT]);
    rendered.length = 0;
    const clock = { now: MARKET_NOW };
    const worker = new DeliveryWorker({
      outbox: testApp.app.outbox, subscriptions: testApp.app.subscriptions, api: deliveryApi(token, emulator.apiRoot),
      metrics: testApp.app.metrics, log: pino({ level: 'silent' }), now: () => clock.now,
    });
    await drive(worker, clock);

    // The worker renders each chat's copy in that chat's stored language; the message sent is that rendering.
    expect(rendered.map((r) => r.locale).sort()).toEqual(['en', 'id']);
    const alertIn = (chatId: number) => emulator.messages(chatId).filter((m) => m.plainText.startsWith('🔔'));
    expect(alertIn(ID_CHAT)).toHaveLength(1);
    expect(alertIn(EN_CHAT)).toHaveLength(1);
    // What the Indonesian chat received is the alert rendered for Indonesian (the alert formatters translate it),
    // and the English chat's copy is the English rendering, unchanged.
    const { formatOutboxEvent } = await vi.importActual<typeof import('../../bot/formatOutboxEvent.js')>('../../bot/formatOutboxEvent.js');
    expect(alertIn(ID_CHAT)[0]!.text).toBe(formatOutboxEvent(event, langFor('id')));
    expect(alertIn(EN_CHAT)[0]!.text).toBe(formatOutboxEvent(event, langFor('en')));
  });
});
