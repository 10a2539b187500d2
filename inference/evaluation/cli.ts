import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { MarketDataError } from '../../market/errors.js';
import { DatasetInputError } from '../dataset/exporter.js';
import { EvaluationInputError, USAGE, parseEvaluationArgs } from './args.js';
import { evaluateFolder } from './evaluateFolder.js';

/** `npm run evaluate -- --data DIR [...]`: scores the shipped models on any folder of candles, no retraining. */
async function main(): Promise<void> {
  const args = parseEvaluationArgs(process.argv.slice(2));
  const started = performance.now();
  const models = await evaluateFolder(args, (line) => console.log(line));
  if (models.length === 0) throw new EvaluationInputError('nothing was evaluated: no timeframe had a model and data');
  if (args.jsonFile) {
    mkdirSync(dirname(args.jsonFile), { recursive: true });
    writeFileSync(args.jsonFile, `${JSON.stringify({ models }, null, 2)}\n`);
    console.log(`wrote ${args.jsonFile}`);
  }
  console.log(`evaluated ${models.length} model(s) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  const known = error instanceof EvaluationInputError || error instanceof DatasetInputError || error instanceof MarketDataError;
  const isArgError = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ?? false;
  if (!known && !isArgError) throw error;
  console.error(`evaluate: ${(error as Error).message}\n${USAGE}`);
  process.exitCode = 1;
});
