import { parseArgs } from 'node:util';
import { TIMEFRAMES, type Timeframe } from '../../market/timeframes.js';
import { parsePairs, parseTimeframes } from '../dataset/args.js';
import { DEFAULT_MODELS_DIR } from '../models/manifest.js';
import type { TimeRange } from './predictions.js';

export const USAGE =
  `usage: npm run evaluate -- --data DIR [--pairs BTC/USDT,...] [--timeframes ${TIMEFRAMES.join(',')}] ` +
  `[--from 2021-05-17] [--to 2021-07-17T12:00Z] [--json FILE] [--models ${DEFAULT_MODELS_DIR}]`;

/** A flag the evaluation cannot use; the message says what to type instead. */
export class EvaluationInputError extends Error {}

export interface EvaluationArgs {
  dataDir: string;
  modelsDir: string;
  pairs: string[] | undefined;
  timeframes: Timeframe[];
  range: TimeRange;
  jsonFile: string | undefined;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** Date.parse rolls 2021-02-30 over to March: a day is real only if it comes back unchanged. */
function calendarDay(day: string): boolean {
  const time = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return new Date(time).toISOString().slice(0, 10) === day;
}

/** An ISO date or date-time, read as UTC when it names no zone; undefined when the flag was not given. */
export function parseIsoTime(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  const zoned = /T.*(Z|[+-]\d{2}:\d{2})$/.test(trimmed) || !trimmed.includes('T') ? trimmed : `${trimmed}Z`;
  const time = ISO_DATE.test(trimmed) ? Date.parse(zoned) : NaN;
  if (Number.isNaN(time) || !calendarDay(trimmed.slice(0, 10))) {
    throw new EvaluationInputError(`--${name} must be an ISO date like 2021-05-17 or 2021-05-17T12:00Z, got "${text}"`);
  }
  return time;
}

/** Reads the command line (Node's strict parseArgs: an unknown flag or a stray word is an error). */
export function parseEvaluationArgs(argv: string[]): EvaluationArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string' },
      models: { type: 'string', default: DEFAULT_MODELS_DIR },
      pairs: { type: 'string' },
      timeframes: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      json: { type: 'string' },
    },
  });
  if (values.data === undefined) throw new EvaluationInputError('--data is required: the folder of candle files');
  const from = parseIsoTime('from', values.from) ?? -Infinity;
  const to = parseIsoTime('to', values.to) ?? Infinity;
  if (from > to) throw new EvaluationInputError(`--from ${values.from} is after --to ${values.to}: swap them`);
  return {
    dataDir: values.data,
    modelsDir: values.models,
    pairs: parsePairs(values.pairs),
    timeframes: parseTimeframes(values.timeframes),
    range: { from, to },
    jsonFile: values.json,
  };
}
