import { intlLocale } from './i18n.js';

/** How numbers and times read on every page, in the reader's language. */

// A board redraw formats hundreds of numbers: each Intl.NumberFormat is built once per set of options.
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale, options);
    numberFormats.set(key, format);
  }
  return format;
}

export const percent = (share: number, digits = 0): string =>
  numberFormat({ style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(share);

export const signedPercent = (share: number): string => `${share >= 0 ? '+' : '−'}${percent(Math.abs(share), 2)}`;

/** Enough significant digits for a coin worth 0.00001 or 100,000. */
export const price = (value: number): string =>
  numberFormat({ maximumSignificantDigits: value >= 1000 ? 7 : 5, useGrouping: false }).format(value);

/** A plain number with `digits` decimals, e.g. a log-loss or an RSI. */
export const decimal = (value: number, digits: number): string =>
  numberFormat({ minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);

const UTC_PARTS = new Intl.DateTimeFormat(intlLocale, { day: '2-digit', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });

/** UTC, as the candles are aligned, day first: "06 Dec 14:00" ("06 Des 14.00" in Indonesian). */
export function utcTime(ms: number): string {
  const parts = UTC_PARTS.formatToParts(ms);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  // The language's own mark between hours and minutes (":" in English, "." in Indonesian).
  const hour = parts.findIndex((p) => p.type === 'hour');
  const separator = parts[hour + 1]?.type === 'literal' ? parts[hour + 1]!.value : ':';
  return `${part('day')} ${part('month')} ${part('hour')}${separator}${part('minute')}`;
}

/** BTC/USDT → BTCUSDT, the form the page paths use. */
export const pathSymbol = (symbol: string): string => symbol.replace('/', '');

export const arrow = (direction: string): string => (direction === 'LONG' ? '▲' : direction === 'SHORT' ? '▼' : '■');

/** Escapes text for innerHTML templates. */
export function html(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The timeframes the server serves, from the page shell (market/timeframes.ts on the server). */
export const timeframes = (): string[] => (document.body.dataset.timeframes ?? '').split(',').filter(Boolean);
