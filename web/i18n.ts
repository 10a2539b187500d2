import { en, type Messages } from './messages.js';
import { id } from './messages.id.js';

const CATALOGUES = { en, id } as const;
type Locale = keyof typeof CATALOGUES;
const INTL_LOCALE: Record<Locale, string> = { en: 'en-US', id: 'id-ID' };

/** `?lang=id` or `?lang=en` first, else the browser's languages: any `id…` reads Indonesian, anything else English. */
function pickLocale(): Locale {
  const asked = new URL(location.href).searchParams.get('lang');
  if (asked === 'id' || asked === 'en') return asked;
  return navigator.languages.some((language) => language.toLowerCase().startsWith('id')) ? 'id' : 'en';
}

export const locale: Locale = pickLocale();
/** The board's words in the reader's language. */
export const m: Messages = CATALOGUES[locale];
/** The Intl locale numbers and dates are written in. */
export const intlLocale = INTL_LOCALE[locale];
