/** Number, time and duration formats shared by every reply, so a price reads the same everywhere. */

const PRICE_SIGNIFICANT_DIGITS = 6;
// Made once: an Intl.NumberFormat takes longer to build than a whole reply takes to format.
const WHOLE_NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const SIGNIFICANT_PRICE = new Intl.NumberFormat('en-US', { maximumSignificantDigits: PRICE_SIGNIFICANT_DIGITS });

/**
 * Six significant digits, never rounding away integer digits, grouped with commas:
 * 43210.54 → "43,210.5", 0.0000123456 → "0.0000123456", 2.5 → "2.5".
 */
export function formatPrice(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const integerDigits = Math.abs(value) >= 1 ? Math.floor(Math.log10(Math.abs(value))) + 1 : 0;
  return (integerDigits >= PRICE_SIGNIFICANT_DIGITS ? WHOLE_NUMBER : SIGNIFICANT_PRICE).format(value);
}

/** 0.6234 → "62%"; small non-zero shares keep one decimal so they don't read as 0%. */
export function formatPercent(share: number): string {
  const percent = share * 100;
  const digits = percent !== 0 && Math.abs(percent) < 1 ? 1 : 0;
  return `${percent.toFixed(digits)}%`;
}

/** A rough duration: 45 → "~45m", 180 → "~3h", 2880 → "~2d". */
export function formatDuration(minutes: number): string {
  if (minutes < 90) return `~${Math.max(1, Math.round(minutes))}m`;
  if (minutes < 48 * 60) return `~${Math.round(minutes / 60)}h`;
  return `~${Math.round(minutes / 1440)}d`;
}

/** Epoch ms → "2024-01-15 14:00 UTC". */
export function formatUtc(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** A count with thousands separators: 84,281. */
export function formatCount(count: number): string {
  return WHOLE_NUMBER.format(count);
}
