import { describe, expect, it } from 'vitest';
import { alertsView } from '../../bot/alerts/alertsView.js';
import { langFor } from '../../bot/i18n/chatLocale.js';

const NONE_MUTED = { signals: false, outcomes: false, digest: false };

describe('/alerts view', () => {
  it('reads as before in English', () => {
    const { html, keyboard } = alertsView([{ symbol: 'BTC/USDT', timeframe: '1h' }], { ...NONE_MUTED, outcomes: true }, [], langFor('en'));
    expect(html).toBe(
      '<b>Alerts in this chat</b>\n<b>BTC/USDT</b> — 1h\n\nSignals: on · Outcomes: muted · Daily digest: on\n' +
        '<i>Tap a button to mute or unmute a kind of message. /unsubscribe SYMBOL or /unsubscribe all stops alerts.</i>',
    );
    expect(keyboard.inline_keyboard.flat().map((b) => b.text)).toEqual(['Mute signals', 'Unmute outcomes', 'Mute daily digest']);
  });

  it('a chat that reads Indonesian sees its alerts, their states and the mute buttons in Indonesian', () => {
    const { html, keyboard } = alertsView([], { ...NONE_MUTED, digest: true }, [], langFor('id'));
    expect(html).toBe(
      '<b>Alert di chat ini</b>\nBelum ada alert. Berlangganan dengan <code>/subscribe BTC ETH 1h</code>.\n\n' +
        'Sinyal: aktif · Hasil: aktif · Ringkasan harian: dibisukan\n' +
        '<i>Ketuk tombol untuk membisukan atau mengaktifkan satu jenis pesan. /unsubscribe SYMBOL atau /unsubscribe all menghentikan alert.</i>',
    );
    expect(keyboard.inline_keyboard.flat().map((b) => b.text)).toEqual(['Bisukan sinyal', 'Bisukan hasil', 'Aktifkan ringkasan harian']);
  });
});
