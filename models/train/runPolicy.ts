import { statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseCount, parsePairs } from '../../inference/dataset/args.js';
import { DatasetInputError, exportDataset } from '../../inference/dataset/exporter.js';
import { DEFAULT_MODELS_DIR } from '../../inference/models/manifest.js';
import { passOnCounts, prepareTraining, reportTrainingFailure, runPython, trainingScript } from './python.js';
import { verifyPolicyOnnx } from './verifyOnnx.js';

/**
 * `npm run train:policy -- --data DIR [--out models] [--budget-seconds 900] [--seeds 3] [--seed S] [--jobs N]
 * [--folds K] [--test-from 2024-03-01] [--pairs BTC/USDT,...] [--max-samples N] [--dataset artifacts/dataset]`:
 * exports the 1h dataset with the TypeScript feature pipeline, trains the PPO policy in Python (several seeds side
 * by side, walk-forward stages, the seed chosen on validation, the shipped model's own record on the untouched test
 * block against always-flat, buy-and-hold and random), checks the export in onnxruntime-node, and rewrites the manifest.
 */
const USAGE =
  'usage: npm run train:policy -- --data DIR [--out models] [--budget-seconds 900] [--seeds 3] [--seed 7] [--jobs N] ' +
  '[--folds 3] [--test-from 2024-03-01] [--pairs BTC/USDT,...] [--max-samples N] [--dataset artifacts/dataset]';
/** The direction models showed an edge on 1h; the policy is trained there. */
const TIMEFRAME = '1h';

/** --test-from as `--test-from YYYY-MM-DD`, checked before minutes of dataset export. */
function testFrom(text: string | undefined): string[] {
  if (text === undefined) return [];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(`${text}T00:00:00Z`))) {
    throw new DatasetInputError(`--test-from must be a date like 2024-03-01, got "${text}"`);
  }
  return ['--test-from', text];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      out: { type: 'string', default: DEFAULT_MODELS_DIR },
      dataset: { type: 'string', default: 'artifacts/dataset' },
      pairs: { type: 'string' },
      'max-samples': { type: 'string' },
      'budget-seconds': { type: 'string' },
      folds: { type: 'string' },
      seed: { type: 'string' },
      seeds: { type: 'string' },
      jobs: { type: 'string' },
      'test-from': { type: 'string' },
    },
  });
  const { python, data } = prepareTraining(values, USAGE);
  const passOn = [
    ...passOnCounts(values, ['budget-seconds', 'folds', 'seed', 'seeds', 'jobs']),
    ...testFrom(values['test-from']),
  ];
  const started = Date.now();
  const [exported] = exportDataset({
    dataDir: data,
    outDir: values.dataset,
    timeframes: [TIMEFRAME],
    pairs: parsePairs(values.pairs),
    maxSamples: parseCount('max-samples', values['max-samples']),
  });
  if (!exported) throw new DatasetInputError(`no ${TIMEFRAME} candles in ${data}: nothing to train`);
  await runPython(python, [trainingScript('ppo_train.py'), '--dataset', values.dataset, '--timeframe', TIMEFRAME, '--out', values.out, ...passOn]);
  const name = `policy-${TIMEFRAME}`;
  const modelPath = join(values.out, `${name}.onnx`);
  const diff = await verifyPolicyOnnx(modelPath, exported.dir, name);
  console.log(`${name}: onnxruntime-node matches the trainer's own outputs (max abs diff ${diff.toExponential(1)}), ${statSync(modelPath).size} bytes`);
  await runPython(python, [trainingScript('manifest.py'), values.out]);
  console.log(`train:policy: done in ${Math.round((Date.now() - started) / 1000)}s`);
}

main().catch(reportTrainingFailure('train:policy', USAGE));
