import { timeframeOfWord } from '../market/symbols.js';
import type { Timeframe } from '../market/timeframes.js';
import { BadInputError } from './badInput.js';
import { parseTimeframeWord } from './parseTimeframeArg.js';
import { parseSymbolArg } from './parseSymbolArg.js';
import { echoInput, escapeHtml } from './html.js';
import type { PredictView } from './predictView.js';

/** The timeframe the examples in answers use. */
const EXAMPLE_TIMEFRAME: Timeframe = '1h';

/** Longer arguments cannot be a symbol, a timeframe and "why"; answer without parsing them. */
const MAX_ARGS_LENGTH = 48;

export const PREDICT_USAGE = '/predict SYMBOL [timeframe] [why]';
const USAGE = `<code>${PREDICT_USAGE}</code>`;

/** The word that asks for the indicators behind a call. */
const WHY = 'why';

function example(base = 'BTC', why = false): string {
  return `<code>/predict ${escapeHtml(base)} ${EXAMPLE_TIMEFRAME}${why ? ` ${WHY}` : ''}</code>`;
}

/**
 * The arguments of `/predict` (the text after the command): `SYMBOL [timeframe] [why]`, symbol and
 * timeframe in either order. No timeframe means the summary of all of them; "why" needs a timeframe.
 * Throws BadInputError with a message that says what to type instead.
 */
export function parsePredictArgs(args: string): PredictView {
  const text = args.trim();
  if (text.length > MAX_ARGS_LENGTH) {
    throw new BadInputError('input-too-long', { usage: USAGE, example: example() });
  }
  const all = text === '' ? [] : text.split(/\s+/);
  const words = all.filter((w) => w.toLowerCase() !== WHY);
  const why = words.length < all.length;
  if (words.length > 2 || all.length - words.length > 1) {
    throw new BadInputError('input-too-many-words', { command: 'predict', input: echoInput(text), usage: USAGE, example: example() });
  }
  let [symbolWord, timeframeWord] = words;
  // "/predict 4h btc" and "/predict 1h" (symbol forgotten): the timeframe came first.
  const timeframeFirst = symbolWord !== undefined && timeframeOfWord(symbolWord) !== null;
  if (timeframeFirst && (timeframeWord === undefined || timeframeOfWord(timeframeWord) === null)) {
    [symbolWord, timeframeWord] = [timeframeWord, symbolWord];
  }
  if (symbolWord === undefined) {
    throw new BadInputError('input-which-pair', { usage: USAGE, example: example() });
  }
  const symbol = parseSymbolArg(symbolWord, example());
  if (timeframeWord === undefined) {
    if (why) {
      throw new BadInputError('input-which-timeframe-why', { example: example(symbol.split('/')[0], true) });
    }
    return { kind: 'summary', symbol };
  }
  return { kind: why ? 'why' : 'detail', symbol, timeframe: parseTimeframeWord(timeframeWord, example(symbol.split('/')[0])) };
}

