import { Composer, GrammyError, type CallbackQueryContext, type CommandMiddleware, type Context } from 'grammy';
import type { BotDeps } from './deps.js';
import { sendChart } from './chart/sendChart.js';
import { PREDICT_CALLBACK, parsePredictCallbackData } from './callbackData.js';
import { formatPrediction, timeframeKeyboard } from './formatPrediction.js';
import { parsePredictArgs } from './parsePredict.js';

/**
 * `/predict SYMBOL [timeframe]`: parse → predict → format → reply, then a chart when the user named the
 * timeframe. Errors before the text reply go to the error boundary; the chart never fails the request.
 */
export function predictCommand(deps: BotDeps): CommandMiddleware<Context> {
  return async (ctx) => {
    const { symbol, timeframe } = parsePredictArgs(ctx.match);
    ctx.replyWithChatAction('typing').catch((err: unknown) => deps.log.debug({ err }, 'chat action failed'));
    const prediction = await deps.predict(symbol, timeframe);
    await ctx.reply(formatPrediction(prediction), {
      parse_mode: 'HTML',
      reply_markup: timeframeKeyboard(prediction.symbol, prediction.timeframe),
    });
    if (namesTimeframe(ctx.match)) await sendChart(ctx, deps, prediction);
  };
}

/** Arguments that parsed as two words hold a symbol and a timeframe. */
function namesTimeframe(args: string): boolean {
  return args.trim().split(/\s+/).length === 2;
}

/** Timeframe buttons under a prediction: re-run it for the pressed timeframe and edit the message in place. */
export function predictButtons(deps: BotDeps): Composer<Context> {
  const composer = new Composer<Context>();
  composer.callbackQuery(PREDICT_CALLBACK, async (ctx) => {
    const request = parsePredictCallbackData(ctx.callbackQuery.data);
    if (!request) {
      await ctx.answerCallbackQuery({ text: 'This button is out of date. Send /predict again.' });
      return;
    }
    const prediction = await deps.predict(request.symbol, request.timeframe);
    await editInPlace(ctx, formatPrediction(prediction), timeframeKeyboard(prediction.symbol, prediction.timeframe));
    await ctx.answerCallbackQuery();
  });
  return composer;
}

/** Pressing the shown timeframe again may yield the same text; Telegram refuses that edit, which is fine. */
async function editInPlace(
  ctx: CallbackQueryContext<Context>,
  text: string,
  keyboard: ReturnType<typeof timeframeKeyboard>,
): Promise<void> {
  try {
    await ctx.editMessageText(text, { parse_mode: 'HTML', reply_markup: keyboard });
  } catch (error) {
    if (error instanceof GrammyError && error.description.includes('message is not modified')) return;
    throw error;
  }
}
