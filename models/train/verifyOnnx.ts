import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ort from 'onnxruntime-node';
import { readNpy } from '../../inference/dataset/npy.js';
import { parseDirectionMetadata } from '../../inference/models/modelMetadata.js';
import { readOnnxMetadata } from '../../inference/models/onnxMetadata.js';

/** Largest |onnxruntime − PyTorch| accepted on the check batch: float32 noise, not a different model. */
const TOLERANCE = 1e-4;

/**
 * Runs the exported model in onnxruntime-node (the runtime that serves it) on the batch train.py saved,
 * and compares with PyTorch's probabilities. The batch size differs from the export's example batch, so
 * this also proves the dynamic batch axis works. The metadata goes through the registry's own parser.
 */
export async function verifyOnnx(modelPath: string, checkDir: string, name: string): Promise<number> {
  const input = readNpy(join(checkDir, `${name}.check_input.npy`));
  const expected = readNpy(join(checkDir, `${name}.check_output.npy`)).data as Float32Array;
  const bytes = readFileSync(modelPath);
  parseDirectionMetadata(readOnnxMetadata(bytes));
  const session = await ort.InferenceSession.create(bytes);
  try {
    const feed = new ort.Tensor('float32', input.data as Float32Array, input.header.shape);
    const output = await session.run({ features: feed });
    const probabilities = output.probabilities?.data as Float32Array | undefined;
    if (!probabilities || probabilities.length !== expected.length) {
      throw new Error(`${modelPath}: output "probabilities" missing or of the wrong size`);
    }
    const diff = probabilities.reduce((worst, p, i) => Math.max(worst, Math.abs(p - expected[i]!)), 0);
    if (!(diff <= TOLERANCE)) {
      throw new Error(`${modelPath}: onnxruntime differs from PyTorch by ${diff} (> ${TOLERANCE})`);
    }
    return diff;
  } finally {
    await session.release();
  }
}
