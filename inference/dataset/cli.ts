import { parseArgs } from 'node:util';
import { MarketDataError } from '../../market/errors.js';
import { TIMEFRAMES } from '../../market/timeframes.js';
import { parseCount, parsePairs, parseTimeframes } from './args.js';
import { DatasetInputError, exportDataset } from './exporter.js';

/** `npm run dataset -- --data DIR [--out DIR] [--timeframes 15m,1h] [--pairs BTC/USDT] [--max-samples N]` */
const USAGE =
  `usage: npm run dataset -- --data DIR [--out artifacts/dataset] [--timeframes ${TIMEFRAMES.join(',')}] ` +
  '[--pairs BTC/USDT,...] [--max-samples N]';

function main(): void {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      out: { type: 'string', default: 'artifacts/dataset' },
      timeframes: { type: 'string' },
      pairs: { type: 'string' },
      'max-samples': { type: 'string' },
    },
  });
  if (values.data === undefined) throw new DatasetInputError(`--data is required\n${USAGE}`);
  const done = exportDataset({
    dataDir: values.data,
    outDir: values.out,
    timeframes: parseTimeframes(values.timeframes),
    pairs: parsePairs(values.pairs),
    maxSamples: parseCount('max-samples', values['max-samples']),
  });
  if (done.length === 0) throw new DatasetInputError('no timeframe had data: nothing was written');
  console.log(`dataset written to ${values.out} (${done.map((d) => d.timeframe).join(', ')})`);
}

try {
  main();
} catch (error) {
  const known = error instanceof DatasetInputError || error instanceof MarketDataError;
  const isArgError = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ?? false;
  if (!known && !isArgError) throw error;
  console.error(`dataset: ${(error as Error).message}${isArgError ? `\n${USAGE}` : ''}`);
  process.exitCode = 1;
}
