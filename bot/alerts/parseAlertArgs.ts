import { InvalidSymbolError } from '../../market/errors.js';
import { normalizeSymbol, timeframeOfWord } from '../../market/symbols.js';
import type { Timeframe } from '../../market/timeframes.js';
import { BadInputError } from '../badInput.js';
import { parseTimeframeWord } from '../parseTimeframeArg.js';
import { echoInput, escapeHtml } from '../html.js';

export const SUBSCRIBE_USAGE = '/subscribe SYMBOL [SYMBOL ...] [TIMEFRAME]';
export const UNSUBSCRIBE_USAGE = '/unsubscribe SYMBOL [SYMBOL ...] [TIMEFRAME] | all';

/** Pairs one command may name. */
export const MAX_SYMBOLS_PER_COMMAND = 10;
/** Longer arguments cannot be ten symbols and a timeframe; answer without parsing them. */
const MAX_ARGS_LENGTH = 200;
/** "5m", "2h", "1w": meant as a timeframe, even when it is not one we serve. */
const TIMEFRAME_LIKE = /^\d+(m|min|h|d|w)$/i;

export interface SubscribeRequest {
  symbols: string[];
  timeframe: Timeframe;
}

export type UnsubscribeRequest = { all: true } | { all: false; symbols: string[]; timeframe?: Timeframe };

/** `/subscribe btc eth, sol 4h` → BTC/USDT, ETH/USDT, SOL/USDT on 4h; no timeframe means `defaultTimeframe`. */
export function parseSubscribeArgs(args: string, defaultTimeframe: Timeframe): SubscribeRequest {
  const { symbols, timeframe } = parseWords(args, 'subscribe');
  return { symbols, timeframe: timeframe ?? defaultTimeframe };
}

/** `/unsubscribe btc` (every timeframe), `/unsubscribe btc eth 4h`, or `/unsubscribe all`. */
export function parseUnsubscribeArgs(args: string): UnsubscribeRequest {
  if (args.trim().toLowerCase() === 'all') return { all: true };
  const { symbols, timeframe } = parseWords(args, 'unsubscribe');
  return timeframe === undefined ? { all: false, symbols } : { all: false, symbols, timeframe };
}

type Command = 'subscribe' | 'unsubscribe';

const USAGE: Record<Command, string> = { subscribe: SUBSCRIBE_USAGE, unsubscribe: UNSUBSCRIBE_USAGE };

function example(command: Command): string {
  return `<code>/${command} BTC ETH 1h</code>`;
}

function parseWords(args: string, command: Command): { symbols: string[]; timeframe?: Timeframe } {
  const usage = `<code>${escapeHtml(USAGE[command])}</code>`;
  const text = args.trim();
  if (text.length > MAX_ARGS_LENGTH) {
    throw new BadInputError('input-too-long', { usage, example: example(command) });
  }
  const words = text === '' ? [] : text.split(/[\s,;]+/).filter((w) => w !== '');
  const timeframeWords = words.filter(isTimeframeWord);
  const symbolWords = words.filter((w) => !isTimeframeWord(w));
  if (timeframeWords.length > 1) {
    throw new BadInputError('input-one-timeframe-per-command', {
      typed: timeframeWords.map((w) => echoInput(w)),
      command,
      example: example(command),
    });
  }
  if (symbolWords.some((w) => w.toLowerCase() === 'all')) {
    throw command === 'unsubscribe'
      ? new BadInputError('input-unsubscribe-all-alone')
      : new BadInputError('input-name-pairs', { example: example(command) });
  }
  if (symbolWords.length === 0) throw new BadInputError('input-which-pairs', { usage, example: example(command) });
  const symbols = [...new Set(symbolWords.map((w) => parseSymbol(w, command)))];
  if (symbols.length > MAX_SYMBOLS_PER_COMMAND) {
    throw new BadInputError('input-too-many-pairs', {
      max: String(MAX_SYMBOLS_PER_COMMAND),
      count: String(symbols.length),
      command,
    });
  }
  const [timeframeWord] = timeframeWords;
  return timeframeWord === undefined ? { symbols } : { symbols, timeframe: parseTimeframeWord(timeframeWord, example(command)) };
}

/** Among several symbols a bare "h" or "d" may be a coin, so a timeframe here always has a number. */
function isTimeframeWord(word: string): boolean {
  return /\d/.test(word) && (TIMEFRAME_LIKE.test(word) || timeframeOfWord(word) !== null);
}


function parseSymbol(word: string, command: Command): string {
  try {
    return normalizeSymbol(word);
  } catch (error) {
    if (!(error instanceof InvalidSymbolError)) throw error;
    throw new BadInputError('input-not-symbols', { input: echoInput(word), reason: escapeHtml(error.reason), example: example(command) });
  }
}
