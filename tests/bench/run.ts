import { existsSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { MARKET_BASKET } from '../../inference/features/marketContext.js';
import { DEFAULT_MODELS_DIR } from '../../inference/models/manifest.js';
import { ModelRegistry } from '../../inference/models/registry.js';
import { benchApi } from './apiBench.js';
import { benchChart } from './chartBench.js';
import { benchColdStart } from './coldStartBench.js';
import { benchFanout } from './fanoutBench.js';
import { benchMemoryWalk } from './memoryWalkBench.js';
import { benchFeatures, benchModel } from './modelBench.js';
import { benchCommands } from './predictBench.js';
import { benchSweep, sweepMarket } from './sweepBench.js';

/** The model batch: 34 pairs × 4 timeframes, as if one model served a whole sweep. */
const BIG_BATCH = 136;
const USAGE = 'usage: npm run bench [-- --json FILE] [--data DIR] [--models DIR] [--skip-fanout]';

/** `npm run bench`: prints a table and, with --json, writes the same numbers. */
function options() {
  try {
    return parseArgs({
      options: {
        json: { type: 'string' },
        data: { type: 'string', default: '../shared/data/binance' },
        models: { type: 'string', default: DEFAULT_MODELS_DIR },
        'skip-fanout': { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

const values = options();
// Refused before the run, not after a minute and a half of timing.
if (values.json !== undefined && !existsSync(dirname(values.json))) {
  console.error(`--json: the folder of ${values.json} does not exist; create it or give another path\n${USAGE}`);
  process.exit(2);
}
const registry = await ModelRegistry.load(values.models).catch((error: unknown) => {
  console.error(`${(error as Error).message} (--models ${values.models})`);
  process.exit(1);
});
if (registry.models.length === 0) {
  console.error(`no model could be loaded from ${values.models}; train them first (npm run train) or pass --models DIR`);
  process.exit(1);
}
const market = sweepMarket(registry, values.data);
const pair = market.book.has('BTC/USDT') ? 'BTC/USDT' : [...market.book.keys()][0]!;
const candles = market.book.get(pair)!.get('1h')!;
const basket = new Map(MARKET_BASKET.filter((s) => market.book.has(s)).map((s) => [s, market.book.get(s)!.get('1h')!] as const));
const model = await benchModel(registry, candles, basket, BIG_BATCH);
const features = await benchFeatures(candles, basket);
const sweep = await benchSweep(market);
await registry.close();
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
const api = await benchApi({ folder: market.folder, end: market.end, modelsDir: values.models });
const coldStart = await benchColdStart();
const memoryWalk = await benchMemoryWalk(market.folder, [...market.book.keys()]);
const fanout = values['skip-fanout'] ? null : await benchFanout();

const results = {
  model_batch1_ms: model.batch1.p50,
  model_batch136_ms: model.batchN.p50,
  features_ms: features.p50,
  sweep_ms: sweep.batched.p50,
  sweep_unbatched_ms: sweep.unbatched.p50,
  chart_svg_ms: chart.svg.p50,
  chart_png_ms: chart.png.p50,
  predict_e2e_p50_ms: timing('/predict BTC 1h').p50,
  predict_e2e_p95_ms: timing('/predict BTC 1h').p95,
  summary_e2e_p50_ms: timing('/predict BTC').p50,
  summary_e2e_p95_ms: timing('/predict BTC').p95,
  risk_e2e_p50_ms: timing('/risk BTC').p50,
  risk_e2e_p95_ms: timing('/risk BTC').p95,
  api_predictions_all_p50_ms: api.all.p50,
  api_predictions_all_p95_ms: api.all.p95,
  api_predict_p50_ms: api.one.p50,
  api_predict_p95_ms: api.one.p95,
  cold_start_ms: coldStart.ms.p50,
  rss_mb: coldStart.rssMb.p50,
  cold_first_reply_ms: coldStart.firstReplyMs.p50,
  rss_serving_mb: coldStart.servingRssMb.p50,
  walk_rss_first_mb: memoryWalk.rssAfterWalkMb[0]!,
  walk_rss_last_mb: memoryWalk.rssAfterWalkMb.at(-1)!,
  walk_peak_rss_mb: memoryWalk.peakRssMb,
  ...(fanout ?? {}),
};

console.log(
  `candles: ${market.source} (${market.requests.length} pair and timeframe series; model and features on ` +
    `${pair} 1h, ${candles.length} candles); medians after warm-up; ` +
    `end-to-end p50/p95 over 50 requests each with a warm cache; HTTP API over a socket: all ${api.pairs} pairs on 1h ` +
    `(30 requests) and BTC/USDT 1h (50); cold start and memory: median of 5 starts; memory walk: every pair through /risk and /predict on each ` +
    `timeframe, ${memoryWalk.rssAfterWalkMb.length} times, in console mode`,
);
console.table(Object.fromEntries(Object.entries(results).map(([key, value]) => [key, { value: Number(value.toFixed(3)) }])));
console.log('HTTP API, the other routes (ms, over a socket, 50 requests each after warm-up):');
console.table(Object.fromEntries([...api.routes].map(([route, t]) => [route, { p50: Number(t.p50.toFixed(3)), p95: Number(t.p95.toFixed(3)) }])));
if (values.json) {
  writeFileSync(values.json, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`wrote ${values.json}`);
}
