import { z } from 'zod';
import { InvalidSymbolError, UnsupportedTimeframeError } from '../market/errors.js';
import { normalizeSymbol, parseTimeframe } from '../market/symbols.js';
import { TIMEFRAMES, type Timeframe } from '../market/timeframes.js';

/** Parsers for config values that are more than a plain string; each error says what to write instead. */

/**
 * A comma-separated list of Telegram ids ("123456789, -1001234567890"); blank means none. User ids are
 * positive; chat ids of groups and channels are negative, so `negative` allows those.
 */
export function idList({ what, example, negative }: { what: string; example: string; negative: boolean }) {
  const pattern = negative ? /^-?\d{1,16}$/ : /^\d{1,16}$/;
  return z
    .string()
    .optional()
    .transform((text, ctx) => {
      const items = (text ?? '').split(',').map((item) => item.trim()).filter((item) => item !== '');
      const bad = items.find((item) => !pattern.test(item) || !Number.isSafeInteger(Number(item)));
      if (bad === undefined) return [...new Set(items.map(Number))];
      ctx.addIssue({
        code: 'custom',
        message: `must be ${what} separated by commas, such as ${example}; "${bad.slice(0, 30)}" is not one`,
      });
      return z.NEVER;
    });
}

/** A whole number from `min` to `max`; `meaning` says what it counts, for the error. */
export function wholeNumber(min: number, max: number, meaning: string) {
  const message = `must be a whole number from ${min} to ${max} (${meaning})`;
  return z
    .string()
    .regex(/^\d+$/, message)
    .transform(Number)
    .pipe(z.number().min(min, message).max(max, message));
}

/** A pair as a user would type it ("btc", "ETHUSDT", "sol/usdt"), normalised to "BTC/USDT". */
export function pair() {
  return z.string().transform((text, ctx) => {
    try {
      return normalizeSymbol(text);
    } catch (error) {
      if (!(error instanceof InvalidSymbolError)) throw error;
      ctx.addIssue({ code: 'custom', message: `must be a pair such as BTC/USDT: ${error.reason}` });
      return z.NEVER;
    }
  });
}

/** A served timeframe as a user would type it ("1h", "4H", "60m"). */
export function timeframe() {
  return z.string().transform((text, ctx): Timeframe => {
    try {
      return parseTimeframe(text);
    } catch (error) {
      if (!(error instanceof UnsupportedTimeframeError)) throw error;
      ctx.addIssue({ code: 'custom', message: `must be one of ${TIMEFRAMES.join(', ')}` });
      return z.NEVER;
    }
  });
}
