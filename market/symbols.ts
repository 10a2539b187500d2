import { InvalidSymbolError, UnknownSymbolError, UnsupportedTimeframeError } from './errors.js';
import { TIMEFRAMES, isTimeframe, type Timeframe } from './timeframes.js';

/**
 * Quote assets recognised at the end of a symbol typed without a separator ("btcusdt").
 * Longest first, so that "FDUSD" wins over a shorter match.
 */
export const QUOTE_ASSETS = [
  'FDUSD', 'USDT', 'USDC', 'BUSD', 'TUSD', 'USD', 'BTC', 'ETH', 'BNB', 'DAI', 'EUR', 'GBP', 'TRY', 'BRL', 'JPY',
] as const;

const MAX_SYMBOL_LENGTH = 20;
const SEPARATORS = /[/\-_]/;
const ALLOWED = /^[A-Z0-9/\-_]+$/;
/** Below this base length a suffix match is more likely a ticker (WBTC) than BASE+QUOTE. */
const MIN_BASE_LENGTH = 2;

/** `btc`, `BTCUSDT`, `BTC-USDT`, `btc_usdt`, `$btc/usdt` → `BTC/USDT`. */
export function normalizeSymbol(input: string, defaultQuote = 'USDT'): string {
  const text = input.trim().replace(/^\$/, '').toUpperCase();
  if (text === '') throw new InvalidSymbolError(input, 'it is empty');
  if (text.length > MAX_SYMBOL_LENGTH) {
    throw new InvalidSymbolError(input, `it is longer than ${MAX_SYMBOL_LENGTH} characters`);
  }
  if (!ALLOWED.test(text)) {
    throw new InvalidSymbolError(input, 'only letters, digits and one of / - _ are allowed');
  }
  const parts = text.split(SEPARATORS);
  if (parts.length > 2) throw new InvalidSymbolError(input, 'it has more than one separator');
  if (parts.length === 2) {
    const [base = '', quote = ''] = parts;
    if (base === '' || quote === '') throw new InvalidSymbolError(input, 'base or quote is missing');
    return `${base}/${quote}`;
  }
  const quote = QUOTE_ASSETS.find((q) => text.endsWith(q) && text.length - q.length >= MIN_BASE_LENGTH);
  return quote ? `${text.slice(0, -quote.length)}/${quote}` : `${text}/${defaultQuote.toUpperCase()}`;
}

/** The listed symbol, or an UnknownSymbolError carrying the closest listed ones. */
export function resolveSymbol(normalized: string, listed: readonly string[]): string {
  if (listed.includes(normalized)) return normalized;
  throw new UnknownSymbolError(normalized, suggestSymbols(normalized, listed));
}

/** Up to `max` listed symbols whose base is closest to the symbol's base, same quote first. */
export function suggestSymbols(symbol: string, listed: readonly string[], max = 3): string[] {
  const [base = '', quote = ''] = symbol.split('/');
  const tolerance = Math.max(1, Math.floor(base.length / 2));
  return listed
    .filter((s) => s !== symbol)
    .map((s) => {
      const [b = '', q = ''] = s.split('/');
      return { s, distance: editDistance(base, b), otherQuote: q === quote ? 0 : 1 };
    })
    .filter((c) => c.distance <= tolerance)
    .sort((a, b) => a.distance - b.distance || a.otherQuote - b.otherQuote || a.s.localeCompare(b.s))
    .slice(0, max)
    .map((c) => c.s);
}

/** Levenshtein distance, one rolling row. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** A Map, not an object: a typed word such as "constructor" must not find something on Object.prototype. */
const TIMEFRAME_ALIASES = new Map<string, Timeframe>([
  ['15min', '15m'],
  ['60m', '1h'],
  ['h', '1h'],
  ['240m', '4h'],
  ['24h', '1d'],
  ['d', '1d'],
  ['1440m', '1d'],
]);

/** The timeframe a word names, or null. Case-insensitive: `1H` → `1h`, `60m` → `1h`, `D`/`24h` → `1d`, `240m` → `4h`. */
export function timeframeOfWord(input: string): Timeframe | null {
  const text = input.trim().toLowerCase();
  if (isTimeframe(text)) return text;
  return TIMEFRAME_ALIASES.get(text) ?? null;
}

/** timeframeOfWord, throwing UnsupportedTimeframeError for a word that names none. */
export function parseTimeframe(input: string): Timeframe {
  const timeframe = timeframeOfWord(input);
  if (timeframe === null) throw new UnsupportedTimeframeError(input, TIMEFRAMES);
  return timeframe;
}
