import { InputFile, type Context } from 'grammy';
import type { Prediction } from '../../inference/prediction.js';
import type { BotDeps } from '../deps.js';
import { escapeHtml } from '../html.js';
import { replyWithPhotoHtml } from '../send.js';
import { loggable } from '../userErrors.js';
import { chartTitle } from '../../app/chart/chartOption.js';
import { renderChart } from '../../app/chart/renderChart.js';

/** Candles on the chart: fewer than a prediction fetches, so the market cache is warm for them. */
export const CHART_CANDLES = 80;

/** "BTC-USDT-1h.png": Telegram shows the name if the photo is saved or forwarded as a file. */
export function chartFileName(p: Prediction): string {
  return `${p.symbol.replace('/', '-')}-${p.timeframe}.png`;
}

/** Plain text, far below Telegram's 1024-character caption limit. */
export function chartCaption(p: Prediction): string {
  return `${chartTitle(p)} · paper-trading signal, not financial advice`;
}

/**
 * The chart under a prediction the user already has as text. Never throws: a chart that cannot be
 * fetched, drawn or sent is logged and dropped, because the levels have reached the user anyway.
 */
export async function sendChart(ctx: Context, deps: BotDeps, p: Prediction): Promise<void> {
  const context = { symbol: p.symbol, timeframe: p.timeframe, chatId: ctx.chat?.id };
  try {
    ctx.replyWithChatAction('upload_photo').catch((err: unknown) => deps.log.debug({ err }, 'chat action failed'));
    const candles = await deps.recentCandles(p.symbol, p.timeframe, CHART_CANDLES);
    const png = await renderChart(candles, p);
    await replyWithPhotoHtml(ctx, new InputFile(png, chartFileName(p)), escapeHtml(chartCaption(p)));
  } catch (error) {
    deps.log.warn({ ...context, err: loggable(error) }, 'chart not sent');
  }
}
