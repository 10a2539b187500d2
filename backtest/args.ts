import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { InvalidSymbolError } from '../market/errors.js';
import { normalizeSymbol } from '../market/symbols.js';
import { parseTimeframes } from '../inference/dataset/args.js';
import { DatasetInputError } from '../inference/dataset/exporter.js';
import { EvaluationInputError, parseIsoTime } from '../inference/evaluation/args.js';
import type { Timeframe } from '../market/timeframes.js';
import { DEFAULT_MODELS_DIR } from '../inference/models/manifest.js';
import { BacktestInputError, type BacktestOptions } from './options.js';

export const USAGE =
  'usage: npm run backtest -- --data DIR [--pairs BTC/USDT,...] [--timeframes 1h,4h] [--from ISO] [--to ISO] ' +
  '[--min-confidence X] [--json FILE] [--chart FILE.png] [--models DIR]';

/** The command line, checked: the options for runBacktest and where to write the outputs. */
export interface BacktestCommand {
  options: BacktestOptions;
  jsonFile?: string;
  chartFile?: string;
}

/** Parses `npm run backtest` flags; any mistake throws BacktestInputError naming the flag and what to write. */
export function parseBacktestArgs(argv: readonly string[]): BacktestCommand {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        data: { type: 'string' },
        models: { type: 'string', default: DEFAULT_MODELS_DIR },
        pairs: { type: 'string' },
        timeframes: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        'min-confidence': { type: 'string' },
        json: { type: 'string' },
        chart: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new BacktestInputError(`${(error as Error).message}\n${USAGE}`);
  }
  if (values.data === undefined) throw new BacktestInputError(`--data DIR is required\n${USAGE}`);
  const from = parseTime('from', values.from);
  const to = parseTime('to', values.to);
  if (from !== undefined && to !== undefined && from >= to) {
    throw new BacktestInputError(`--from (${values.from}) must be before --to (${values.to})`);
  }
  if (values.chart !== undefined && !values.chart.toLowerCase().endsWith('.png')) {
    throw new BacktestInputError(`--chart writes a PNG: give a file name ending in .png, got "${values.chart}"`);
  }
  for (const [flag, file] of [['json', values.json], ['chart', values.chart]] as const) {
    // Refused before the run, not after minutes of replay.
    if (file !== undefined && !existsSync(dirname(file))) {
      throw new BacktestInputError(`--${flag}: the folder of ${file} does not exist; create it or give another path`);
    }
  }
  return {
    options: {
      dataDir: values.data,
      modelsDir: values.models,
      pairs: parsePairs(values.pairs),
      timeframes: parseTimeframeList(values.timeframes),
      from,
      to,
      minConfidence: parseConfidence(values['min-confidence']),
    },
    jsonFile: values.json,
    chartFile: values.chart,
  };
}

function parsePairs(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  const list = splitList(text);
  if (list.length === 0) throw new BacktestInputError('--pairs is empty: write pairs like BTC/USDT,ETH/USDT');
  return [
    ...new Set(
      list.map((pair) => {
        try {
          return normalizeSymbol(pair);
        } catch (error) {
          if (!(error instanceof InvalidSymbolError)) throw error;
          throw new BacktestInputError(`--pairs: ${error.message}; write pairs like BTC/USDT,ETH/USDT`);
        }
      }),
    ),
  ];
}

/** The shared parsers' refusal, as this CLI's error with the flag it was about. */
function refuseAs<T>(flag: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof DatasetInputError || error instanceof EvaluationInputError)) throw error;
    const message = error.message.startsWith(`--${flag}`) ? error.message : `--${flag}: ${error.message}`;
    throw new BacktestInputError(message);
  }
}

function parseTimeframeList(text: string | undefined): Timeframe[] | undefined {
  if (text === undefined) return undefined;
  return [...new Set(refuseAs('timeframes', () => parseTimeframes(text)))];
}

/** An ISO date or date-time (UTC when it names no zone), checked as `npm run evaluate` checks it. */
function parseTime(flag: 'from' | 'to', text: string | undefined): number | undefined {
  return refuseAs(flag, () => parseIsoTime(flag, text));
}

function parseConfidence(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < 0 || value > 1) {
    throw new BacktestInputError(`--min-confidence must be a number from 0 to 1 (e.g. 0.4), got "${text}"`);
  }
  return value;
}

function splitList(text: string): string[] {
  return text.split(',').map((t) => t.trim()).filter((t) => t !== '');
}
