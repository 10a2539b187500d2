import type { Context, MiddlewareFn } from 'grammy';
import type { Metrics } from '../app/metrics.js';
import { COMMANDS } from './commands.js';

/** The command routes, from the one command list: any other text counts as `other`, so the label set stays bounded. */
const COMMAND_ROUTES = new Set(COMMANDS.map((c) => `/${c.command}`));

/** `/predict`, `/health`, … for one of our commands (addressed to us), `button` for a button press, else `other`. */
export function telegramRoute(ctx: Context): string {
  if (ctx.callbackQuery) return 'button';
  const message = ctx.message ?? ctx.channelPost;
  const [, name, mention] = /^\/(\w+)(?:@(\w+))?(?:\s|$)/.exec(message?.text ?? message?.caption ?? '') ?? [];
  const route = `/${name}`;
  const forUs = mention === undefined || mention.toLowerCase() === ctx.me.username.toLowerCase();
  return name !== undefined && forUs && COMMAND_ROUTES.has(route) ? route : 'other';
}

/**
 * Middleware that times every update from arrival to the end of its handling, failures included, into
 * signals_request_duration_seconds{door="telegram"}: /metrics and /health read it.
 */
export function timeRequests(metrics: Metrics): MiddlewareFn<Context> {
  return async (ctx, next) => {
    const stopTimer = metrics.requestSeconds.startTimer({ door: 'telegram', route: telegramRoute(ctx) });
    try {
      await next();
    } finally {
      stopTimer();
    }
  };
}
