import type { Context, MiddlewareFn } from 'grammy';
import type { RateLimiter } from '../app/rateLimiter.js';
import { formatCount } from '../app/formatNumbers.js';
import { COMMANDS } from './commands.js';
import { langOf, type Lang } from './i18n/chatLocale.js';

export function slowDownText(retryInMs: number, lang: Lang): string {
  return lang.t('slow-down', { seconds: formatCount(Math.max(1, Math.ceil(retryInMs / 1000)), lang.locale) });
}

/** Who an update counts against: its user, or its chat when it has none (a channel post). */
export function rateLimitKey(ctx: Context): string | undefined {
  if (ctx.from) return `user:${ctx.from.id}`;
  if (ctx.chat) return `chat:${ctx.chat.id}`;
  return undefined;
}

/** Our commands, as grammY matches them: `/predict` or `/predict@ourbot`, not another bot's. */
const COMMAND_NAMES = COMMANDS.map((c) => c.command);

/**
 * Whether the bot answers the update: a button press, one of our commands addressed to us (in a message or
 * a channel post), or anything written in a private chat (the fallback answers it). Edits, group chatter,
 * unknown commands and other bots' commands in a group get no answer, so they take no token either.
 */
export function producesReply(ctx: Context): boolean {
  if (ctx.callbackQuery) return true;
  const message = ctx.message ?? ctx.channelPost;
  if (!message) return false;
  return message.chat.type === 'private' || ctx.hasCommand(COMMAND_NAMES);
}

/**
 * Every update the bot answers takes a token from its client's bucket. A refused message gets "slow down"
 * once per burst and silence after; a refused button press is always answered (so it stops spinning),
 * with the text only once.
 */
export function rateLimited(limiter: RateLimiter): MiddlewareFn<Context> {
  return async (ctx, next) => {
    const key = rateLimitKey(ctx);
    if (key === undefined || !producesReply(ctx)) return next();
    const decision = limiter.take(key);
    if (decision.allowed) return next();
    const text = decision.firstRefusal ? slowDownText(decision.retryInMs, langOf(ctx)) : undefined;
    if (ctx.callbackQuery) await ctx.answerCallbackQuery(text === undefined ? undefined : { text });
    else if (text !== undefined) await ctx.reply(text);
  };
}
