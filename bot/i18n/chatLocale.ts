import type { Context } from 'grammy';
import { localeOfLanguageCode, type Locale } from '../../app/locales.js';
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

/** The language an update is answered in: its user's Telegram `language_code` (any `id…` → Indonesian). */
export function localeOf(ctx: Context): Locale {
  return localeOfLanguageCode(ctx.from?.language_code);
}

/** The reader's language for an update. */
export function langOf(ctx: Context): Lang {
  return langFor(localeOf(ctx));
}

/** The catalogue in the language of the update's user. */
export function tOf(ctx: Context): Translate {
  return langOf(ctx).t;
}
