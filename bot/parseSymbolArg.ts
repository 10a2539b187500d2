import { InvalidSymbolError } from '../market/errors.js';
import { normalizeSymbol } from '../market/symbols.js';
import { BadInputError } from './badInput.js';
import { echoInput, escapeHtml } from './html.js';

/**
 * A symbol argument of any command, normalised ('btc' → 'BTC/USDT'); a word that is not a symbol gets
 * a BadInputError that ends with the command's own example.
 */
export function parseSymbolArg(word: string, example: string): string {
  try {
    return normalizeSymbol(word);
  } catch (error) {
    if (!(error instanceof InvalidSymbolError)) throw error;
    throw new BadInputError('input-not-symbol', { input: echoInput(word), reason: escapeHtml(error.reason), example });
  }
}
