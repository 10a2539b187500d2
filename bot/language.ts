import { Composer, InlineKeyboard, type CommandMiddleware, type Context } from 'grammy';
import { isLocale, LOCALES, type Locale } from '../app/locales.js';
import type { BotDeps } from './deps.js';
import { groupAdminsOnly, type ChatAdmins } from './groupAdmins.js';
import { langFor, localeOf, useChatLocale, type Lang } from './i18n/chatLocale.js';
import { editInPlace } from './predict.js';
import { replyHtml } from './send.js';

/** Each language by its own name, the same on every button whatever the chat reads now. */
export const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', id: 'Bahasa Indonesia' };

/** Button data: `lang:id`. It carries the wanted language, so a second press or an old message does no harm. */
export const LANGUAGE_CALLBACK = /^lang:/;

export function languageData(locale: Locale): string {
  return `lang:${locale}`;
}

export function parseLanguageData(data: string): Locale | null {
  const [prefix, locale] = data.split(':');
  return prefix === 'lang' && isLocale(locale) ? locale : null;
}

/** /language: which language the chat reads the bot in, with one button per language (the current one ticked). */
export function languageView(lang: Lang): { html: string; keyboard: InlineKeyboard } {
  const keyboard = new InlineKeyboard();
  for (const locale of LOCALES) {
    keyboard.text(`${locale === lang.locale ? '✓ ' : ''}${LANGUAGE_NAMES[locale]}`, languageData(locale));
  }
  return { html: lang.t('language-choose', { language: LANGUAGE_NAMES[lang.locale] }), keyboard };
}

/** `/language`: anyone may look; the buttons are behind the group's admins. */
export function languageCommand(): CommandMiddleware<Context> {
  return async (ctx) => {
    const { html, keyboard } = languageView(langFor(localeOf(ctx)));
    await replyHtml(ctx, html, { reply_markup: keyboard });
  };
}

/** The buttons under /language (a group's admins only): store the chat's choice and redraw in it. */
export function languageButtons(deps: BotDeps, chatAdmins: ChatAdmins): Composer<Context> {
  const composer = new Composer<Context>();
  composer.callbackQuery(LANGUAGE_CALLBACK, groupAdminsOnly(chatAdmins, deps.access, 'group-admins-only-language'), async (ctx) => {
    const locale = parseLanguageData(ctx.callbackQuery.data);
    const chatId = ctx.chat?.id;
    if (!locale || chatId === undefined) {
      await ctx.answerCallbackQuery({ text: langFor(localeOf(ctx)).t('button-inactive') });
      return;
    }
    deps.alerts.subscriptions.setLanguage(chatId, locale);
    useChatLocale(ctx, locale);
    const lang = langFor(locale);
    const { html, keyboard } = languageView(lang);
    await editInPlace(ctx, html, keyboard);
    await ctx.answerCallbackQuery({ text: lang.t('language-chosen', { language: LANGUAGE_NAMES[locale] }) });
  });
  return composer;
}
