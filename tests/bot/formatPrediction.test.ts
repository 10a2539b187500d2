import { describe, expect, it } from 'vitest';
import { formatDuration, formatPercent, formatPrice, formatUtc } from '../../app/formatNumbers.js';
import { formatPrediction } from '../../bot/formatPrediction.js';
import { htmlToText } from '../../bot/html.js';
import { parseTelegramHtml } from '../support/botApiEmulatorHtml.js';
import { samplePrediction } from '../support/samplePrediction.js';
import { langFor } from '../../bot/i18n/chatLocale.js';

const EN = langFor('en');

describe('formatPrediction', () => {
  it('shows pair, direction, confidence, probabilities, levels, timing, model and disclaimer', () => {
    expect(htmlToText(formatPrediction(samplePrediction(), EN))).toBe(
      [
        'BTC/USDT · 1h',
        '🟢 LONG · confidence 62%',
        'Probabilities: LONG 62% · NO TRADE 25% · SHORT 13%',
        '',
        'Entry: 43,210.5',
        'Stop-loss: 42,985.5',
        'TP1: 43,435.5 · TP2: 43,660.5 · TP3: 43,885.5',
        'Time to TP1: ~3h',
        '',
        'Valid until 2024-01-15 14:00 UTC',
        'Based on the 1h candle of 2024-01-15 12:00 UTC',
        'Model direction-1h@2024.01',
        'Walk-forward, calls at 60%–65% confidence: win rate 54.1% vs break-even 52.4% · mean net +0.12% ' +
          '(95% CI −0.05%…+0.30%) on 1,234 calls',
        'Paper-trading signal, not financial advice.',
      ].join('\n'),
    );
  });

  it('says there is no trade, and shows no levels, for NO_TRADE', () => {
    const noTrade = { direction: 'NO_TRADE', stopLoss: null, takeProfits: null, tpEtaMinutes: null } as const;
    const text = htmlToText(formatPrediction(samplePrediction({ ...noTrade, modelHitRate: null }), EN));
    expect(text).toContain('⚪ NO TRADE · confidence');
    expect(text).toContain('Last close: 43,210.5\nNo trade: the model sees no edge here, so there are no levels.');
    expect(text).not.toMatch(/Stop-loss|TP1|Entry/);
    expect(text).toContain('win rate not measured yet');
  });

  const measured = { breakevenRate: 0.53, meanNetReturn: -0.0004, meanNetReturnCi95: null, legacy: false };

  it('names the edge bands in words', () => {
    const low = { ...measured, rate: 0.35, signals: 73_983, band: { from: 0, below: 0.4 } };
    const high = { ...measured, rate: 0.6, signals: 500, band: { from: 0.6, below: 1 } };
    expect(htmlToText(formatPrediction(samplePrediction({ modelHitRate: low }), EN))).toContain(
      'Walk-forward, calls below 40% confidence: win rate 35.0% vs break-even 53.0% · mean net −0.04% on 73,983 calls',
    );
    expect(htmlToText(formatPrediction(samplePrediction({ modelHitRate: high }), EN))).toContain('calls at 60% confidence or more: win rate 60.0%');
  });

  it("shows the figures over all the model's calls when no band is measured", () => {
    const overall = { ...measured, rate: 0.36, signals: 84_281, band: null };
    const text = htmlToText(formatPrediction(samplePrediction({ modelHitRate: overall }), EN));
    expect(text).toContain('Walk-forward, all its calls: win rate 36.0% vs break-even 53.0% · mean net −0.04% on 84,281 calls');
  });

  it('shows the older hit rate, named as such, for a card from before the one trade rule', () => {
    const legacy = { rate: 0.36, breakevenRate: null, meanNetReturn: null, meanNetReturnCi95: null, signals: 84_281, band: null, legacy: true };
    const text = htmlToText(formatPrediction(samplePrediction({ modelHitRate: legacy }), EN));
    expect(text).toContain('Model direction-1h@2024.01 · hit rate 36% (walk-forward, all its 84,281 calls)');
  });

  it('escapes text that is not ours and is valid Telegram HTML', () => {
    const html = formatPrediction(samplePrediction({ symbol: 'A<B>/USDT', modelVersion: 'v1 & <i>' }), EN);
    expect(html).toContain('A&lt;B&gt;/USDT');
    expect(html).toContain('<code>v1 &amp; &lt;i&gt;</code>');
    expect(parseTelegramHtml(html)).toMatchObject({ ok: true });
  });
});

describe('number formats', () => {
  it.each([
    [43_210.54, '43,210.5'],
    [0.00001234, '0.00001234'],
    [2345.678, '2,345.68'],
    [1.5, '1.5'],
    [1_234_567.89, '1,234,568'],
    [0, '0'],
  ])('price %d → %s', (value, text) => {
    expect(formatPrice(value)).toBe(text);
  });

  it('formats shares, durations and UTC times', () => {
    expect(formatPercent(0.625)).toBe('63%');
    expect(formatPercent(0.004)).toBe('0.4%');
    expect([45, 180, 2880].map((minutes) => formatDuration(minutes))).toEqual(['~45m', '~3h', '~2d']);
    expect(formatUtc(Date.UTC(2024, 0, 15, 14, 5))).toBe('2024-01-15 14:05 UTC');
  });
});
