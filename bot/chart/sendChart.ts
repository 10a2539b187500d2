import { InputFile, type Context } from 'grammy';
import type { Prediction } from '../../inference/prediction.js';
import type { Candle } from '../../market/candle.js';
import type { BotDeps } from '../deps.js';
import { directionName } from '../formatPrediction.js';
import { escapeHtml } from '../html.js';
import type { Lang } from '../i18n/chatLocale.js';
import { replyWithPhotoHtml } from '../send.js';
import { loggable } from '../userErrors.js';
import { chartEnd, shownCandles, type ChartText } from '../../app/chart/chartOption.js';
import { renderChart } from '../../app/chart/renderChart.js';
import { formatCount, formatPercent, formatUtc } from '../../app/formatNumbers.js';

/** Candles on the chart: fewer than a prediction fetches, so the market cache is warm for them. */
export const CHART_CANDLES = 80;

/** "BTC-USDT-1h.png": Telegram shows the name if the photo is saved or forwarded as a file. */
export function chartFileName(p: Prediction): string {
  return `${p.symbol.replace('/', '-')}-${p.timeframe}.png`;
}

/** "BTC/USDT · 1h · LONG 62%", the call named in the reader's language. */
export function chartTitle(p: Prediction, lang: Lang): string {
  return `${p.symbol} · ${p.timeframe} · ${directionName(p.direction, lang)} ${formatPercent(p.confidence, lang.locale)}`;
}

/** The chart's title and subtitle in the reader's language, its numbers and dates in their format. */
export function chartText(candles: readonly Candle[], p: Prediction, lang: Lang): ChartText {
  const { t, locale } = lang;
  const subtitle = t('chart-subtitle', {
    count: formatCount(shownCandles(candles, p).length, locale),
    timeframe: p.timeframe,
    time: formatUtc(chartEnd(p), locale),
  });
  return { title: chartTitle(p, lang), subtitle, locale };
}

/** Plain text, far below Telegram's 1024-character caption limit. */
export function chartCaption(p: Prediction, lang: Lang): string {
  return lang.t('chart-caption', { title: chartTitle(p, lang) });
}

/**
 * The chart under a prediction the user already has as text. Never throws: a chart that cannot be
 * fetched, drawn or sent is logged and dropped, because the levels have reached the user anyway.
 */
export async function sendChart(ctx: Context, deps: BotDeps, p: Prediction, lang: Lang): Promise<void> {
  const context = { symbol: p.symbol, timeframe: p.timeframe, chatId: ctx.chat?.id };
  try {
    ctx.replyWithChatAction('upload_photo').catch((err: unknown) => deps.log.debug({ err }, 'chat action failed'));
    const candles = await deps.recentCandles(p.symbol, p.timeframe, CHART_CANDLES);
    const png = await renderChart(candles, p, chartText(candles, p, lang));
    await replyWithPhotoHtml(ctx, new InputFile(png, chartFileName(p)), escapeHtml(chartCaption(p, lang)));
  } catch (error) {
    deps.log.warn({ ...context, err: loggable(error) }, 'chart not sent');
  }
}
