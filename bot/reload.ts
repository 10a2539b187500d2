import type { CommandMiddleware, Context } from 'grammy';
import { BadInputError } from './badInput.js';
import type { BotDeps } from './deps.js';
import { formatReload } from './formatReload.js';
import { langOf } from './i18n/chatLocale.js';
import { replyHtml } from './send.js';

/** `/reload` (admins): re-reads the models folder without a restart and says what serves now. */
export function reloadCommand(deps: BotDeps): CommandMiddleware<Context> {
  return async (ctx) => {
    if (ctx.match.trim() !== '') {
      throw new BadInputError('input-reload-takes-nothing');
    }
    const result = await deps.reloadModels();
    const models = result.models.map((m) => m.modelVersion);
    if (result.reloaded) deps.log.info({ userId: ctx.from?.id, models, refused: result.refused }, 'models reloaded');
    else deps.log.warn({ userId: ctx.from?.id, models, reasons: result.reasons }, 'model reload refused');
    await replyHtml(ctx, formatReload(result, langOf(ctx)));
  };
}
