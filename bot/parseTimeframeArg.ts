import { timeframeOfWord } from '../market/symbols.js';
import { TIMEFRAMES, type Timeframe } from '../market/timeframes.js';
import { BadInputError } from './badInput.js';
import { echoInput } from './html.js';

/**
 * The optional TIMEFRAME of commands such as `/performance [TIMEFRAME]`: nothing means every timeframe
 * (null). Throws BadInputError that says what to type instead.
 */
export function parseTimeframeArg(args: string, command: string): Timeframe | null {
  const text = args.trim();
  if (text === '') return null;
  const example = `<code>/${command} 1h</code>`;
  if (/\s/.test(text)) {
    throw new BadInputError('input-one-timeframe-at-most', { command, example });
  }
  return parseTimeframeWord(text, example);
}

/** The timeframe a command's word names; for any other word a BadInputError listing the timeframes, with `example` (HTML). */
export function parseTimeframeWord(word: string, example: string): Timeframe {
  const timeframe = timeframeOfWord(word);
  if (timeframe !== null) return timeframe;
  throw new BadInputError('input-unknown-timeframe', { input: echoInput(word), timeframes: TIMEFRAMES.join(', '), example });
}
