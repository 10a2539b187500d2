import {
  Composer,
  GrammyError,
  type CallbackQueryContext,
  type CommandMiddleware,
  type Context,
  type InlineKeyboard,
} from 'grammy';
import type { InlineKeyboardButton, MaybeInaccessibleMessage } from 'grammy/types';
import type { BotDeps } from './deps.js';
import { htmlToText } from './html.js';
import { langOf } from './i18n/chatLocale.js';
import { sendChart } from './chart/sendChart.js';
import { PREDICT_CALLBACK, parsePredictViewData } from './callbackData.js';
import { parsePredictArgs } from './parsePredict.js';
import { renderPredictView } from './renderPredictView.js';
import { replyHtml } from './send.js';

/**
 * `/predict SYMBOL [timeframe] [why]`: parse → compute and format the view → reply, then a chart when the
 * user named a timeframe. Errors before the text reply go to the error boundary; the chart never fails it.
 */
export function predictCommand(deps: BotDeps): CommandMiddleware<Context> {
  return async (ctx) => {
    const view = parsePredictArgs(ctx.match);
    ctx.replyWithChatAction('typing').catch((err: unknown) => deps.log.debug({ err }, 'chat action failed'));
    const lang = langOf(ctx);
    const { html, keyboard, prediction } = await renderPredictView(deps, view, lang);
    await replyHtml(ctx, html, { reply_markup: keyboard });
    if (prediction) await sendChart(ctx, deps, prediction, lang);
  };
}

/** Buttons under a /predict answer (timeframes, Why?, All timeframes): compute that view and edit the message in place. */
export function predictButtons(deps: BotDeps): Composer<Context> {
  const composer = new Composer<Context>();
  composer.callbackQuery(PREDICT_CALLBACK, async (ctx) => {
    const view = parsePredictViewData(ctx.callbackQuery.data);
    const lang = langOf(ctx);
    if (!view) {
      await ctx.answerCallbackQuery({ text: lang.t('predict-button-stale') });
      return;
    }
    const { html, keyboard } = await renderPredictView(deps, view, lang);
    await editInPlace(ctx, html, keyboard);
    await ctx.answerCallbackQuery();
  });
  return composer;
}

/**
 * Redraws the pressed message. Pressing the view already shown (the ticked timeframe, a mute already set)
 * yields the same message: no edit is sent, as Telegram would refuse it. Two presses at once can still race
 * to the same content; Telegram's refusal of the second is fine.
 */
export async function editInPlace(
  ctx: CallbackQueryContext<Context>,
  text: string,
  keyboard: InlineKeyboard,
): Promise<void> {
  if (showsAlready(ctx.callbackQuery.message, text, keyboard)) return;
  try {
    await ctx.editMessageText(text, { parse_mode: 'HTML', reply_markup: keyboard });
  } catch (error) {
    if (error instanceof GrammyError && error.description.includes('message is not modified')) return;
    throw error;
  }
}

/** Whether the pressed message already reads `html` (as plain text, the way Telegram returns it) with these buttons. */
function showsAlready(message: MaybeInaccessibleMessage | undefined, html: string, keyboard: InlineKeyboard): boolean {
  if (!message || !('text' in message) || message.text === undefined) return false;
  const buttons = (rows: InlineKeyboardButton[][] | undefined) => JSON.stringify((rows ?? []).map((row) => row.map((b) => [b.text, 'callback_data' in b ? b.callback_data : b])));
  return message.text.trim() === htmlToText(html).trim() && buttons(message.reply_markup?.inline_keyboard) === buttons(keyboard.inline_keyboard);
}
