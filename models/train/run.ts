import { statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseCount, parsePairs, parseTimeframes } from '../../inference/dataset/args.js';
import { DatasetInputError, exportDataset } from '../../inference/dataset/exporter.js';
import { DEFAULT_MODELS_DIR } from '../../inference/models/manifest.js';
import { TIMEFRAMES } from '../../market/timeframes.js';
import { passOnCounts, prepareTraining, reportTrainingFailure, runPython, trainingScript } from './python.js';
import { verifyOnnx } from './verifyOnnx.js';

/**
 * `npm run train -- --data DIR[,DIR] [--timeframes 1h,4h] [--pairs BTC/USDT,...] [--out models] [--epochs N]
 * [--max-samples N] [--max-train N] [--max-train-trees N] [--max-test N] [--folds K] [--seed S] [--families ...]
 * [--dataset artifacts/dataset]`:
 * exports the dataset with the TypeScript feature pipeline, trains one model per timeframe in Python, checks
 * each export in onnxruntime-node, and rewrites the manifest.
 */
const USAGE =
  `usage: npm run train -- --data DIR[,DIR] [--timeframes ${TIMEFRAMES.join(',')}] [--pairs BTC/USDT,...] ` +
  `[--out ${DEFAULT_MODELS_DIR}] [--epochs N] [--max-samples N] [--max-train N] [--max-train-trees N] [--max-test N] ` +
  '[--folds K] [--seed S] [--families logistic,xgboost,cnn_lstm,gru] [--dataset artifacts/dataset]';
const MAX_MODEL_BYTES = 1.5 * 1024 * 1024;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      timeframes: { type: 'string' },
      pairs: { type: 'string' },
      out: { type: 'string', default: DEFAULT_MODELS_DIR },
      dataset: { type: 'string', default: 'artifacts/dataset' },
      epochs: { type: 'string' },
      'max-samples': { type: 'string' },
      'max-train': { type: 'string' },
      'max-train-trees': { type: 'string' },
      'max-test': { type: 'string' },
      families: { type: 'string' },
      folds: { type: 'string' },
      seed: { type: 'string' },
    },
  });
  const { python, data } = prepareTraining(values, USAGE);
  const passOn = [
    ...passOnCounts(values, ['epochs', 'max-train', 'max-train-trees', 'max-test', 'folds', 'seed']),
    ...(values.families === undefined ? [] : ['--families', values.families]),
  ];
  const started = Date.now();
  const exported = exportDataset({
    dataDir: data,
    outDir: values.dataset,
    timeframes: parseTimeframes(values.timeframes),
    pairs: parsePairs(values.pairs),
    maxSamples: parseCount('max-samples', values['max-samples']),
  });
  if (exported.length === 0) throw new DatasetInputError('no timeframe had data: nothing to train');
  for (const { timeframe, dir } of exported) {
    const trainArgs = ['--dataset', values.dataset, '--timeframe', timeframe, '--out', values.out, ...passOn];
    await runPython(python, [trainingScript('train.py'), ...trainArgs]);
    const name = `direction-${timeframe}`;
    const modelPath = join(values.out, `${name}.onnx`);
    const diff = await verifyOnnx(modelPath, dir, name);
    const size = statSync(modelPath).size;
    const warning = size > MAX_MODEL_BYTES ? ' WARNING: larger than 1.5 MB' : '';
    console.log(`${timeframe}: onnxruntime-node matches the trainer's own outputs (max abs diff ${diff.toExponential(1)})${warning}`);
  }
  await runPython(python, [trainingScript('manifest.py'), values.out]);
  console.log(`train: done in ${Math.round((Date.now() - started) / 1000)}s`);
}

main().catch(reportTrainingFailure('train', USAGE));
