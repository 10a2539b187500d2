import type { CommandMiddleware, Context } from 'grammy';
import type { BotDeps } from './deps.js';
import { formatSweep } from './formatSweep.js';
import { langOf } from './i18n/chatLocale.js';
import { parseTimeframeArg } from './parseTimeframeArg.js';
import { replyHtml } from './send.js';

/** `/sweep [TIMEFRAME]` (admins): a sweep and the outcome job now, e.g. after an outage. */
export function sweepCommand(deps: BotDeps): CommandMiddleware<Context> {
  return async (ctx) => {
    const timeframe = parseTimeframeArg(ctx.match, 'sweep');
    ctx.replyWithChatAction('typing').catch((err: unknown) => deps.log.debug({ err }, 'chat action failed'));
    const report = await deps.sweep(timeframe);
    deps.log.info({ userId: ctx.from?.id, timeframe }, 'sweep run by an admin');
    await replyHtml(ctx, formatSweep(report, langOf(ctx)));
  };
}
