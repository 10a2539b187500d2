import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSyntheticCandles } from './synthetic.js';

/**
 * CI smoke run of the whole training pipeline on synthetic candles (about a minute):
 * `npx tsx models/train/smoke.ts`. Exits non-zero if `npm run train` or `npm run train:policy` fails or
 * leaves no model, card or manifest entry.
 */
const TIMEFRAMES = ['1h', '4h'] as const;

const root = mkdtempSync(join(tmpdir(), 'train-smoke-'));
try {
  const data = join(root, 'candles');
  const out = join(root, 'models');
  writeSyntheticCandles(data, { pairs: ['BTC/USDT', 'ETH/USDT', 'AAA/USDT'], timeframes: TIMEFRAMES, candles: 400, gap: 3 });
  const args = ['run', 'train', '--', '--data', data, '--out', out, '--dataset', join(root, 'dataset'),
    '--timeframes', TIMEFRAMES.join(','), '--epochs', '1', '--max-samples', '600'];
  const run = spawnSync('npm', args, { stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`npm run train exited with ${run.status ?? run.signal}`);
  // A few seconds of PPO on a few hundred decisions: the pipeline runs end to end, the policy learns nothing.
  const policyArgs = ['run', 'train:policy', '--', '--data', data, '--out', out, '--dataset', join(root, 'policy-dataset'),
    '--budget-seconds', '3', '--max-samples', '600'];
  const policyRun = spawnSync('npm', policyArgs, { stdio: 'inherit' });
  if (policyRun.status !== 0) throw new Error(`npm run train:policy exited with ${policyRun.status ?? policyRun.signal}`);
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { models: { file: string }[] };
  for (const name of [...TIMEFRAMES.map((timeframe) => `direction-${timeframe}`), 'policy-1h']) {
    const file = `${name}.onnx`;
    if (!existsSync(join(out, file))) throw new Error(`${file} was not written`);
    if (!manifest.models.some((m) => m.file === file)) throw new Error(`${file} is missing from manifest.json`);
    if (!existsSync(join(out, `${name}.md`))) throw new Error(`the card for ${file} was not written`);
  }
  console.log(`smoke: ok (${manifest.models.length} models in the manifest)`);
} catch (error) {
  console.error(`smoke: FAILED: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  rmSync(root, { recursive: true, force: true });
}
