import { autoRetry } from '@grammyjs/auto-retry';
import { Bot, type BotError, type Context } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { allowedChatsOnly } from './access.js';
import { alertsButtons } from './alerts/alertsCommand.js';
import { commandComposers } from './commands.js';
import { countRateLimits } from './countRateLimits.js';
import type { BotDeps } from './deps.js';
import { chatMigration } from './chatMigration.js';
import { fallback } from './fallback.js';
import { chatLanguages, storedChatLocale, tOf } from './i18n/chatLocale.js';
import { languageButtons } from './language.js';
import { logRetriedCalls } from './logRetriedCalls.js';
import { ChatAdmins } from './groupAdmins.js';
import { predictButtons } from './predict.js';
import { rateLimited } from './rateLimit.js';
import { timeRequests } from './timeRequests.js';
import { loggable, replyWithUserError } from './userErrors.js';

export interface CreateBotOptions {
  /** Bot API server root (TELEGRAM_API_ROOT); the emulator's in tests. */
  apiRoot?: string;
  /** Preset bot info, so the bot can handle updates without calling getMe. */
  botInfo?: UserFromGetMe;
}

/**
 * Retries 429s and 5xx a few times, but gives up rather than hold a handler for minutes. A network error is
 * not retried here (auto-retry would retry it forever, hanging a handler or the start-up): polling retries
 * its own fetches, and a reply that cannot reach Telegram fails like any other.
 */
const RETRY = { maxRetryAttempts: 3, maxDelaySeconds: 60, rethrowHttpErrors: true };

/** The bot with every feature wired; the caller decides how updates arrive (runner, webhook, console). */
export function createBot(token: string, deps: BotDeps, options: CreateBotOptions = {}): Bot {
  const bot = new Bot(token, {
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
    client: options.apiRoot ? { apiRoot: options.apiRoot } : {},
  });
  // Inside auto-retry, so each 429 is counted and each failed attempt logged, even those auto-retry waits out.
  bot.api.config.use(countRateLimits(deps.metrics), logRetriedCalls(deps.log), autoRetry(RETRY));

  const boundary = (error: BotError<Context>) => replyWithUserError(error.ctx, error.error, deps.log);
  // First of all, so the request times (/metrics, /health) cover everything an update goes through.
  bot.use(timeRequests(deps.metrics));
  // Before every feature: chats that are not allowed go no further, and every update the bot answers
  // counts against its user's (or channel's) rate limit.
  // Every answer, refusals included, speaks the language the chat chose (else its user's).
  bot.use(chatLanguages((chatId) => storedChatLocale(deps.alerts.subscriptions, chatId)));
  bot.use(allowedChatsOnly(deps.access));
  bot.use(rateLimited(deps.rateLimiter));
  const chatAdmins = new ChatAdmins((chatId, userId) => bot.api.getChatMember(chatId, userId).then((member) => member.status));
  const features = [...commandComposers(deps, chatAdmins), predictButtons(deps), alertsButtons(deps, chatAdmins), languageButtons(deps, chatAdmins), chatMigration(deps), fallback()];
  for (const feature of features) {
    bot.errorBoundary(boundary).use(feature);
  }
  // Registered last: any button nothing else answered still stops spinning.
  bot.on('callback_query', (ctx) => ctx.answerCallbackQuery({ text: tOf(ctx)('button-inactive') }));

  bot.catch((error) => {
    deps.log.error({ err: loggable(error.error), updateId: error.ctx.update.update_id }, 'unhandled bot error');
  });
  return bot;
}
