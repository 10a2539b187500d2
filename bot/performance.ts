import type { CommandMiddleware, Context } from 'grammy';
import type { BotDeps } from './deps.js';
import { formatPerformance } from './formatPerformance.js';
import { langOf } from './i18n/chatLocale.js';
import { parseTimeframeArg } from './parseTimeframeArg.js';
import { replyHtml } from './send.js';

/** `/performance [TIMEFRAME]`: how the alert signals turned out over 7, 30 and 90 days. */
export function performanceCommand(deps: BotDeps): CommandMiddleware<Context> {
  return (ctx) => replyHtml(ctx, formatPerformance(deps.performance(parseTimeframeArg(ctx.match, 'performance')), langOf(ctx)));
}
