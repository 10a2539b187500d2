import { Composer, type Context } from 'grammy';
import { echoInput } from './html.js';
import { tOf } from './i18n/chatLocale.js';

/** Private messages no command took: a short hint, so nothing a user sends goes unanswered. */
export function fallback(): Composer<Context> {
  const composer = new Composer<Context>();
  composer.chatType('private').on('message', async (ctx) => {
    const text = ctx.message.text ?? '';
    const t = tOf(ctx);
    const reply = text.startsWith('/')
      ? t('fallback-unknown-command', { command: echoInput(text.split(/\s/, 1)[0] ?? '') })
      : t('fallback-hint');
    await ctx.reply(reply, { parse_mode: 'HTML' });
  });
  return composer;
}
