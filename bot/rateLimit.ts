import type { Context, MiddlewareFn } from 'grammy';
import type { RateLimiter } from '../app/rateLimiter.js';

export function slowDownText(retryInMs: number): string {
  return `Slow down a little — try again in ${Math.max(1, Math.ceil(retryInMs / 1000))} s.`;
}

/** Who an update counts against: its user, or its chat when it has none (a channel post). */
export function rateLimitKey(ctx: Context): string | undefined {
  if (ctx.from) return `user:${ctx.from.id}`;
  if (ctx.chat) return `chat:${ctx.chat.id}`;
  return undefined;
}

/**
 * Whether the bot answers the update: a button press, a command (in a message or a channel post), or
 * anything written in a private chat (the fallback answers it). Edits and group chatter get no answer.
 */
export function producesReply(ctx: Context): boolean {
  if (ctx.callbackQuery) return true;
  const message = ctx.message ?? ctx.channelPost;
  if (!message) return false;
  return (message.text ?? '').startsWith('/') || message.chat.type === 'private';
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
    const text = decision.firstRefusal ? slowDownText(decision.retryInMs) : undefined;
    if (ctx.callbackQuery) await ctx.answerCallbackQuery(text === undefined ? undefined : { text });
    else if (text !== undefined) await ctx.reply(text);
  };
}
