import { UnsupportedTimeframeError } from '../market/errors.js';
import { parseTimeframe } from '../market/symbols.js';
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
    throw new BadInputError(`/${command} takes one timeframe at most — for example ${example}, or <code>/${command}</code> alone.`);
  }
  try {
    return parseTimeframe(text);
  } catch (error) {
    if (!(error instanceof UnsupportedTimeframeError)) throw error;
    throw new BadInputError(
      `Unknown timeframe "${echoInput(text)}". Use one of ${TIMEFRAMES.join(', ')} — for example ${example}.`,
    );
  }
}
