import type { CommandMiddleware, Context } from 'grammy';
import { BadInputError } from './badInput.js';
import type { BotDeps } from './deps.js';
import { formatStatus } from './formatStatus.js';
import { langOf } from './i18n/chatLocale.js';
import { replyHtml } from './send.js';

/** `/status`: the mood and the policy's state for STATUS_PAIR. Errors go to the error boundary. */
export function statusCommand(deps: BotDeps): CommandMiddleware<Context> {
  return async (ctx) => {
    if (ctx.match.trim() !== '') {
      throw new BadInputError('input-status-takes-nothing');
    }
    ctx.replyWithChatAction('typing').catch((err: unknown) => deps.log.debug({ err }, 'chat action failed'));
    await replyHtml(ctx, formatStatus(await deps.status(), langOf(ctx)));
  };
}
