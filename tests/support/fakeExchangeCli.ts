/**
 * Serves a replay folder as a fake Binance spot API, so the real bot can run against it:
 *   npx tsx tests/support/fakeExchangeCli.ts --data ../shared/data/binance --port 8081
 * then start the bot with EXCHANGE_API_URL=http://127.0.0.1:8081. The fake's clock stands at the
 * end of the data, so every served candle is closed.
 */
import { parseArgs } from 'node:util';
import type { Candle } from '../../market/candle.js';
import { listReplayFiles, readCandleFile } from '../../market/candleFiles.js';
import { timeframeMs, type Timeframe } from '../../market/timeframes.js';
import { startFakeExchange } from './fakeExchange.js';

const { values } = parseArgs({
  options: { data: { type: 'string' }, port: { type: 'string', default: '8081' } },
});
if (!values.data) {
  console.error('usage: npx tsx tests/support/fakeExchangeCli.ts --data DIR [--port 8081]');
  process.exit(2);
}

const book = new Map<string, Map<Timeframe, Candle[]>>();
let end = 0;
for (const file of listReplayFiles(values.data)) {
  const candles = readCandleFile(file.path);
  const last = candles.at(-1);
  if (last) end = Math.max(end, last.time + timeframeMs(file.timeframe));
  const series = book.get(file.symbol) ?? new Map<Timeframe, Candle[]>();
  series.set(file.timeframe, candles);
  book.set(file.symbol, series);
}

const exchange = await startFakeExchange({ candles: book, now: () => end, port: Number(values.port) });
console.log(`fake exchange: ${book.size} pairs from ${values.data}, clock at ${new Date(end).toISOString()}`);
console.log(`EXCHANGE_API_URL=${exchange.url}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void exchange.close().then(() => process.exit(0)));
}
