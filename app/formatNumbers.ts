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

const DURATION_UNITS: Record<Locale, { minutes: string; hours: string; days: string }> = {
  en: { minutes: 'm', hours: 'h', days: 'd' },
  id: { minutes: ' mnt', hours: ' jam', days: ' hari' },
};

/** A rough duration: 45 → "~45m", 180 → "~3h", 2880 → "~2d" (id: "~45 mnt", "~3 jam", "~2 hari"). */
export function formatDuration(minutes: number, locale: Locale = 'en'): string {
  const units = DURATION_UNITS[locale];
  if (minutes < 90) return `~${Math.max(1, Math.round(minutes))}${units.minutes}`;
  if (minutes < 48 * 60) return `~${Math.round(minutes / 60)}${units.hours}`;
  return `~${Math.round(minutes / 1440)}${units.days}`;
}

const UTC_FORMATS = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  ]),
) as Record<Locale, Intl.DateTimeFormat>;

/** Epoch ms → "2024-01-15 14:00 UTC" (en), "15 Jan 2024 14.00 UTC" (id). */
export function formatUtc(ms: number, locale: Locale = 'en'): string {
  if (locale === 'en') return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  const parts = UTC_FORMATS[locale].formatToParts(ms).filter((part) => part.type !== 'literal');
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')} ${part('month')} ${part('year')} ${part('hour')}.${part('minute')} UTC`;
}

/** A count with the language's thousands separators: 84,281 (en), 84.281 (id). */
export function formatCount(count: number, locale: Locale = 'en'): string {
  return FORMATS[locale].whole.format(count);
}

// The decimal mark of each language, as Intl writes it.
const DECIMAL_MARK = Object.fromEntries(
  LOCALES.map((locale) => [locale, FORMATS[locale].price.formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.']),
) as Record<Locale, string>;

/** A number written with `toFixed` ("2.35", "−0.40%") with the reader's decimal mark ("2,35" in id). */
export function localDecimal(text: string, locale: Locale): string {
  return text.replace('.', DECIMAL_MARK[locale]);
}

/** A number with a fixed count of decimals and no grouping: 1.25 → "1.25" (en), "1,25" (id). */
export function formatFixed(value: number, digits: number, locale: Locale): string {
  return localDecimal(value.toFixed(digits), locale);
}
