import { describe, expect, it } from 'vitest';
import type { EmulatedMessage } from '../support/botApiEmulator.js';
import { useTelegram, WAIT_MS } from '../support/telegramHarness.js';

const { emulator } = useTelegram({ runner: { runner: { fetch: { allowed_updates: ['message', 'callback_query'] } } } });
const INDONESIAN = { language_code: 'id' };

/** An Indonesian user presses the button labelled `label` under `message`; resolves with the edited message. */
async function press(chatId: number, message: EmulatedMessage | undefined, label: string): Promise<EmulatedMessage> {
  const button = message?.reply_markup?.inline_keyboard.flat().find((b) => b.text === label);
  if (!message || !button || !('callback_data' in button)) throw new Error(`no "${label}" button`);
  const update = emulator.userPresses(chatId, message.message_id, button.callback_data, INDONESIAN);
  await emulator.waitForCallbackAnswer(update.callback_query?.id ?? '', WAIT_MS);
  const edited = emulator.messages(chatId).find((m) => m.message_id === message.message_id);
  if (!edited) throw new Error('the message is gone');
  return edited;
}

const labels = (m: EmulatedMessage | undefined) => m?.reply_markup?.inline_keyboard.map((row) => row.map((b) => b.text));

describe('/predict in Indonesian', () => {
  it('a user whose Telegram is in Indonesian asks /predict eth 4h and reads the signal, its buttons and its chart in Indonesian', async () => {
    emulator.userSends(801, '/predict eth 4h', INDONESIAN);
    const [reply, chart] = await emulator.waitForBotMessages(801, 2, WAIT_MS);
    const text = reply?.plainText ?? '';
    expect(text).toContain('ETH/USDT · 4h');
    expect(text).toMatch(/(LONG|SHORT|TANPA POSISI) · keyakinan \d+(,\d)?%/);
    expect(text).toMatch(/Probabilitas: LONG \d+.*% · TANPA POSISI \d+.*% · SHORT \d+.*%/);
    if (text.includes('TANPA POSISI ·')) expect(text).toMatch(/Close terakhir: [\d.,]+\nTanpa posisi: /);
    else expect(text).toMatch(/Entry: [\d.,]+\nStop loss: [\d.,]+\nTP1: [\d.,]+ · TP2: [\d.,]+ · TP3: [\d.,]+/);
    expect(text).toMatch(/Berlaku sampai \d{1,2} \w{3} \d{4} \d\d\.\d\d UTC/);
    expect(text).toContain('Sinyal paper trading, bukan nasihat keuangan.');
    expect(labels(reply)).toEqual([['15m', '1h', '4h ✓', '1d'], ['Kenapa?', 'Semua timeframe']]);
    expect(chart?.caption).toMatch(/^ETH\/USDT · 4h · (LONG|SHORT|TANPA POSISI) \d+% · sinyal paper trading, bukan nasihat keuangan$/);

    const why = await press(801, reply, 'Kenapa?');
    expect(why.plainText).toMatch(/Kenapa (LONG|SHORT|TANPA POSISI) di ETH\/USDT · 4h\?/);
    expect(why.plainText).toContain('Cara mengukurnya: model dijalankan ulang');

    const summary = await press(801, why, 'Semua timeframe');
    expect(summary.plainText.split('\n')[0]).toBe('ETH/USDT · semua timeframe');
    expect(summary.plainText).toContain('Ketuk timeframe untuk melihat entry, stop loss, dan target.');
  });

  it('a user whose Telegram is in Indonesian asks /predict btc and gets the summary in Indonesian, while an English user still gets English', async () => {
    emulator.userSends(802, '/predict btc', INDONESIAN);
    const [summary] = await emulator.waitForBotMessages(802, 1, WAIT_MS);
    expect(summary?.plainText.split('\n')[0]).toBe('BTC/USDT · semua timeframe');
    expect(summary?.plainText).toMatch(/\n((Semua 4|[23] dari 4) timeframe (condong (LONG|SHORT)|tidak melihat peluang trade)|Campuran: .+)\n/);

    emulator.userSends(803, '/predict btc', { language_code: 'en' });
    const [english] = await emulator.waitForBotMessages(803, 1, WAIT_MS);
    expect(english?.plainText.split('\n')[0]).toBe('BTC/USDT · all timeframes');
  });
});
