import { describe, expect, it } from 'vitest';
import { formatExplanation } from '../../bot/formatExplanation.js';
import { htmlToText } from '../../bot/html.js';
import { parseTelegramHtml } from '../support/botApiEmulatorHtml.js';
import { samplePrediction } from '../support/samplePrediction.js';
import { push, sampleExplanation as explanation } from '../support/sampleExplanation.js';
import { langFor } from '../../bot/i18n/chatLocale.js';

const EN = langFor('en');


describe('formatExplanation', () => {
  it('gives each reading in plain words, how it moved the call, and the method', () => {
    const text = htmlToText(formatExplanation(explanation(), EN));
    expect(text.split('\n').slice(0, 8)).toEqual([
      'Why LONG on BTC/USDT · 1h?',
      "What the indicators read on the last 1h candle, and how each moved the model's call:",
      '• RSI 72 (overbought) — pushed toward LONG (+2.1 points)',
      '• MACD histogram positive and rising (upward momentum building) — pushed toward LONG (+1.2 points)',
      '• Volume +1.8σ against its 20-candle average (high) — little effect (under 0.1 points)',
      '• Volatility ATR 1.23% of price, 1.3× its median of the last 60 candles (high) — pushed against LONG (−0.8 points)',
      '• Market BTC up 1.2σ and the basket down 0.3σ over 16 candles, 63% of the basket up over 20 — pushed toward LONG (+1.5 points)',
      '',
    ]);
    expect(text).toContain('Behind the LONG call: RSI, Market, MACD. Against it: Volatility.');
    expect(text).toContain('run again with each indicator held at a neutral level over the 60 candles it saw');
    expect(text).toContain('not proof of what will move the price');
  });

  it('says so when no indicator pushed the call, and reads fading momentum', () => {
    const text = htmlToText(
      formatExplanation(
        explanation({
          prediction: samplePrediction({ direction: 'NO_TRADE', stopLoss: null, takeProfits: null }),
          readings: { ...explanation().readings, macd: { histogram: -0.001, rising: true } },
          pushes: [push('rsi', 0.001), push('macd', 0), push('volume', -0.002), push('volatility', 0.004), push('market', 0)],
          pushedToward: [],
          pushedAgainst: [],
        }),
        EN,
      ),
    );
    expect(text).toContain('Why NO TRADE on BTC/USDT · 1h?');
    expect(text).toContain('MACD histogram negative and rising (downward momentum fading)');
    expect(text).toContain('None of these pushed toward NO TRADE by 0.5 points or more');
    expect(text).not.toContain('Against it');
  });

  it('is valid Telegram HTML with the symbol escaped', () => {
    const html = formatExplanation(explanation({ prediction: samplePrediction({ symbol: 'A&B/USDT' }) }), EN);
    expect(html).toContain('A&amp;B/USDT');
    expect(parseTelegramHtml(html)).toMatchObject({ ok: true });
  });
});
