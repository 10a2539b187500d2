import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ModelRegistry } from '../../inference/models/registry.js';
import { readCandleFile } from '../../market/candleFiles.js';
import { syntheticCandles } from '../support/syntheticCandles.js';
import { benchFeatures, benchModel } from './modelBench.js';
import { benchPredictEndToEnd } from './predictBench.js';

/** `npm run bench [-- --json FILE] [--data DIR]`: prints a table and, with --json, writes the numbers. */
const { values } = parseArgs({
  options: {
    json: { type: 'string' },
    data: { type: 'string', default: '../shared/data/binance' },
    models: { type: 'string', default: 'models' },
  },
});

function loadCandles() {
  try {
    return { candles: readCandleFile(`${values.data}/BTC_USDT-1h.csv.gz`).slice(-500), source: `${values.data}/BTC_USDT-1h` };
  } catch {
    return { candles: syntheticCandles({ count: 500, timeframe: '1h', end: Date.now() }), source: 'synthetic (no --data folder)' };
  }
}

const { candles, source } = loadCandles();
const registry = await ModelRegistry.load(values.models!);
const model = await benchModel(registry, candles, 136);
const features = await benchFeatures(candles);
await registry.close();
const predict = await benchPredictEndToEnd('/predict BTC 1h', 50);

const results = {
  model_batch1_ms: model.batch1.p50,
  model_batch136_ms: model.batchN.p50,
  features_ms: features.p50,
  predict_e2e_p50_ms: predict.p50,
  predict_e2e_p95_ms: predict.p95,
};

console.log(`candles: ${source}; medians after warm-up, e2e over ${predict.runs} requests\n`);
console.table(Object.fromEntries(Object.entries(results).map(([k, v]) => [k, { ms: Number(v.toFixed(3)) }])));
if (values.json) {
  writeFileSync(values.json, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`wrote ${values.json}`);
}
