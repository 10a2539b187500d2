import { InvalidSymbolError, UnsupportedTimeframeError } from '../market/errors.js';
import { normalizeSymbol, parseTimeframe } from '../market/symbols.js';
import { TIMEFRAMES, type Timeframe } from '../market/timeframes.js';
import { BadInputError } from './badInput.js';
import { echoInput, escapeHtml } from './html.js';

export interface PredictRequest {
  symbol: string;
  timeframe: Timeframe;
}

/** Used when the user names no timeframe. */
export const DEFAULT_TIMEFRAME: Timeframe = '1h';

/** Longer arguments cannot be a symbol plus a timeframe; answer without parsing them. */
const MAX_ARGS_LENGTH = 48;

const USAGE = '<code>/predict SYMBOL [timeframe]</code>';

function example(base = 'BTC'): string {
  return `<code>/predict ${escapeHtml(base)} ${DEFAULT_TIMEFRAME}</code>`;
}

function isTimeframeWord(word: string): boolean {
  try {
    parseTimeframe(word);
    return true;
  } catch {
    return false;
  }
}

/**
 * The arguments of `/predict` (the text after the command): `SYMBOL [timeframe]`, in either order.
 * Throws BadInputError with a message that says what to type instead.
 */
export function parsePredictArgs(args: string): PredictRequest {
  const text = args.trim();
  if (text.length > MAX_ARGS_LENGTH) {
    throw new BadInputError(`That is too long for a command. Type ${USAGE} — for example ${example()}.`);
  }
  const words = text === '' ? [] : text.split(/\s+/);
  if (words.length > 2) {
    throw new BadInputError(
      `Too many words after /predict: "${echoInput(text)}". Type ${USAGE} — for example ${example()}.`,
    );
  }
  let [symbolWord, timeframeWord] = words;
  // "/predict 4h btc" and "/predict 1h" (symbol forgotten): the timeframe came first.
  const timeframeFirst = symbolWord !== undefined && isTimeframeWord(symbolWord);
  if (timeframeFirst && (timeframeWord === undefined || !isTimeframeWord(timeframeWord))) {
    [symbolWord, timeframeWord] = [timeframeWord, symbolWord];
  }
  if (symbolWord === undefined) {
    throw new BadInputError(`Which pair? Type ${USAGE} — for example ${example()}.`);
  }
  const symbol = parseSymbol(symbolWord);
  return { symbol, timeframe: timeframeWord === undefined ? DEFAULT_TIMEFRAME : parseTf(timeframeWord, symbol) };
}

function parseSymbol(word: string): string {
  try {
    return normalizeSymbol(word);
  } catch (error) {
    if (!(error instanceof InvalidSymbolError)) throw error;
    throw new BadInputError(
      `"${echoInput(word)}" is not a symbol: ${escapeHtml(error.reason)}. ` +
        `Type a coin like BTC or a pair like ETH/USDT — for example ${example()}.`,
    );
  }
}

function parseTf(word: string, symbol: string): Timeframe {
  try {
    return parseTimeframe(word);
  } catch (error) {
    if (!(error instanceof UnsupportedTimeframeError)) throw error;
    throw new BadInputError(
      `Unknown timeframe "${echoInput(word)}". Use one of ${TIMEFRAMES.join(', ')} — ` +
        `for example ${example(symbol.split('/')[0])}.`,
    );
  }
}
