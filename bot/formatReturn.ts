import { formatFixed } from '../app/formatNumbers.js';
import type { Locale } from '../app/locales.js';

/** A return or P&L as a share of notional, signed, two decimals: 0.01234 → "+1.23%", −0.004 → "−0.40%" (id: "+1,23%"). */
export function formatReturn(share: number, locale: Locale): string {
  const percent = formatFixed(share * 100, 2, locale);
  return share < 0 ? `−${percent.slice(1)}%` : `+${percent}%`;
}
