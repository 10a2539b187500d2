import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCount } from '../../inference/dataset/args.js';
import { DatasetInputError } from '../../inference/dataset/exporter.js';
import { MarketDataError } from '../../market/errors.js';

/** The interpreter for training: $PYTHON, else Debian's (which has python3-torch), else python3 on PATH. */
export function pythonInterpreter(): string {
  return process.env.PYTHON ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');
}

/** Null when numpy, torch, onnx and xgboost import; otherwise a message that says how to install them. */
export function missingTrainingDeps(python: string): string | null {
  const probe = spawnSync(python, ['-c', 'import numpy, torch, onnx, xgboost'], { encoding: 'utf8' });
  if (probe.status === 0) return null;
  const why = probe.error ? probe.error.message : probe.stderr.trim().split('\n').pop();
  return (
    `${python} cannot import numpy, torch, onnx and xgboost (${why}).\n` +
    'Install them with: apt-get install -y python3-torch python3-onnx python3-xgboost (then PYTHON=/usr/bin/python3), ' +
    'or pip install torch onnx xgboost numpy, or point PYTHON at an interpreter that has them.'
  );
}

/** The path of a training script in this folder (train.py, ppo_train.py, manifest.py), wherever npm runs from. */
export const trainingScript = (name: string): string => fileURLToPath(new URL(`./${name}`, import.meta.url));

/** A Python step exited badly; it has already printed its own traceback. */
export class PythonFailedError extends Error {}

/** Runs a Python script with its output streamed to ours; rejects on a non-zero exit. */
export function runPython(python: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(python, args, { stdio: 'inherit', env: { ...process.env, PYTHONUNBUFFERED: '1' } });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new PythonFailedError(`${python} ${args[0] ?? ''} failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

/**
 * How `npm run train` and `npm run train:policy` end on an error: a known one (bad flag, data, a failed Python
 * step) as one line, with the usage after a flag mistake; anything else with its stack as well.
 */
export function reportTrainingFailure(command: string, usage: string): (error: unknown) => void {
  return (error) => {
    const known = error instanceof DatasetInputError || error instanceof MarketDataError || error instanceof PythonFailedError;
    const isArgError = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ?? false;
    console.error(`${command}: ${(error as Error).message}${isArgError ? `\n${usage}` : ''}`);
    if (!known && !isArgError) console.error(error);
    process.exitCode = 1;
  };
}

/**
 * The checks `npm run train` and `npm run train:policy` make before exporting the dataset: --data given,
 * a Python that has the training dependencies, and a usable --folds. Returns the interpreter and --data.
 */
export function prepareTraining(values: { data?: string; folds?: string }, usage: string): { python: string; data: string } {
  if (values.data === undefined) throw new DatasetInputError(`--data is required\n${usage}`);
  const python = pythonInterpreter();
  const missing = missingTrainingDeps(python);
  if (missing) throw new DatasetInputError(missing);
  checkFolds(values.folds);
  return { python, data: values.data };
}

/**
 * --folds below 2 leaves no validation fold (walk_forward in data.py refuses it too); checked here so the
 * refusal comes before minutes of dataset export, not after.
 */
function checkFolds(text: string | undefined): void {
  const folds = parseCount('folds', text);
  if (folds !== undefined && folds < 2) {
    throw new DatasetInputError(`--folds must be at least 2 (validation folds, then the last test block), got "${text}"`);
  }
}

/** The trainer's whole-number flags that were given, checked and passed on as `--name value`. */
export function passOnCounts<K extends string>(values: Partial<Record<K, string>>, names: readonly K[]): string[] {
  return names.flatMap((name) => {
    const value = parseCount(name, values[name]);
    return value === undefined ? [] : [`--${name}`, String(value)];
  });
}
