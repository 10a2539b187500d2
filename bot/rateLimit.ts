import type { Context, MiddlewareFn } from 'grammy';
import type { RateLimiter } from '../app/rateLimiter.js';

export function slowDownText(retryInMs: number): string {
  return `Slow down a little — try again in ${Math.max(1, Math.ceil(retryInMs / 1000))} s.`;
}

/**
 * Lets a request through while its user has tokens. A refused message gets "slow down" once per burst and
 * silence after; a refused button press is always answered (so it stops spinning), with the text only once.
 */
export function rateLimited(limiter: RateLimiter): MiddlewareFn<Context> {
  return async (ctx, next) => {
    const userId = ctx.from?.id;
    if (userId === undefined) return next();
    const decision = limiter.take(userId);
    if (decision.allowed) return next();
    const text = decision.firstRefusal ? slowDownText(decision.retryInMs) : undefined;
    if (ctx.callbackQuery) await ctx.answerCallbackQuery(text === undefined ? undefined : { text });
    else if (text !== undefined) await ctx.reply(text);
  };
}
