import type { Locale } from '../app/locales.js';

/** A number with a fixed count of decimals and no grouping, with the language's decimal mark: 1.25 → "1.25" (en), "1,25" (id). */
export function formatFixed(value: number, digits: number, locale: Locale): string {
  const text = value.toFixed(digits);
  return locale === 'en' ? text : text.replace('.', ',');
}

/** A return or P&L as a share of notional, signed, two decimals: 0.01234 → "+1.23%", −0.004 → "−0.40%" (id: "+1,23%"). */
export function formatReturn(share: number, locale: Locale): string {
  const percent = formatFixed(share * 100, 2, locale);
  return share < 0 ? `−${percent.slice(1)}%` : `+${percent}%`;
}
