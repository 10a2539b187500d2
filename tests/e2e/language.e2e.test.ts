import { describe, expect, it } from 'vitest';
import { useTelegram, WAIT_MS } from '../support/telegramHarness.js';

const ADMIN = 31;
const { emulator } = useTelegram({ registerCommands: true, app: { adminUserIds: [ADMIN] } });

async function reply(chatId: number, text: string, languageCode: string): Promise<string> {
  emulator.userSends(chatId, text, { language_code: languageCode });
  const [message] = await emulator.waitForBotMessages(chatId, 1, WAIT_MS);
  return message?.plainText ?? '';
}

describe('the bot answers in its user’s language', () => {
  it('a user whose Telegram is in Indonesian gets /help in Indonesian', async () => {
    const help = await reply(701, '/help', 'id');
    expect(help.split('\n')[0]).toBe('Perintah');
    expect(help).toContain('/risk SYMBOL — Skor risiko 0–100 untuk satu pair, mis. /risk BTC');
    expect(help).toContain('Timeframe: 15m, 1h, 4h, 1d.');
  });

  it('a user in Indonesian from a regional variant (id-ID) is Indonesian too; any other language gets English', async () => {
    expect((await reply(702, '/start', 'id-ID')).split('\n')[0]).toBe('Halo! Saya menghitung sinyal trading berbasis machine learning untuk pair kripto.');
    expect((await reply(703, '/help', 'de')).split('\n')[0]).toBe('Commands');
  });

  it('the command menu is published in English by default and in Indonesian for Indonesian apps, admins’ menus too', () => {
    const describe = (menu: { command: string; description: string }[]) => menu.find((c) => c.command === 'status')?.description;
    expect(describe(emulator.commands())).toBe("The bot's mood, the market and the policy's call");
    expect(describe(emulator.commands(undefined, 'id'))).toBe('Mood bot, kondisi pasar, dan keputusan policy');
    expect(emulator.commands(ADMIN, 'id').map((c) => c.command)).toContain('sweep');
    expect(emulator.commands(undefined, 'id').map((c) => c.command)).not.toContain('sweep');
  });
});
