import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { pythonInterpreter } from '../../models/train/python.js';

/** Debian's package for each Python module the training tests import. */
const APT: Record<string, string> = {
  numpy: 'python3-numpy',
  torch: 'python3-torch',
  onnx: 'python3-onnx',
  xgboost: 'python3-xgboost',
};

// Tries each module and prints "name: error" for those that fail, so the message names only what is missing.
const PROBE = `
import importlib, sys
for name in sys.argv[1:]:
    try:
        importlib.import_module(name)
    except Exception as e:
        print(f"{name}: {type(e).__name__}: {e}".splitlines()[0])
`;

export interface TrainingStack {
  /** The interpreter the training code runs with ($PYTHON, else Debian's). */
  python: string;
  /** True when a module is missing: pass to describe.skipIf. */
  skip: boolean;
  /** One line saying what is missing and what to install ('' when nothing is). */
  reason: string;
}

const warned = new Set<string>();

/**
 * Whether tests that run the Python training code can run here. On a fresh machine without the stack they
 * skip (with one printed line naming the apt packages); with REQUIRE_TRAINING_STACK=1 (CI) a missing
 * stack throws, so the test file fails instead of silently skipping.
 */
export function trainingStackOrSkip(modules: readonly string[]): TrainingStack {
  const python = pythonInterpreter();
  const probe = spawnSync(python, ['-c', PROBE, ...modules], { encoding: 'utf8' });
  const ran = probe.status === 0;
  const failures = ran ? probe.stdout.split('\n').filter((line) => line.trim() !== '') : [];
  if (ran && failures.length === 0) return { python, skip: false, reason: '' };
  const missing = ran ? failures.map((line) => line.split(':')[0]!) : modules;
  const packages = missing.map((name) => APT[name] ?? `python3-${name}`).join(' ');
  const why = ran
    ? `cannot import ${failures.join('; ')}`
    : `cannot be run (${probe.error?.message ?? probe.stderr.trim().split('\n').pop()})`;
  const reason = `${python} ${why}; install with: apt-get install -y ${packages}`;
  if (process.env.REQUIRE_TRAINING_STACK === '1') {
    throw new Error(`REQUIRE_TRAINING_STACK=1 but ${reason}`);
  }
  if (!warned.has(reason)) {
    warned.add(reason);
    console.warn(`skipping training tests: ${reason}`);
  }
  return { python, skip: true, reason };
}

const TRAIN_DIR = fileURLToPath(new URL('../../models/train/', import.meta.url));

/** Runs a Python unittest module of models/train (verbose: one "name ... ok" line per test on stderr). */
export function runPythonTests(python: string, module: string, env: Record<string, string> = {}): SpawnSyncReturns<string> {
  return spawnSync(python, ['-m', 'unittest', '-v', module], {
    cwd: TRAIN_DIR,
    encoding: 'utf8',
    env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1', ...env },
  });
}
