import { describe, expect, it } from 'vitest';
import { confluenceLine, formatSummary } from '../../bot/formatSummary.js';
import { htmlToText } from '../../bot/html.js';
import { confluence, type MultiTimeframeSummary, type TimeframeCall } from '../../inference/summary.js';
import { parseTelegramHtml } from '../support/botApiEmulatorHtml.js';
import { samplePrediction } from '../support/samplePrediction.js';
import { langFor } from '../../bot/i18n/chatLocale.js';

const EN = langFor('en');

function summary(calls: TimeframeCall[], symbol = 'BTC/USDT'): MultiTimeframeSummary {
  return { symbol, calls, confluence: confluence(calls) };
}

const long15m = samplePrediction({ timeframe: '15m', direction: 'LONG', confidence: 0.41, entry: 43_111.2 });
const long1h = samplePrediction({ timeframe: '1h', direction: 'LONG', confidence: 0.38 });
const short4h = samplePrediction({ timeframe: '4h', direction: 'SHORT', confidence: 0.4 });
const long1d = samplePrediction({ timeframe: '1d', direction: 'LONG', confidence: 0.52 });

describe('formatSummary', () => {
  it('lists each timeframe with direction and confidence, then the confluence and the last close', () => {
    const text = htmlToText(
      formatSummary(
        summary([
          { timeframe: '15m', prediction: long15m },
          { timeframe: '1h', prediction: long1h },
          { timeframe: '4h', prediction: short4h },
          { timeframe: '1d', prediction: long1d },
        ]),
        EN,
      ),
    );
    expect(text).toBe(
      [
        'BTC/USDT · all timeframes',
        '15m 🟢 LONG 41%',
        '1h  🟢 LONG 38%',
        '4h  🔴 SHORT 40%',
        '1d  🟢 LONG 52%',
        '',
        '3 of 4 timeframes lean LONG',
        'Last close (15m): 43,111.2',
        'Tap a timeframe for entry, stop-loss and targets.',
        'Paper-trading signal, not financial advice.',
      ].join('\n'),
    );
  });

  it('shows "no model" for a timeframe without one instead of failing the reply', () => {
    const text = htmlToText(
      formatSummary(
        summary([
          { timeframe: '15m', prediction: long15m },
          { timeframe: '1h', prediction: long1h },
          { timeframe: '4h', unavailable: 'not_enough_history' },
          { timeframe: '1d', unavailable: 'no_model' },
        ]),
        EN,
      ),
    );
    expect(text).toContain('4h  — not enough history\n1d  — no model');
    expect(text).toContain('All 2 timeframes lean LONG');
  });

  it('escapes the symbol and is valid Telegram HTML', () => {
    const html = formatSummary(summary([{ timeframe: '1h', unavailable: 'no_model' }], 'A<B>/USDT'), EN);
    expect(html).toContain('A&lt;B&gt;/USDT');
    expect(parseTelegramHtml(html)).toMatchObject({ ok: true });
    expect(htmlToText(html)).not.toContain('Last close');
  });
});

describe('the confluence line', () => {
  const c = (...calls: TimeframeCall[]) => confluenceLine(confluence(calls), EN);
  const at = (timeframe: '15m' | '1h' | '4h' | '1d', direction: 'LONG' | 'SHORT' | 'NO_TRADE'): TimeframeCall => ({
    timeframe,
    prediction: samplePrediction({ timeframe, direction }),
  });

  it('says how many agree, in words for each case', () => {
    expect(c(at('15m', 'SHORT'), at('1h', 'SHORT'), at('4h', 'SHORT'), at('1d', 'SHORT'))).toBe('All 4 timeframes lean SHORT');
    expect(c(at('15m', 'NO_TRADE'), at('1h', 'NO_TRADE'), at('4h', 'LONG'))).toBe('2 of 3 timeframes see no trade');
    expect(c(at('15m', 'LONG'), at('1h', 'NO_TRADE'), at('4h', 'SHORT'), at('1d', 'LONG'))).toBe(
      'Mixed: 2 LONG · 1 NO TRADE · 1 SHORT',
    );
    expect(c(at('1h', 'LONG'), { timeframe: '4h', unavailable: 'no_model' })).toBe(
      'Only one timeframe has a call, and it leans LONG',
    );
    expect(c({ timeframe: '4h', unavailable: 'no_model' })).toBe('No timeframe has a call right now.');
  });
});
