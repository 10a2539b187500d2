import type { CommandMiddleware, Context } from 'grammy';
import type { BotDeps } from './deps.js';
import { formatRisk } from './formatRisk.js';
import { langOf } from './i18n/chatLocale.js';
import { parseRiskArgs } from './parseRisk.js';

/** `/risk SYMBOL`: parse → assess → format → reply. Errors go to the error boundary. */
export function riskCommand(deps: BotDeps): CommandMiddleware<Context> {
  return async (ctx) => {
    const symbol = parseRiskArgs(ctx.match);
    ctx.replyWithChatAction('typing').catch((err: unknown) => deps.log.debug({ err }, 'chat action failed'));
    const report = await deps.risk(symbol);
    await ctx.reply(formatRisk(report, langOf(ctx)), { parse_mode: 'HTML' });
  };
}
