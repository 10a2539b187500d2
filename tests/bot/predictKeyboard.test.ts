import { describe, expect, it } from 'vitest';
import { MAX_CALLBACK_DATA_BYTES, parsePredictViewData, predictViewData } from '../../bot/callbackData.js';
import { predictKeyboard } from '../../bot/predictKeyboard.js';
import type { PredictView } from '../../bot/predictView.js';
import { TIMEFRAMES } from '../../market/timeframes.js';
import { langFor } from '../../bot/i18n/chatLocale.js';

const EN = langFor('en');

function buttons(view: PredictView) {
  return predictKeyboard(view, EN).inline_keyboard.map((row) =>
    row.map((b) => ({ text: b.text, view: 'callback_data' in b ? parsePredictViewData(b.callback_data) : null })),
  );
}

describe('the buttons under /predict answers', () => {
  it('under the summary: one button per timeframe, each opening it in detail', () => {
    expect(buttons({ kind: 'summary', symbol: 'BTC/USDT' })).toEqual([
      TIMEFRAMES.map((timeframe) => ({ text: timeframe, view: { kind: 'detail', symbol: 'BTC/USDT', timeframe } })),
    ]);
  });

  it('under a detailed answer: the timeframes with the shown one marked, then Why? and All timeframes', () => {
    const [timeframes, more] = buttons({ kind: 'detail', symbol: 'BTC/USDT', timeframe: '4h' });
    expect(timeframes?.map((b) => b.text)).toEqual(['15m', '1h', '4h ✓', '1d']);
    expect(more).toEqual([
      { text: 'Why?', view: { kind: 'why', symbol: 'BTC/USDT', timeframe: '4h' } },
      { text: 'All timeframes', view: { kind: 'summary', symbol: 'BTC/USDT' } },
    ]);
  });

  it('under an explained answer: no second Why?, the timeframes lead back to the plain answers', () => {
    const [timeframes, more] = buttons({ kind: 'why', symbol: 'ETH/USDT', timeframe: '1h' });
    expect(timeframes?.[1]).toEqual({ text: '1h ✓', view: { kind: 'detail', symbol: 'ETH/USDT', timeframe: '1h' } });
    expect(more?.map((b) => b.text)).toEqual(['All timeframes']);
  });
});

describe('callback data of /predict buttons', () => {
  it('keeps within 64 bytes for the longest symbols we accept', () => {
    const symbol = `${'A'.repeat(20)}/${'B'.repeat(20)}`;
    const views: PredictView[] = [
      { kind: 'summary', symbol },
      ...TIMEFRAMES.flatMap((timeframe) => [
        { kind: 'detail', symbol, timeframe } as const,
        { kind: 'why', symbol, timeframe } as const,
      ]),
    ];
    for (const view of views) {
      const data = predictViewData(view);
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(MAX_CALLBACK_DATA_BYTES);
      expect(parsePredictViewData(data)).toEqual(view);
    }
  });

  it('keeps the data of older timeframe buttons working', () => {
    expect(parsePredictViewData('p:BTC/USDT:4h')).toEqual({ kind: 'detail', symbol: 'BTC/USDT', timeframe: '4h' });
  });

  it('ignores data that is not one of ours', () => {
    for (const data of ['p:BTC/USDT:7m', 'p:btc/usdt:1h', 'x:BTC/USDT:1h', 's:BTC/USDT:1h', 'w:BTC/USDT', 'p:BTC/USDT']) {
      expect(parsePredictViewData(data)).toBeNull();
    }
  });
});
