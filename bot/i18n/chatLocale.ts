import type { Context, MiddlewareFn } from 'grammy';
import { isLocale, localeOfLanguageCode, type Locale } from '../../app/locales.js';
import type { SubscriptionsRepository } from '../../storage/subscriptionsRepository.js';
import { translator, type Translate } from './translator.js';

/** A reader's language: the catalogue (`t`) and the locale numbers and dates are formatted in. */
export interface Lang {
  locale: Locale;
  t: Translate;
}

const LANGS = new Map<Locale, Lang>();

export function langFor(locale: Locale): Lang {
  let lang = LANGS.get(locale);
  if (!lang) {
    lang = { locale, t: translator(locale) };
    LANGS.set(locale, lang);
  }
  return lang;
}

/** The language a chat chose (/language, or its first /subscribe); null when it has none. */
export type ChatLanguageLookup = (chatId: number) => Locale | null;

/** The stored language of a chat, as the bot reads it: a known locale or none. */
export function storedChatLocale(subscriptions: Pick<SubscriptionsRepository, 'language'>, chatId: number): Locale | null {
  const stored = subscriptions.language(chatId);
  return isLocale(stored) ? stored : null;
}

/** Per update: its chat's stored language, read once and only when something is answered. */
const chatLocales = new WeakMap<Context, () => Locale | null>();

/**
 * Runs before everything that answers: lets `localeOf` prefer the language the update's chat chose, so a
 * handler only ever writes `langOf(ctx)`.
 */
export function chatLanguages(lookup: ChatLanguageLookup): MiddlewareFn<Context> {
  return (ctx, next) => {
    const chatId = ctx.chat?.id;
    if (chatId !== undefined) {
      let stored: Locale | null | undefined;
      chatLocales.set(ctx, () => (stored === undefined ? (stored = lookup(chatId)) : stored));
    }
    return next();
  };
}

/** The chat chose `locale` during this update: what is answered from now on speaks it. */
export function useChatLocale(ctx: Context, locale: Locale): void {
  chatLocales.set(ctx, () => locale);
}

/**
 * The language an update is answered in: the one its chat chose, else its user's Telegram `language_code`
 * (any `id…` → Indonesian).
 */
export function localeOf(ctx: Context): Locale {
  return chatLocales.get(ctx)?.() ?? localeOfLanguageCode(ctx.from?.language_code);
}

/** The reader's language for an update. */
export function langOf(ctx: Context): Lang {
  return langFor(localeOf(ctx));
}

/** The catalogue in the language of the update's user. */
export function tOf(ctx: Context): Translate {
  return langOf(ctx).t;
}
