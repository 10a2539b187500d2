import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { InvalidSymbolError } from '../market/errors.js';
import { normalizeSymbol } from '../market/symbols.js';
import { TIMEFRAMES, isTimeframe, type Timeframe } from '../market/timeframes.js';
import { BacktestInputError, DEFAULT_MODELS_DIR, type BacktestOptions } from './options.js';

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
      timeframes: parseTimeframes(values.timeframes),
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

function parseTimeframes(text: string | undefined): Timeframe[] | undefined {
  if (text === undefined) return undefined;
  const list = splitList(text);
  const bad = list.filter((t) => !isTimeframe(t));
  if (bad.length > 0 || list.length === 0) {
    throw new BacktestInputError(`--timeframes: unknown timeframe ${bad.join(', ') || '(none)'}; use some of ${TIMEFRAMES.join(',')}`);
  }
  return [...new Set(list)] as Timeframe[];
}

/** An ISO date or date-time; a bare date or a time without zone means UTC. */
function parseTime(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const utc = /^\d{4}-\d{2}-\d{2}(T[\d:.]+)?$/.test(text) ? `${text.length === 10 ? `${text}T00:00` : text}Z` : text;
  const time = /^\d{4}-\d{2}-\d{2}/.test(text) ? Date.parse(utc) : NaN;
  if (!Number.isFinite(time)) {
    throw new BacktestInputError(`--${name}: "${text}" is not an ISO date; write e.g. 2021-05-01 or 2021-05-01T12:00Z`);
  }
  return time;
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
