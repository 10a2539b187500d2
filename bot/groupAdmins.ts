import type { Context, MiddlewareFn } from 'grammy';
import { isAdmin, type AccessRules } from './access.js';
import { langFor, tOf } from './i18n/chatLocale.js';

const ADMIN_STATUSES: ReadonlySet<string> = new Set(['creator', 'administrator']);
/** A member's rights are asked again after this long, so a demoted admin loses them within a minute. */
const REMEMBER_MS = 60_000;
const MAX_REMEMBERED = 5_000;

/** What a member who is not an admin is told, by what the guard protects. */
export type GroupAdminsRefusal = 'group-admins-only-alerts' | 'group-admins-only-language';

/** The refusal in front of a group's alerts, in English (tests compare with it). */
export const GROUP_ADMINS_ONLY = langFor('en').t('group-admins-only-alerts');

/** Whether a user administers a group (getChatMember), remembered briefly per (chat, user). */
export class ChatAdmins {
  private readonly known = new Map<string, { admin: boolean; until: number }>();

  constructor(
    private readonly memberStatus: (chatId: number, userId: number) => Promise<string>,
    private readonly now: () => number = Date.now,
  ) {}

  async isAdmin(chatId: number, userId: number): Promise<boolean> {
    const key = `${chatId}:${userId}`;
    const remembered = this.known.get(key);
    if (remembered && remembered.until > this.now()) return remembered.admin;
    const admin = ADMIN_STATUSES.has(await this.memberStatus(chatId, userId));
    if (this.known.size >= MAX_REMEMBERED) this.known.clear();
    this.known.set(key, { admin, until: this.now() + REMEMBER_MS });
    return admin;
  }
}

/**
 * In front of what changes a chat's alerts or language: in a group, only its admins (or an anonymous admin
 * posting as the group, or a bot admin) get through; other members are told so (`refusal`). Private chats
 * and channels pass: the user owns the first, and only admins can post in the second.
 */
export function groupAdminsOnly(
  admins: ChatAdmins,
  rules: AccessRules,
  refusal: GroupAdminsRefusal = 'group-admins-only-alerts',
): MiddlewareFn<Context> {
  return async (ctx, next) => {
    const chat = ctx.chat;
    if (!chat || (chat.type !== 'group' && chat.type !== 'supergroup')) return next();
    if (isAdmin(rules, ctx) || ctx.senderChat?.id === chat.id) return next();
    if (ctx.from && (await admins.isAdmin(chat.id, ctx.from.id))) return next();
    const text = tOf(ctx)(refusal);
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text, show_alert: true });
    else await ctx.reply(text);
  };
}
