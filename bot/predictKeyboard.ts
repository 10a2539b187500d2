import { InlineKeyboard } from 'grammy';
import { TIMEFRAMES, type Timeframe } from '../market/timeframes.js';
import { predictViewData } from './callbackData.js';
import type { Lang } from './i18n/chatLocale.js';
import type { PredictView } from './predictView.js';

/** One button per served timeframe, each opening it in detail; the shown one is marked. */
function timeframeRow(keyboard: InlineKeyboard, symbol: string, current?: Timeframe): InlineKeyboard {
  for (const timeframe of TIMEFRAMES) {
    const label = timeframe === current ? `${timeframe} ✓` : timeframe;
    keyboard.text(label, predictViewData({ kind: 'detail', symbol, timeframe }));
  }
  return keyboard;
}

/** The buttons under a view: timeframes, then "Why?" under a detailed answer and a way back to the summary. */
export function predictKeyboard(view: PredictView, { t }: Lang): InlineKeyboard {
  if (view.kind === 'summary') return timeframeRow(new InlineKeyboard(), view.symbol);
  const keyboard = timeframeRow(new InlineKeyboard(), view.symbol, view.timeframe).row();
  if (view.kind === 'detail') keyboard.text(t('predict-button-why'), predictViewData({ ...view, kind: 'why' }));
  return keyboard.text(t('predict-button-all-timeframes'), predictViewData({ kind: 'summary', symbol: view.symbol }));
}
