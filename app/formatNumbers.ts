import { INTL_LOCALE, LOCALES, type Locale } from './locales.js';

/** Number, time and duration formats shared by every reply, so a price reads the same everywhere, in each language. */

const PRICE_SIGNIFICANT_DIGITS = 6;
// Made once per language: an Intl.NumberFormat takes longer to build than a whole reply takes to format.
const FORMATS = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    {
      whole: new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 0 }),
      price: new Intl.NumberFormat(INTL_LOCALE[locale], { maximumSignificantDigits: PRICE_SIGNIFICANT_DIGITS }),
      percent: [0, 1].map((digits) => new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits })),
    },
  ]),
) as Record<Locale, { whole: Intl.NumberFormat; price: Intl.NumberFormat; percent: Intl.NumberFormat[] }>;

/**
 * Six significant digits, never rounding away integer digits, grouped as the language groups them:
 * 43210.54 → "43,210.5" (en) or "43.210,5" (id), 0.0000123456 → "0.0000123456", 2.5 → "2.5".
 */
export function formatPrice(value: number, locale: Locale = 'en'): string {
  if (!Number.isFinite(value)) return String(value);
  const integerDigits = Math.abs(value) >= 1 ? Math.floor(Math.log10(Math.abs(value))) + 1 : 0;
  const { whole, price } = FORMATS[locale];
  return (integerDigits >= PRICE_SIGNIFICANT_DIGITS ? whole : price).format(value);
}

/** 0.6234 → "62%" ("62%" in id too); small non-zero shares keep one decimal so they don't read as 0%. */
export function formatPercent(share: number, locale: Locale = 'en'): string {
  const percent = share * 100;
  const digits = percent !== 0 && Math.abs(percent) < 1 ? 1 : 0;
  return FORMATS[locale].percent[digits]!.format(share);
}

/** A rough duration: 45 → "~45m", 180 → "~3h", 2880 → "~2d". */
export function formatDuration(minutes: number): string {
  if (minutes < 90) return `~${Math.max(1, Math.round(minutes))}m`;
  if (minutes < 48 * 60) return `~${Math.round(minutes / 60)}h`;
  return `~${Math.round(minutes / 1440)}d`;
}

const UTC_DATE_TIME = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  ]),
) as Record<Locale, Intl.DateTimeFormat>;

/** Epoch ms → "2024-01-15 14:00 UTC" (en), "15 Jan 2024 14.00 UTC" (id). */
export function formatUtc(ms: number, locale: Locale = 'en'): string {
  if (locale === 'en') return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return `${UTC_DATE_TIME[locale].format(ms).replace(', ', ' ')} UTC`;
}

/** A count with the language's thousands separators: 84,281 (en), 84.281 (id). */
export function formatCount(count: number, locale: Locale = 'en'): string {
  return FORMATS[locale].whole.format(count);
}
