import pino from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { DeliveryWorker, deliveryApi } from '../../bot/delivery/deliveryWorker.js';
import { drive } from '../support/fanout.js';
import { MARKET_NOW, TEST_PAIRS } from '../support/syntheticMarket.js';
import { useTelegram, WAIT_MS } from '../support/telegramHarness.js';

const TRADER = 810;
const ADMIN = 811;
const INDONESIAN = { language_code: 'id' };
// Low enough that the synthetic market's calls pass the alert rule, as in tests/e2e/sweep.e2e.test.ts.
const MIN_CONFIDENCE = 0.36;

const clock = { now: MARKET_NOW };
const { testApp, emulator, token } = useTelegram({ app: { adminUserIds: [ADMIN], alertMinConfidence: MIN_CONFIDENCE, now: () => clock.now } });
let worker: DeliveryWorker;

beforeAll(() => {
  const { outbox, subscriptions, metrics } = testApp.app;
  worker = new DeliveryWorker({ outbox, subscriptions, metrics, api: deliveryApi(token, emulator.apiRoot), log: pino({ level: 'silent' }), now: () => clock.now });
});

async function ask(text: string, from = INDONESIAN, chatId = TRADER): Promise<string> {
  const before = emulator.messages(chatId).length;
  emulator.userSends(chatId, text, from);
  const messages = await emulator.waitForBotMessages(chatId, before + 1, WAIT_MS);
  return messages[before]!.plainText;
}

describe('a trader whose Telegram is in Indonesian', () => {
  it('asks /predict eth 1h and reads the call, its levels and the disclaimer in Indonesian, prices in Indonesian digits', async () => {
    const reply = await ask('/predict eth 1h', INDONESIAN, 820);
    expect(reply).toContain('ETH/USDT · 1h');
    expect(reply).toContain('Sinyal paper trading, bukan nasihat keuangan.');
    expect(reply).toMatch(/\d\.\d{3},\d/);
  });

  it('asks /risk eth and /status and reads both in Indonesian', async () => {
    const risk = await ask('/risk eth', INDONESIAN, 821);
    expect(risk).toMatch(/ETH\/USDT · risiko \d+\/100/);
    expect(risk).toContain('Bukan nasihat keuangan.');
    expect(await ask('/status', INDONESIAN, 822)).toMatch(/Mood: \d+\/100/);
  });

  it('subscribes, and the alert a sweep sends reaches the chat in Indonesian', async () => {
    const pairs = Object.keys(TEST_PAIRS).map((p) => p.split('/')[0]).join(' ');
    expect(await ask(`/subscribe ${pairs} 1h`)).toMatch(/^Berlangganan /);
    expect(testApp.app.subscriptions.language(TRADER)).toBe('id');
    await ask('/sweep 1h', { language_code: 'en' }, ADMIN);
    await drive(worker, clock);
    const alerts = emulator.messages(TRADER).filter((m) => /^🔔 Sinyal (beli|jual) baru/.test(m.plainText));
    expect(alerts.length).toBeGreaterThan(0);
    expect(alerts.every((m) => m.plainText.includes('bukan nasihat keuangan'))).toBe(true);
  });
});
