/** The languages the bot speaks; every catalogue, number format and menu is derived from this list. */
export const LOCALES = ['en', 'id'] as const;
export type Locale = (typeof LOCALES)[number];

/** The Intl locale each language formats numbers and dates with. */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-US', id: 'id-ID' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Telegram's `language_code` of a user: any `id…` (Indonesian) → `id`, anything else or none → `en`. */
export function localeOfLanguageCode(code: string | undefined): Locale {
  return code?.toLowerCase().startsWith('id') ? 'id' : 'en';
}
