import type { Context } from 'grammy';
import { localeOfLanguageCode, type Locale } from '../../app/locales.js';
import { translator, type Translate } from './translator.js';

/** The language an update is answered in: its user's Telegram `language_code` (any `id…` → Indonesian). */
export function localeOf(ctx: Context): Locale {
  return localeOfLanguageCode(ctx.from?.language_code);
}

/** The catalogue in the language of the update's user. */
export function tOf(ctx: Context): Translate {
  return translator(localeOf(ctx));
}
