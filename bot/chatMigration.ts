import { Composer, type Context } from 'grammy';
import type { BotDeps } from './deps.js';

/**
 * A group that becomes a supergroup gets a new chat id: Telegram posts migrate_to_chat_id in the old chat
 * (and migrate_from_chat_id in the new one). Its subscriptions, settings and deliveries follow it.
 */
export function chatMigration(deps: BotDeps): Composer<Context> {
  const composer = new Composer<Context>();
  const move = (from: number, to: number) => {
    const moved = deps.alerts.subscriptions.moveChat(from, to);
    deps.log.info({ from, to, ...moved }, 'group became a supergroup; its alerts moved');
  };
  composer.on('message:migrate_to_chat_id', (ctx) => move(ctx.chat.id, ctx.message.migrate_to_chat_id));
  composer.on('message:migrate_from_chat_id', (ctx) => move(ctx.message.migrate_from_chat_id, ctx.chat.id));
  return composer;
}
