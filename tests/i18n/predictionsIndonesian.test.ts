import { describe, expect, it } from 'vitest';
import { formatAlertRarity } from '../../bot/alerts/formatAlertRarity.js';
import { chartCaption, chartText } from '../../bot/chart/sendChart.js';
import { formatAlert, formatOutcome } from '../../bot/formatAlert.js';
import { formatCallStats, resultCounts } from '../../bot/formatCallStats.js';
import { formatExplanation } from '../../bot/formatExplanation.js';
import { formatOutboxEvent } from '../../bot/formatOutboxEvent.js';
import { formatPrediction } from '../../bot/formatPrediction.js';
import { confluenceLine, formatSummary } from '../../bot/formatSummary.js';
import { htmlToText } from '../../bot/html.js';
import { langFor } from '../../bot/i18n/chatLocale.js';
import { predictKeyboard } from '../../bot/predictKeyboard.js';
import { renderChartSvg } from '../../app/chart/renderChart.js';
import { formatDuration, formatUtc } from '../../app/formatNumbers.js';
import type { ResolvedTrade } from '../../inference/outcome.js';
import type { Candle } from '../../market/candle.js';
import { parseTelegramHtml } from '../support/botApiEmulatorHtml.js';
import { samplePrediction } from '../support/samplePrediction.js';
import { sampleExplanation } from '../support/sampleExplanation.js';

const ID = langFor('id');
const EN = langFor('en');

const stats = {
  count: 1234, wins: 52, stops: 40, expired: 1, win_rate: 0.5652, breakeven_win_rate: 0.5498,
  mean_net_return: 0.0012, mean_net_return_ci95: [-0.0005, 0.003] as [number, number],
};

const explanation = sampleExplanation();

