import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InferenceSession, Tensor } from 'onnxruntime-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readNpy } from '../../inference/dataset/npy.js';
import { runPythonTests, trainingStackOrSkip } from '../support/trainingStack.js';

const stack = trainingStackOrSkip(['numpy', 'torch', 'onnx', 'xgboost']);
/** Largest |onnxruntime − XGBoost| accepted: float32 summation order, not a different model. */
const TOLERANCE = 1e-5;

interface Parity {
  inputs: string;
  margins: string;
  margins_model: string;
  cases: { temperature: number; model: string; probabilities: string }[];
}

const maxDiff = (got: Float32Array, want: Float32Array): number =>
  got.length !== want.length ? Infinity : got.reduce((worst, v, i) => Math.max(worst, Math.abs(v - want[i]!)), 0);

describe.skipIf(stack.skip)('XGBoost exported to ONNX (models/train/xgb_onnx.py)', () => {
  let dir = '';
  let parity: Parity;
  let inputs: { data: Float32Array; shape: number[] };

  // test_xgb_onnx.py trains a small booster on synthetic data (inputs include values exactly on split
  // thresholds and missing values), exports it and saves XGBoost's own outputs for the same inputs.
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'xgb-parity-'));
    const run = runPythonTests(stack.python, 'test_xgb_onnx', { XGB_PARITY_DIR: dir });
    expect(run.status, run.stderr.slice(-3000)).toBe(0);
    parity = JSON.parse(readFileSync(join(dir, 'parity.json'), 'utf8')) as Parity;
    const npy = readNpy(join(dir, parity.inputs));
    inputs = { data: npy.data as Float32Array, shape: npy.header.shape };
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Runs `model` on the whole batch and on every row alone; returns both `output`s, row-major. */
  async function outputs(model: string, output: string): Promise<{ batch: Float32Array; single: Float32Array }> {
    const session = await InferenceSession.create(join(dir, model));
    try {
      const [n, window, features] = inputs.shape as [number, number, number];
      const run = async (start: number, rows: number) => {
        const x = inputs.data.subarray(start * window * features, (start + rows) * window * features);
        const result = await session.run({ features: new Tensor('float32', x, [rows, window, features]) });
        return result[output]!.data as Float32Array;
      };
      const batch = await run(0, n);
      const single = new Float32Array(n * 3);
      for (let row = 0; row < n; row++) single.set(await run(row, 1), row * 3);
      return { batch, single };
    } finally {
      await session.release();
    }
  }

  it('takes `features` and gives `probabilities`', async () => {
    const session = await InferenceSession.create(join(dir, parity.cases[0]!.model));
    expect(session.inputNames).toEqual(['features']);
    expect(session.outputNames).toEqual(['probabilities']);
    await session.release();
  });

  it.each([1, 1.7])("gives XGBoost's probabilities at temperature %s, batch 1 and whole batch", async (t) => {
    const found = parity.cases.find((c) => c.temperature === t)!;
    const want = readNpy(join(dir, found.probabilities)).data as Float32Array;
    const got = await outputs(found.model, 'probabilities');
    expect(maxDiff(got.batch, want)).toBeLessThanOrEqual(TOLERANCE);
    expect(maxDiff(got.single, want)).toBeLessThanOrEqual(TOLERANCE);
  });

  it("gives XGBoost's raw margins before the temperature", async () => {
    const want = readNpy(join(dir, parity.margins)).data as Float32Array;
    const got = await outputs(parity.margins_model, 'margins');
    expect(maxDiff(got.batch, want)).toBeLessThanOrEqual(TOLERANCE);
    expect(maxDiff(got.single, want)).toBeLessThanOrEqual(TOLERANCE);
  });
});
