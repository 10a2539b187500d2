import { fileURLToPath } from 'node:url';
import { I18n } from '@grammyjs/i18n';
import type { Locale } from '../../app/locales.js';

/** The catalogues: `bot/locales/<locale>/*.ftl`, one file per area, the same keys in every language. */
export const LOCALES_DIR = fileURLToPath(new URL('../locales', import.meta.url));

export type TranslationVariables = Record<string, string | number>;
/** A message of the catalogue in one language, its placeables filled (numbers and dates come preformatted). */
export type Translate = (key: string, variables?: TranslationVariables) => string;

// Fluent wraps placeables in Unicode isolation marks by default; Telegram HTML and tests want the plain text.
const i18n = new I18n({ defaultLocale: 'en', directory: LOCALES_DIR, useSession: false, fluentBundleOptions: { useIsolating: false } });

export function translator(locale: Locale): Translate {
  return (key, variables) => i18n.t(locale, key, variables);
}