describe('predictions for a reader whose Telegram is in Indonesian', () => {
  it('a detailed /predict reads in Indonesian, with Indonesian numbers, dates and durations', () => {
    expect(htmlToText(formatPrediction(samplePrediction(), ID))).toBe(
      [
        'BTC/USDT · 1h',
        '🟢 LONG · keyakinan 62%',
        'Probabilitas: LONG 62% · TANPA POSISI 25% · SHORT 13%',
        '',
        'Entry: 43.210,5',
        'Stop loss: 42.985,5',
        'TP1: 43.435,5 · TP2: 43.660,5 · TP3: 43.885,5',
        'Perkiraan waktu ke TP1: ~3 jam',
        '',
        'Berlaku sampai 15 Jan 2024 14.00 UTC',
        'Berdasarkan candle 1h 15 Jan 2024 12.00 UTC',
        'Model direction-1h@2024.01',
        'Walk-forward, sinyal dengan keyakinan 60%–65%: win rate 54,1% vs titik impas 52,4% · rata-rata bersih +0,12% ' +
          '(CI 95% −0,05%…+0,30%) dari 1.234 sinyal',
        'Sinyal paper trading, bukan nasihat keuangan.',
      ].join('\n'),
    );
    expect(parseTelegramHtml(formatPrediction(samplePrediction({ symbol: 'A<B>/USDT' }), ID))).toMatchObject({ ok: true });
  });

  it('a NO_TRADE call says so in Indonesian and shows the last close only', () => {
    const noTrade = { direction: 'NO_TRADE', stopLoss: null, takeProfits: null, tpEtaMinutes: null, modelHitRate: null } as const;
    const text = htmlToText(formatPrediction(samplePrediction(noTrade), ID));
    expect(text).toContain('⚪ TANPA POSISI · keyakinan');
    expect(text).toContain('Close terakhir: 43.210,5\nTanpa posisi: model tidak melihat peluang di sini, jadi tidak ada level.');
    expect(text).toContain('win rate belum diukur');
  });

  it('dates and durations have Indonesian forms, the English ones unchanged', () => {
    expect(formatUtc(Date.UTC(2024, 7, 5, 4, 5), 'id')).toBe('5 Agu 2024 04.05 UTC');
    expect(formatUtc(Date.UTC(2024, 7, 5, 4, 5))).toBe('2024-08-05 04:05 UTC');
    expect([45, 180, 2880].map((minutes) => formatDuration(minutes, 'id'))).toEqual(['~45 mnt', '~3 jam', '~2 hari']);
  });

  it('the summary of every timeframe and its confluence read in Indonesian', () => {
    const calls = [
      { timeframe: '15m', prediction: samplePrediction({ timeframe: '15m', confidence: 0.41, entry: 43_111.2 }) },
      { timeframe: '1h', prediction: samplePrediction({ timeframe: '1h', confidence: 0.38 }) },
      { timeframe: '4h', unavailable: 'not_enough_history' },
      { timeframe: '1d', unavailable: 'no_model' },
    ] as const;
    const text = htmlToText(
      formatSummary(
        { symbol: 'BTC/USDT', calls: [...calls], confluence: { of: 2, agreeing: 2, direction: 'LONG', counts: { LONG: 2, SHORT: 0, NO_TRADE: 0 } } },
        ID,
      ),
    );
    expect(text.split('\n')).toEqual([
      'BTC/USDT · semua timeframe',
      '15m 🟢 LONG 41%',
      '1h  🟢 LONG 38%',
      '4h  — riwayat data belum cukup',
      '1d  — belum ada model',
      '',
      'Semua 2 timeframe condong LONG',
      'Close terakhir (15m): 43.111,2',
      'Ketuk timeframe untuk melihat entry, stop loss, dan target.',
      'Sinyal paper trading, bukan nasihat keuangan.',
    ]);
    expect(confluenceLine({ of: 4, agreeing: 3, direction: 'NO_TRADE', counts: { LONG: 1, SHORT: 0, NO_TRADE: 3 } }, ID)).toBe(
      '3 dari 4 timeframe tidak melihat peluang trade',
    );
    expect(confluenceLine({ of: 4, agreeing: 2, direction: null, counts: { LONG: 2, SHORT: 1, NO_TRADE: 1 } }, ID)).toBe(
      'Campuran: 2 LONG · 1 SHORT · 1 TANPA POSISI',
    );
  });

  it('the buttons under a detailed answer are labelled in Indonesian', () => {
    const rows = predictKeyboard({ kind: 'detail', symbol: 'BTC/USDT', timeframe: '1h' }, ID).inline_keyboard;
    expect(rows.map((row) => row.map((b) => b.text))).toEqual([['15m', '1h ✓', '4h', '1d'], ['Kenapa?', 'Semua timeframe']]);
  });

  it('"Why?" explains the indicators in Indonesian with decimal commas', () => {
    const html = formatExplanation(explanation, ID);
    expect(parseTelegramHtml(html)).toMatchObject({ ok: true });
    const text = htmlToText(html);
    expect(text).toContain('Kenapa LONG di BTC/USDT · 1h?');
    expect(text).toContain('• RSI 72 (overbought) — mendorong ke LONG (+2,1 poin)');
    expect(text).toContain('• MACD histogram positif dan naik (momentum naik menguat) — mendorong ke LONG (+1,2 poin)');
    expect(text).toContain('• Volume +1,8σ terhadap rata-rata 20 candle (tinggi) — pengaruhnya kecil (di bawah 0,1 poin)');
    expect(text).toContain('• Volatilitas ATR 1,23% dari harga, 1,3× mediannya dalam 60 candle terakhir (tinggi) — melawan LONG (−0,8 poin)');
    expect(text).toContain('• Pasar BTC naik 1,2σ dan keranjang koin turun 0,3σ dalam 16 candle, 63% koin di keranjang naik dalam 20 candle');
    expect(text).toContain('Pendukung sinyal LONG: RSI, Pasar, MACD. Yang melawan: Volatilitas.');
    expect(text).toContain('bukan bukti apa yang akan menggerakkan harga');
  });

  it('alerts, their outcomes and the outbox events read in Indonesian', () => {
    const alert = htmlToText(formatAlert(samplePrediction(), ID));
    expect(alert.split('\n')[0]).toBe('🔔 Sinyal beli baru');
    expect(alert).toContain('Sinyal paper trading, bukan nasihat keuangan.');
    const trade = { outcome: 'SL', exit: 'stop', exitPrice: 42_985.5, candlesWalked: 1, netReturn: -0.0061 } as ResolvedTrade;
    const signal = { symbol: 'BTC/USDT', timeframe: '1h', direction: 'LONG' };
    expect(htmlToText(formatOutcome(signal, trade, ID))).toBe(
      '🛑 Kena stop loss · BTC/USDT · 1h LONG\nPaper trade ditutup di stop loss 42.985,5 setelah 1 candle: −0,61% setelah biaya.',
    );
    expect(htmlToText(formatOutcome(signal, trade, EN))).toBe(
      '🛑 Stopped out · BTC/USDT · 1h LONG\nPaper trade closed at the stop 42,985.5 after 1 candle: −0.61% after fees.',
    );
    expect(formatOutboxEvent({ kind: 'outcome', signal, trade } as never, ID)).toContain('Kena stop loss');
  });

  it('the statistics of calls and how rare alerts are read in Indonesian', () => {
    expect(formatCallStats(stats, ID)).toBe('win rate 56,5% vs titik impas 55,0% · rata-rata bersih +0,12% (CI 95% −0,05%…+0,30%) dari 1.234 sinyal');
    expect(resultCounts(stats, ID)).toBe('52 win, 40 stop, 1 kedaluwarsa');
    expect(resultCounts(stats, EN)).toBe('52 wins, 40 stops, 1 expired');
    const rarity = formatAlertRarity('1h', { threshold: 0.425, source: 'alert_threshold', reach: { from: 0.45, reached: 7, total: 82_120, hits: 4, stats: null } }, ID);
    expect(rarity).toBe(
      'Alert 1h butuh keyakinan model ≥ 42,5% (ambang di kartu modelnya): dalam uji walk-forward, di bawah 0,1% sinyal mencapai 45% ' +
        '(7 dari 82.120; rentang di kartu tidak terbagi di 42,5%), TP1 kena 57% (terlalu sedikit sinyal untuk diandalkan).',
    );
    expect(formatAlertRarity('4h', null, ID)).toContain('Belum ada model 4h yang dimuat');
  });

  it('the chart is titled and captioned in Indonesian, its axis dates and prices in Indonesian format', () => {
    const p = samplePrediction({ direction: 'NO_TRADE', stopLoss: null, takeProfits: null });
    expect(chartCaption(p, ID)).toBe('BTC/USDT · 1h · TANPA POSISI 62% · sinyal paper trading, bukan nasihat keuangan');
    const hour = 3_600_000;
    const candles: Candle[] = Array.from({ length: 24 }, (_, k) => {
      const close = 43_000 + k * 10;
      return { time: p.candleTime - (23 - k) * hour, open: close - 5, high: close + 20, low: close - 20, close, volume: 1 };
    });
    const text = chartText(candles, p, ID);
    expect(text).toEqual({ title: 'BTC/USDT · 1h · TANPA POSISI 62%', subtitle: '24 candle 1h hingga 15 Jan 2024 13.00 UTC', locale: 'id' });
    const svg = renderChartSvg(candles, p, text);
    expect(svg).toContain('24 candle 1h hingga 15 Jan 2024 13.00 UTC');
    expect(svg).toMatch(/\d{1,2} Jan 1\d:00/);
    expect(svg).toContain('Last  43.210,5');
  });
});
