import { describe, expect, it } from 'vitest';
import { useTelegram, WAIT_MS } from '../support/telegramHarness.js';

const ADMIN = 731;
const { emulator } = useTelegram({ app: { adminUserIds: [ADMIN] } });

/** The user's Telegram is in Indonesian: the first bot message of the chat, as plain text. */
async function inIndonesian(chatId: number, text: string): Promise<string> {
  emulator.userSends(chatId, text, { language_code: 'id' });
  const [message] = await emulator.waitForBotMessages(chatId, 1, WAIT_MS);
  return message?.plainText ?? '';
}

describe('the reports answer in their reader’s language', () => {
  it('a user whose Telegram is in Indonesian asks /risk eth and reads the risk in Indonesian', async () => {
    const risk = await inIndonesian(721, '/risk eth');
    expect(risk).toMatch(/^(🟢|🟡|🟠|🔴) ETH\/USDT · risiko \d+\/100 · (rendah|sedang|tinggi|ekstrem)\n/);
    for (const factor of ['Volatilitas', 'Ayunan harga', 'Volatilitas volume', 'Kekuatan tren']) {
      expect(risk).toMatch(new RegExp(`\\n${factor}: .+ · sub-skor \\d+/100 · bobot \\d+% · persentil ke-\\d+ dari \\d+ hari terakhir\\n`));
    }
    expect(risk).toMatch(/Dibaca pada candle 1h \d{1,2} \w{3} \d{4} \d{2}\.\d{2} UTC\. Bukan nasihat keuangan\.$/);
  });

  it('a user whose Telegram is in Indonesian reads /status in Indonesian, the price with Indonesian grouping', async () => {
    const status = await inIndonesian(722, '/status');
    const lines = status.split('\n');
    expect(lines[0]).toMatch(/^(😟|🤔|🙂|😄) Mood: \d{1,3}\/100 · (tegang|waspada|stabil|optimis)$/);
    expect(lines[1]).toMatch(/^BTC\/USDT sedang (tenang|bergerak seperti biasa|bergejolak) \(volatilitas [\d,]+% per hari, persentil ke-\d+ dari \d+ hari terakhir\) dengan volume (tipis|normal|besar) /);
    expect(status).toMatch(/\nHarga: \d{1,3}(\.\d{3})*(,\d+)? \(close 1h pada \d{1,2} \w{3} \d{4} \d{2}\.\d{2} UTC\)\n/);
    expect(lines.at(-1)).toBe('Sinyal paper trading, bukan nasihat keuangan.');
  });

  it('a user whose Telegram is in Indonesian reads /performance and /health in Indonesian; English stays the default', async () => {
    const performance = await inIndonesian(723, '/performance');
    expect(performance.split('\n')[0]).toBe('📊 Performa · alert di semua timeframe');
    expect(performance).toContain('\n7 hari terakhir\n');
    expect(performance.split('\n').at(-1)).toBe('Paper trading, bukan nasihat keuangan.');
    const health = await inIndonesian(724, '/health');
    expect(health).toMatch(/^Kesehatan\nUptime: \d+ (dtk|mnt \d+ dtk)\n✅ Bursa: terhubung, menjawab dalam \d+ ms\n/);
    emulator.userSends(725, '/health', { language_code: 'en' });
    const [english] = await emulator.waitForBotMessages(725, 1, WAIT_MS);
    expect(english?.plainText.split('\n')[0]).toBe('Health');
  });

  it('an admin whose Telegram is in Indonesian reads /model and /reload in Indonesian', async () => {
    expect((await inIndonesian(ADMIN, '/model')).split('\n')[0]).toMatch(/^Model · \d+ dimuat, \d+ ditolak$/);
    emulator.userSends(ADMIN, '/reload', { language_code: 'id' });
    const messages = await emulator.waitForBotMessages(ADMIN, 2, WAIT_MS);
    expect(messages[1]?.plainText.split('\n')[0]).toBe('✅ Model dimuat ulang. Sekarang melayani:');
  });
});
