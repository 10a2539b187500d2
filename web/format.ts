/** How numbers and times read on every page. */

export const percent = (share: number, digits = 0): string => `${(share * 100).toFixed(digits)}%`;

export const signedPercent = (share: number): string => `${share >= 0 ? '+' : '−'}${Math.abs(share * 100).toFixed(2)}%`;

/** Enough significant digits for a coin worth 0.00001 or 100,000. */
export const price = (value: number): string => value.toPrecision(value >= 1000 ? 7 : 5).replace(/\.?0+$/, '');

/** UTC, as the candles are aligned: "06 Dec 14:00". */
export function utcTime(ms: number): string {
  const d = new Date(ms);
  const month = d.toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' });
  const hhmm = d.toISOString().slice(11, 16);
  return `${String(d.getUTCDate()).padStart(2, '0')} ${month} ${hhmm}`;
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
