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
import { langFor, langOf, type Lang } from './i18n/chatLocale.js';

/** A reply (HTML) for an error, and how loudly to log it: a user's typo is not an incident. */
export interface UserError {
  message: string;
  level: 'info' | 'warn' | 'error';
}

/** The apology for what went wrong on our side, in English (tests compare with it). */
export const GENERIC_APOLOGY = langFor('en').t('error-generic');

/** The one mapping from error classes to what a user reads, in the reader's language. Nothing internal leaks into a message. */
export function toUserError(error: unknown, lang: Lang): UserError {
  const { t } = lang;
  if (error instanceof BadInputError) return { message: error.render(lang), level: 'info' };
  if (error instanceof UnknownSymbolError) {
    const symbol = echoInput(error.symbol);
    const message = error.suggestions.length
      ? t('error-unknown-symbol-suggest', { symbol, suggestions: error.suggestions.map((s) => escapeHtml(s)).join(', ') })
      : t('error-unknown-symbol', { symbol });
    return { message, level: 'info' };
  }
  if (error instanceof InvalidSymbolError) {
    return { message: t('error-invalid-symbol', { input: echoInput(error.input) }), level: 'info' };
  }
  if (error instanceof UnsupportedTimeframeError) {
    return { message: t('error-unknown-timeframe', { input: echoInput(error.input), timeframes: TIMEFRAMES.join(', ') }), level: 'info' };
  }
  if (error instanceof BadCandlesError) {
    return {
      message: t('error-bad-candles', {
        symbol: escapeHtml(error.symbol),
        timeframe: escapeHtml(error.timeframe),
        reason: escapeHtml(error.reason),
      }),
      level: 'warn',
    };
  }
  if (error instanceof MarketDataError) return { message: t('error-market-data'), level: 'warn' };
  if (error instanceof NotEnoughCandlesError) {
    return { message: t('error-not-enough-candles', { timeframe: escapeHtml(error.timeframe) }), level: 'warn' };
  }
  if (error instanceof ModelOutputError) return { message: t('error-model-output'), level: 'error' };
  if (error instanceof ModelUnavailableError || error instanceof ModelRejectedError) {
    return { message: t('error-model-unavailable'), level: 'error' };
  }
  if (error instanceof RiskReferenceError) return { message: t('error-risk-unavailable'), level: 'error' };
  return { message: t('error-generic'), level: 'error' };
}

/** Telegram's limit for the text of a callback answer. */
const CALLBACK_TEXT_LIMIT = 200;

/**
 * Logs an error with the update it came from and tells the user: a toast for a button press, a reply
 * otherwise. Never throws: a failure to tell the user is logged, not raised.
 */
export async function replyWithUserError(ctx: Context, error: unknown, log: Logger): Promise<void> {
  const { message, level } = toUserError(error, langOf(ctx));
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
