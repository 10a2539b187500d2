import { describe, expect, it } from 'vitest';
import { formatFactorValue, formatRisk, percentileText } from '../../bot/formatRisk.js';
import { htmlToText } from '../../bot/html.js';
import type { RiskReport } from '../../inference/risk/riskReport.js';
import { parseTelegramHtml } from '../support/botApiEmulatorHtml.js';
import { langFor } from '../../bot/i18n/chatLocale.js';

const EN = langFor('en');

function sampleReport(overrides: Partial<RiskReport> = {}): RiskReport {
  return {
    symbol: 'BTC/USDT',
    timeframe: '1h',
    candleTime: Date.UTC(2024, 0, 15, 12),
    score: 41.6,
    level: 'medium',
    factors: [
      { name: 'volatility', label: 'Volatility', weight: 0.4, unit: 'percent', value: 0.0234, subScore: 38.2, ownPercentile: 96.4 },
      { name: 'swings', label: 'Price swings', weight: 0.3, unit: 'percent', value: 0.0112, subScore: 41, ownPercentile: 61 },
      { name: 'volume_volatility', label: 'Volume volatility', weight: 0.2, unit: 'percent', value: 0.52, subScore: 48.7, ownPercentile: 22.5 },
      { name: 'trend_strength', label: 'Trend strength', weight: 0.1, unit: 'index', value: 31.4, subScore: 52, ownPercentile: 1.9 },
    ],
    history: { days: 90, readings: 720 },
    warnings: [{ kind: 'unusual', factor: 'volatility', label: 'Volatility', topPercent: 5, days: 90 }],
    reference: { pairs: 34, from: '2020-12-01T00:00:00.000Z', to: '2021-07-17T20:00:00.000Z' },
    ...overrides,
  };
}

describe('formatRisk', () => {
  it('shows score and level, each factor with value, sub-score, weight and own percentile, warnings and the reference', () => {
    expect(htmlToText(formatRisk(sampleReport(), EN))).toBe(
      [
        '🟡 BTC/USDT · risk 42/100 · medium',
        '',
        'Volatility: 2.3% a day · sub-score 38/100 · weight 40% · 96th percentile of its last 90 days',
        'Price swings: 1.1% hourly range · sub-score 41/100 · weight 30% · 61st percentile of its last 90 days',
        'Volume volatility: 52% variation · sub-score 49/100 · weight 20% · 22nd percentile of its last 90 days',
        'Trend strength: ADX 31 · sub-score 52/100 · weight 10% · 1st percentile of its last 90 days',
        '',
        "⚠️ Volatility in the top 5% of this pair's last 90 days.",
        '',
        "Sub-scores are percentiles against 34 pairs' 1h history (2020-12-01 to 2021-07-17). " +
          'Read at the 1h candle of 2024-01-15 12:00 UTC. Not financial advice.',
      ].join('\n'),
    );
  });

  it('marks each level and leaves out the warning block when there is none', () => {
    for (const [level, mark] of [['low', '🟢'], ['high', '🟠'], ['extreme', '🔴']] as const) {
      const text = htmlToText(formatRisk(sampleReport({ level, warnings: [] }), EN));
      expect(text.startsWith(`${mark} BTC/USDT · risk 42/100 · ${level}`)).toBe(true);
      expect(text).not.toContain('⚠️');
    }
  });

  it('says when the pair\'s own history is short', () => {
    const text = htmlToText(formatRisk(sampleReport({ history: { days: 1, readings: 3 }, warnings: [{ kind: 'short-history', days: 1 }] }), EN));
    expect(text).toContain('percentile of its last 1 day\n');
    expect(text).toContain('ℹ️ Only 1 day of history for this pair, so its own percentiles are rough.');
  });

  it('is valid Telegram HTML with every outside string escaped', () => {
    const html = formatRisk(sampleReport({ symbol: '<X&Y>/USDT' }), EN);
    expect(parseTelegramHtml(html).ok).toBe(true);
    expect(html).toContain('&lt;X&amp;Y&gt;/USDT');
  });
});

describe('formatFactorValue', () => {
  it.each([
    [0.234, 'percent', '23%'],
    [0.0234, 'percent', '2.3%'],
    [0.0003, 'percent', '0.03%'],
    [31.6, 'index', '32'],
  ] as const)('%d (%s) → %s', (value, unit, text) => expect(formatFactorValue({ value, unit }, 'en')).toBe(text));
});

describe('percentile ranks in English', () => {
  it.each([[0, '0th'], [1, '1st'], [2, '2nd'], [3, '3rd'], [4, '4th'], [11, '11th'], [12, '12th'], [13, '13th'], [21, '21st'], [100, '100th']])(
    '%i → %s',
    (n, text) => expect(percentileText(n, langFor('en'))).toBe(`${text} percentile`),
  );
});

describe('formatRisk in Indonesian', () => {
  const ID = langFor('id');

  it('a user whose Telegram is in Indonesian reads the risk in Indonesian, with Indonesian decimals and dates', () => {
    expect(htmlToText(formatRisk(sampleReport(), ID))).toBe(
      [
        '🟡 BTC/USDT · risiko 42/100 · sedang',
        '',
        'Volatilitas: 2,3% per hari · sub-skor 38/100 · bobot 40% · persentil ke-96 dari 90 hari terakhir',
        'Ayunan harga: rentang per jam 1,1% · sub-skor 41/100 · bobot 30% · persentil ke-61 dari 90 hari terakhir',
        'Volatilitas volume: variasi 52% · sub-skor 49/100 · bobot 20% · persentil ke-22 dari 90 hari terakhir',
        'Kekuatan tren: ADX 31 · sub-skor 52/100 · bobot 10% · persentil ke-1 dari 90 hari terakhir',
        '',
        '⚠️ Volatilitas masuk 5% tertinggi dalam 90 hari terakhir pair ini.',
        '',
        'Sub-skor adalah persentil terhadap riwayat 1h dari 34 pair (2020-12-01 s.d. 2021-07-17). ' +
          'Dibaca pada candle 1h 15 Jan 2024 12.00 UTC. Bukan nasihat keuangan.',
      ].join('\n'),
    );
  });

  it('names every level and a short history in Indonesian, as valid Telegram HTML', () => {
    for (const [level, word] of [['low', 'rendah'], ['high', 'tinggi'], ['extreme', 'ekstrem']] as const) {
      expect(htmlToText(formatRisk(sampleReport({ level, warnings: [] }), ID))).toContain(`· risiko 42/100 · ${word}\n`);
    }
    const html = formatRisk(sampleReport({ symbol: '<X&Y>/USDT', warnings: [{ kind: 'short-history', days: 1 }] }), ID);
    expect(parseTelegramHtml(html).ok).toBe(true);
    expect(htmlToText(html)).toContain('ℹ️ Riwayat pair ini baru 1 hari, jadi persentilnya sendiri masih kasar.');
  });
});
