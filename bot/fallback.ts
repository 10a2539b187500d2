import { Composer, type Context } from 'grammy';
import { echoInput } from './html.js';

/** Private messages no command took: a short hint, so nothing a user sends goes unanswered. */
export function fallback(): Composer<Context> {
  const composer = new Composer<Context>();
  composer.chatType('private').on('message', async (ctx) => {
    const text = ctx.message.text ?? '';
    const reply = text.startsWith('/')
      ? `Unknown command "${echoInput(text.split(/\s/, 1)[0] ?? '')}". /help lists the commands.`
      : 'Send a command — for example <code>/predict BTC 1h</code>. /help lists them all.';
    await ctx.reply(reply, { parse_mode: 'HTML' });
  });
  return composer;
}
