import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ort from 'onnxruntime-node';
import { readNpy } from '../../inference/dataset/npy.js';
import { parseDirectionMetadata, parsePolicyMetadata } from '../../inference/models/modelMetadata.js';
import { readOnnxMetadata } from '../../inference/models/onnxMetadata.js';

/** Largest |onnxruntime − the trainer's own output| accepted on the check batch: float32 noise, not a different model. */
const TOLERANCE = 1e-4;

function tensorFrom(path: string): ort.Tensor {
  const array = readNpy(path);
  return new ort.Tensor('float32', array.data as Float32Array, array.header.shape);
}

/** Runs the model on `feeds` and returns the largest difference of `output` from the expected values. */
async function compare(modelPath: string, bytes: Buffer, feeds: Record<string, ort.Tensor>, output: string, expected: Float32Array) {
  const session = await ort.InferenceSession.create(bytes);
  try {
    const got = (await session.run(feeds))[output]?.data as Float32Array | undefined;
    if (!got || got.length !== expected.length) {
      throw new Error(`${modelPath}: output "${output}" missing or of the wrong size`);
    }
    const diff = got.reduce((worst, p, i) => Math.max(worst, Math.abs(p - expected[i]!)), 0);
    if (!(diff <= TOLERANCE)) {
      throw new Error(`${modelPath}: onnxruntime differs from the trainer's own output by ${diff} (> ${TOLERANCE})`);
    }
    return diff;
  } finally {
    await session.release();
  }
}

/**
 * Runs the exported model in onnxruntime-node (the runtime that serves it) on the batch train.py saved,
 * and compares with the trainer's own probabilities (PyTorch's or XGBoost's). The batch size differs from the export's example batch, so
 * this also proves the dynamic batch axis works. The metadata goes through the registry's own parser.
 */
export async function verifyOnnx(modelPath: string, checkDir: string, name: string): Promise<number> {
  const bytes = readFileSync(modelPath);
  parseDirectionMetadata(readOnnxMetadata(bytes));
  const expected = readNpy(join(checkDir, `${name}.check_output.npy`)).data as Float32Array;
  const feeds = { features: tensorFrom(join(checkDir, `${name}.check_input.npy`)) };
  return compare(modelPath, bytes, feeds, 'probabilities', expected);
}

/** verifyOnnx for a policy model (ppo_train.py's check batch): windows and positions in, action_probs out. */
export async function verifyPolicyOnnx(modelPath: string, checkDir: string, name: string): Promise<number> {
  const bytes = readFileSync(modelPath);
  parsePolicyMetadata(readOnnxMetadata(bytes));
  const expected = readNpy(join(checkDir, `${name}.check_output.npy`)).data as Float32Array;
  const feeds = {
    features: tensorFrom(join(checkDir, `${name}.check_input.npy`)),
    position: tensorFrom(join(checkDir, `${name}.check_position.npy`)),
  };
  return compare(modelPath, bytes, feeds, 'action_probs', expected);
}
