import { RISK_TIMEFRAME } from '../inference/risk/factors.js';
import { timeframeOfWord } from '../market/symbols.js';
import { BadInputError } from './badInput.js';
import { parseSymbolArg } from './parseSymbolArg.js';
import { echoInput, escapeHtml } from './html.js';

/** Longer arguments cannot be one symbol; answer without parsing them. */
const MAX_ARGS_LENGTH = 32;

const USAGE = '<code>/risk SYMBOL</code>';

function example(base = 'BTC'): string {
  return `<code>/risk ${escapeHtml(base)}</code>`;
}

/**
 * The argument of `/risk` (the text after the command): one symbol, normalised ('btc' → 'BTC/USDT').
 * Throws BadInputError with a message that says what to type instead.
 */
export function parseRiskArgs(args: string): string {
  const text = args.trim();
  if (text.length > MAX_ARGS_LENGTH) {
    throw new BadInputError('input-too-long', { usage: USAGE, example: example() });
  }
  const words = text === '' ? [] : text.split(/\s+/);
  const [word, extra] = words;
  if (word === undefined) throw new BadInputError('input-which-pair', { usage: USAGE, example: example() });
  const symbol = parseSymbolArg(word, example());
  if (extra !== undefined && words.length === 2 && timeframeOfWord(extra) !== null) {
    throw new BadInputError('input-risk-no-timeframe', { timeframe: RISK_TIMEFRAME, example: example(symbol.split('/')[0]) });
  }
  if (extra !== undefined) {
    throw new BadInputError('input-too-many-words', { command: 'risk', input: echoInput(text), usage: USAGE, example: example() });
  }
  return symbol;
}
