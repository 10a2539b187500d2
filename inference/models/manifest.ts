import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { TIMEFRAMES } from '../../market/timeframes.js';

const manifestSchema = z.object({
  models: z.array(
    z.object({
      file: z.string().regex(/^[\w.-]+\.onnx$/, 'must be a plain .onnx file name inside the models folder'),
      sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex characters'),
      /** Lets a refusal be reported for the timeframe it leaves without a model. */
      timeframe: z.enum(TIMEFRAMES).optional(),
    }).passthrough(),
  ),
});

export type ManifestEntry = z.infer<typeof manifestSchema>['models'][number];

export const MANIFEST_FILE = 'manifest.json';

/** Where the command-line tools read (and training writes) the models unless told otherwise. */
export const DEFAULT_MODELS_DIR = 'models';

/** Reads `<dir>/manifest.json`; every problem is reported with the file name and the bad key. */
export async function readManifest(dir: string): Promise<ManifestEntry[]> {
  const path = join(dir, MANIFEST_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${path}: ${(error as Error).message}. Run \`npm run train\` or restore the models folder.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`${path} is malformed: ${problems.join('; ')}`);
  }
  return parsed.data.models;
}
