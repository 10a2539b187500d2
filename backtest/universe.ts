import type { ModelRegistry } from '../inference/models/registry.js';
import type { ReplayFile } from '../market/candleFiles.js';
import { suggestSymbols } from '../market/symbols.js';
import { TIMEFRAMES, type Timeframe } from '../market/timeframes.js';
import { BacktestInputError } from './options.js';

/** A pair, timeframe or both left out of the run, and why. */
export interface SkipNote {
  symbol?: string;
  timeframe?: Timeframe;
  reason: string;
}

/** The pairs each timeframe replays, in the order of TIMEFRAMES. */
export interface Universe {
  timeframes: { timeframe: Timeframe; symbols: string[] }[];
  skipped: SkipNote[];
}

/**
 * What the folder and the models allow of the request: a requested pair or timeframe without a file or a
 * model is skipped with a note; nothing left at all is an error.
 */
export function chooseUniverse(
  dir: string,
  files: readonly ReplayFile[],
  registry: ModelRegistry,
  pairs: readonly string[] | undefined,
  timeframes: readonly Timeframe[] = TIMEFRAMES,
): Universe {
  const listed = [...new Set(files.map((f) => f.symbol))].sort();
  if (listed.length === 0) {
    throw new BacktestInputError(`no candle files in ${dir}: expected names like BTC_USDT-1h.csv.gz`);
  }
  const skipped: SkipNote[] = [];
  const wanted = (pairs ?? listed).filter((symbol) => {
    if (listed.includes(symbol)) return true;
    const closest = suggestSymbols(symbol, listed);
    skipped.push({ symbol, reason: `not in ${dir}${closest.length ? ` (closest: ${closest.join(', ')})` : ''}` });
    return false;
  });
  const chosen: Universe['timeframes'] = [];
  for (const timeframe of TIMEFRAMES.filter((t) => timeframes.includes(t))) {
    const model = registry.models.find((m) => m.metadata.timeframe === timeframe);
    if (!model) {
      skipped.push({ timeframe, reason: `no ${timeframe} model is loaded from ${registry.dir}` });
      continue;
    }
    if (!files.some((f) => f.timeframe === timeframe)) {
      skipped.push({ timeframe, reason: `no ${timeframe} files in ${dir}` });
      continue;
    }
    const symbols = wanted.filter((symbol) => {
      if (files.some((f) => f.symbol === symbol && f.timeframe === timeframe)) return true;
      skipped.push({ symbol, timeframe, reason: `no ${timeframe} file in ${dir}` });
      return false;
    });
    if (symbols.length > 0) chosen.push({ timeframe, symbols });
  }
  if (chosen.length === 0) {
    const why = skipped.map(describeSkip).join('; ');
    throw new BacktestInputError(`nothing to replay: ${why || 'no pair and timeframe has both candles and a model'}`);
  }
  return { timeframes: chosen, skipped };
}

export function describeSkip(note: SkipNote): string {
  const what = [note.symbol, note.timeframe].filter(Boolean).join(' ');
  return `${what}: ${note.reason}`;
}
