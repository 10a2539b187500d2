import type { Context, MiddlewareFn } from 'grammy';
import { tOf } from './i18n/chatLocale.js';

/** Who the bot serves and who may run admin commands (ALLOWED_CHAT_IDS, ADMIN_USER_IDS). */
export interface AccessRules {
  /** Chats the bot serves; empty means every chat (a public bot). */
  allowedChatIds: ReadonlySet<number>;
  adminUserIds: ReadonlySet<number>;
}

export function isAdmin(rules: AccessRules, ctx: Context): boolean {
  const userId = ctx.from?.id;
  return userId !== undefined && rules.adminUserIds.has(userId);
}

/**
 * Runs before every feature. With an allow-list set, an update from another chat goes no further: a
 * message in a private chat gets one polite refusal, a button press is answered with a short notice (so
 * it stops spinning), and groups and channels get nothing, so a bot added to a stranger's group stays
 * quiet there. Admins are served in any chat.
 */
export function allowedChatsOnly(rules: AccessRules): MiddlewareFn<Context> {
  return async (ctx, next) => {
    const chat = ctx.chat;
    if (rules.allowedChatIds.size === 0 || isAdmin(rules, ctx) || (chat && rules.allowedChatIds.has(chat.id))) {
      return next();
    }
    const t = tOf(ctx);
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: t('access-private-bot-short') });
    else if (ctx.message && chat?.type === 'private') {
      await ctx.reply(t('access-private-bot', { chatId: String(chat.id) }), { parse_mode: 'HTML' });
    }
  };
}

/** In front of an admin command: anyone else is told so and the command does not run. */
export function adminsOnly(rules: AccessRules): MiddlewareFn<Context> {
  return async (ctx, next) => {
    if (isAdmin(rules, ctx)) return next();
    await ctx.reply(tOf(ctx)('access-admins-only'));
  };
}
