import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { listReplayFiles, readCandleFile } from '../../market/candleFiles.js';
import { MarketDataError } from '../../market/errors.js';
import { DEFAULT_MODELS_DIR } from '../models/manifest.js';
import { RISK_TIMEFRAME } from './factors.js';
import { RISK_REFERENCE_FILE } from './reference.js';
import { buildRiskReference, REFERENCE_STRIDE } from './referenceBuilder.js';

/** `npm run risk-reference -- --data DIR [--out models] [--stride 6]` */
const USAGE = 'usage: npm run risk-reference -- --data DIR [--out models] [--stride 6]';

class ArgumentError extends Error {}

function main(): void {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      out: { type: 'string', default: DEFAULT_MODELS_DIR },
      stride: { type: 'string', default: String(REFERENCE_STRIDE) },
    },
  });
  if (values.data === undefined) throw new ArgumentError('--data is required');
  const stride = Number(values.stride);
  if (!Number.isInteger(stride) || stride <= 0) throw new ArgumentError(`--stride must be a positive whole number, got "${values.stride}"`);
  const files = listReplayFiles(values.data).filter((f) => f.timeframe === RISK_TIMEFRAME);
  if (files.length === 0) throw new ArgumentError(`no ${RISK_TIMEFRAME} candle files in ${values.data}`);
  const pairs = new Map(files.map((f) => [f.symbol, readCandleFile(f.path)]));
  const reference = buildRiskReference(pairs, stride);
  const path = join(values.out, RISK_REFERENCE_FILE);
  writeFileSync(path, `${formatJson(reference)}\n`);
  const { readings, from, to } = reference.built_from;
  console.log(`${path}: ${pairs.size} pairs, ${readings} readings per factor, ${from.slice(0, 10)} to ${to.slice(0, 10)}`);
}

/** Indented for readable diffs, but each flat list on one line so the file stays a few KB. */
function formatJson(value: unknown): string {
  const flatList = /\[\s+([^[\]{}]+?)\s+\]/g;
  return JSON.stringify(value, null, 2).replace(flatList, (_, inner: string) => `[${inner.replace(/,\s+/g, ', ')}]`);
}

try {
  main();
} catch (error) {
  const isArgError = error instanceof ArgumentError || ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ?? false);
  if (!isArgError && !(error instanceof MarketDataError)) throw error;
  console.error(`risk-reference: ${(error as Error).message}${isArgError ? `\n${USAGE}` : ''}`);
  process.exitCode = 1;
}
