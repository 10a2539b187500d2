import type { Context } from 'grammy';
import type { Logger } from 'pino';
import { ModelOutputError, ModelRejectedError, ModelUnavailableError, NotEnoughCandlesError } from '../inference/errors.js';
import { RiskReferenceError } from '../inference/risk/reference.js';
import {
  BadCandlesError,
  InvalidSymbolError,
  MarketDataError,
  UnknownSymbolError,
  UnsupportedTimeframeError,
} from '../market/errors.js';
import { TIMEFRAMES } from '../market/timeframes.js';
import { BadInputError } from './badInput.js';
import { echoInput, escapeHtml, htmlToText } from './html.js';

/** A reply (HTML) for an error, and how loudly to log it: a user's typo is not an incident. */
export interface UserError {
  message: string;
  level: 'info' | 'warn' | 'error';
}

export const GENERIC_APOLOGY = 'Sorry, something went wrong on our side. Please try again later.';

/** The one mapping from error classes to what a user reads. Nothing internal leaks into a message. */
export function toUserError(error: unknown): UserError {
  if (error instanceof BadInputError) return { message: error.userMessage, level: 'info' };
  if (error instanceof UnknownSymbolError) {
    const hint = error.suggestions.length
      ? `Did you mean ${error.suggestions.map((s) => escapeHtml(s)).join(', ')}?`
      : 'Check the spelling — for example <code>/predict BTC 1h</code>.';
    return { message: `Unknown symbol <b>${echoInput(error.symbol)}</b>. ${hint}`, level: 'info' };
  }
  if (error instanceof InvalidSymbolError) {
    return {
      message: `"${echoInput(error.input)}" is not a symbol. Type a coin like BTC or a pair like ETH/USDT.`,
      level: 'info',
    };
  }
  if (error instanceof UnsupportedTimeframeError) {
    return {
      message: `Unknown timeframe "${echoInput(error.input)}". Use one of ${TIMEFRAMES.join(', ')}.`,
      level: 'info',
    };
  }
  if (error instanceof BadCandlesError) {
    return {
      message:
        `The exchange's ${escapeHtml(error.symbol)} ${escapeHtml(error.timeframe)} candles look wrong right now ` +
        `(${escapeHtml(error.reason)}), so there is no signal from them. Please try again in a few minutes.`,
      level: 'warn',
    };
  }
  if (error instanceof MarketDataError) {
    return { message: 'Market data is unavailable right now. Please try again in a minute.', level: 'warn' };
  }
  if (error instanceof NotEnoughCandlesError) {
    return {
      message: `There is not enough ${escapeHtml(error.timeframe)} history for this pair yet. Try a shorter timeframe.`,
      level: 'warn',
    };
  }
  if (error instanceof ModelOutputError) {
    return { message: 'The model gave an answer that does not add up for this pair, so there is no signal. Try another timeframe.', level: 'error' };
  }
  if (error instanceof ModelUnavailableError || error instanceof ModelRejectedError) {
    return { message: 'No model is available for this timeframe right now. Try another timeframe.', level: 'error' };
  }
  if (error instanceof RiskReferenceError) {
    return { message: 'Risk scores are unavailable right now. /predict still works.', level: 'error' };
  }
  return { message: GENERIC_APOLOGY, level: 'error' };
}

/** Telegram's limit for the text of a callback answer. */
const CALLBACK_TEXT_LIMIT = 200;

/**
 * Logs an error with the update it came from and tells the user: a toast for a button press, a reply
 * otherwise. Never throws: a failure to tell the user is logged, not raised.
 */
export async function replyWithUserError(ctx: Context, error: unknown, log: Logger): Promise<void> {
  const { message, level } = toUserError(error);
  log[level](
    {
      err: loggable(error),
      updateId: ctx.update.update_id,
      chatId: ctx.chat?.id,
      command: ctx.message?.text?.split(/\s/, 1)[0]?.slice(0, 32),
      callbackData: ctx.callbackQuery?.data?.slice(0, 64),
    },
    'request failed',
  );
  try {
    if (ctx.callbackQuery) {
      await ctx.answerCallbackQuery({ text: htmlToText(message).slice(0, CALLBACK_TEXT_LIMIT), show_alert: true });
    } else if (ctx.chat) {
      await ctx.reply(message, { parse_mode: 'HTML' });
    }
  } catch (replyError) {
    log.warn({ err: loggable(replyError), updateId: ctx.update.update_id }, 'could not tell the user about an error');
  }
}

/** grammY's HttpError wraps the fetch error, whose message holds the request URL and so the token. */
export function loggable(error: unknown): unknown {
  if (error instanceof Error && error.name === 'HttpError') return { name: error.name, message: error.message };
  return error;
}
