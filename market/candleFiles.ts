import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Candle } from './candle.js';
import { MarketDataError } from './errors.js';
import { isTimeframe, type Timeframe } from './timeframes.js';

/** Candle files are named `<BASE>_<QUOTE>-<timeframe>.csv.gz`, e.g. `BTC_USDT-1h.csv.gz`. */
const FILE_NAME = /^([A-Z0-9]+)_([A-Z0-9]+)-([0-9]+[a-zA-Z])\.csv\.gz$/;
const HEADER = 'timestamp,open,high,low,close,volume';

export interface ReplayFile {
  symbol: string;
  timeframe: Timeframe;
  path: string;
}

export function candleFileName(symbol: string, timeframe: Timeframe): string {
  return `${symbol.replace('/', '_')}-${timeframe}.csv.gz`;
}

/** Candle files in `dir` for the served timeframes (others, like 5m, are skipped), sorted by name. */
export function listReplayFiles(dir: string): ReplayFile[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    throw new MarketDataError(`cannot read replay folder ${dir}`, { cause: error });
  }
  const files: ReplayFile[] = [];
  for (const name of names.sort()) {
    const [, base, quote, timeframe] = FILE_NAME.exec(name) ?? [];
    if (base && quote && timeframe && isTimeframe(timeframe)) {
      files.push({ symbol: `${base}/${quote}`, timeframe, path: join(dir, name) });
    }
  }
  return files;
}

/** Reads and validates one gzipped candle file; any defect names the file and line. */
export function readCandleFile(path: string): Candle[] {
  let text: string;
  try {
    text = gunzipSync(readFileSync(path)).toString('utf8');
  } catch (error) {
    throw new MarketDataError(`cannot read candle file ${path}: ${(error as Error).message}`, { cause: error });
  }
  return parseCandleCsv(text, basename(path));
}

/** Parses the CSV text of a candle file; `source` names it in errors. */
export function parseCandleCsv(text: string, source: string): Candle[] {
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  const fail = (line: number, what: string): never => {
    throw new MarketDataError(`${source} line ${line}: ${what}`);
  };
  if (lines[0] !== HEADER) fail(1, `expected header "${HEADER}"`);
  const candles: Candle[] = [];
  for (let i = 1; i < lines.length; i++) {
    const candle = parseRow(lines[i] ?? '', (what) => fail(i + 1, what));
    const previous = candles[candles.length - 1];
    if (previous && candle.time <= previous.time) fail(i + 1, 'timestamp is not after the previous row');
    candles.push(candle);
  }
  return candles;
}

function parseRow(line: string, fail: (what: string) => never): Candle {
  const fields = line.split(',');
  if (fields.length !== 6) fail(`expected 6 fields, found ${fields.length}`);
  const [time, open, high, low, close, volume] = fields.map((field) => (field.trim() === '' ? NaN : Number(field)));
  const values = { time, open, high, low, close, volume };
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || !Number.isFinite(value)) fail(`${name} is not a number`);
  }
  const candle = values as Candle;
  if (!Number.isInteger(candle.time) || candle.time < 0) fail('timestamp is not epoch milliseconds');
  if (candle.volume < 0) fail('volume is negative');
  if (candle.low > Math.min(candle.open, candle.close) || candle.high < Math.max(candle.open, candle.close)) {
    fail('open/close lie outside low..high');
  }
  return candle;
}
