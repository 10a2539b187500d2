import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WARMUP_CANDLES, latestWindow } from '../../inference/batchPrediction.js';
import { WINDOW, exportDataset } from '../../inference/dataset/exporter.js';
import { readNpy } from '../../inference/dataset/npy.js';
import { FEATURE_NAMES } from '../../inference/features/featureSet.js';
import { ReplayMarketSource } from '../../market/replaySource.js';
import { timeframeMs } from '../../market/timeframes.js';
import { writeSyntheticCandles } from '../../models/train/synthetic.js';

const root = mkdtempSync(join(tmpdir(), 'parity-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the live path and the dataset export', () => {
  it('give bit-identical feature windows, market context included', async () => {
    const dataDir = join(root, 'candles');
    const pairs = ['BTC/USDT', 'ETH/USDT', 'XRP/USDT', 'AAA/USDT'];
    // Exactly what a live call fetches, so both see the same candles from the first one on.
    const written = writeSyntheticCandles(dataDir, { pairs, timeframes: ['1h'], candles: WINDOW + WARMUP_CANDLES, seed: 5 });
    exportDataset({ dataDir, outDir: join(root, 'out'), timeframes: ['1h'], log: () => {} });
    const features = readNpy(join(root, 'out', '1h', 'features.npy')).data as Float32Array;
    const rowPair = readNpy(join(root, 'out', '1h', 'row_pair.npy')).data as Int16Array;
    const last = written.get('AAA_USDT-1h.csv.gz')!.at(-1)!;
    const market = new ReplayMarketSource({ dir: dataDir, now: () => last.time + timeframeMs('1h') });
    const width = FEATURE_NAMES.length;
    for (const [p, symbol] of [...pairs].sort().entries()) {
      const rows = [...rowPair.keys()].filter((r) => rowPair[r] === p);
      const exported = features.slice(rows.at(-WINDOW)! * width, (rows.at(-1)! + 1) * width);
      const live = await latestWindow(market, symbol, '1h', WINDOW);
      expect(live.candle.time).toBe(last.time);
      expect(Buffer.from(live.input.buffer, live.input.byteOffset, live.input.byteLength).equals(Buffer.from(exported.buffer))).toBe(true);
    }
  });
});
