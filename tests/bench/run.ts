import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ModelRegistry } from '../../inference/models/registry.js';
import { readCandleFile } from '../../market/candleFiles.js';
import { syntheticCandles } from '../support/syntheticCandles.js';
import { benchChart } from './chartBench.js';
import { benchFeatures, benchModel } from './modelBench.js';
import { benchCommands } from './predictBench.js';

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
await registry.close();
const features = await benchFeatures(candles);
const chart = await benchChart(candles);
const commands = await benchCommands(
  [
    { command: '/predict BTC 1h', replies: 2 },
    { command: '/predict BTC', replies: 1 },
    { command: '/risk BTC', replies: 1 },
  ],
  50,
);
const timing = (command: string) => commands.get(command)!;

const results = {
  model_batch1_ms: model.batch1.p50,
  model_batch136_ms: model.batchN.p50,
  features_ms: features.p50,
  chart_svg_ms: chart.svg.p50,
  chart_png_ms: chart.png.p50,
  predict_e2e_p50_ms: timing('/predict BTC 1h').p50,
  predict_e2e_p95_ms: timing('/predict BTC 1h').p95,
  summary_e2e_p50_ms: timing('/predict BTC').p50,
  summary_e2e_p95_ms: timing('/predict BTC').p95,
  risk_e2e_p50_ms: timing('/risk BTC').p50,
  risk_e2e_p95_ms: timing('/risk BTC').p95,
};

console.log(`candles: ${source}; medians after warm-up; end-to-end over 50 requests each with a warm cache\n`);
console.table(Object.fromEntries(Object.entries(results).map(([k, v]) => [k, { ms: Number(v.toFixed(3)) }])));
if (values.json) {
  writeFileSync(values.json, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`wrote ${values.json}`);
}
