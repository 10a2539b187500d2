/**
 * Serves a replay folder as a fake Binance spot API, so the real bot can run against it:
 *   npx tsx tests/support/fakeExchangeCli.ts --data ../shared/data/binance --port 8081
 * then start the bot with EXCHANGE_API_URL=http://127.0.0.1:8081. The fake's clock stands at the
 * end of the data, so every served candle is closed.
 */
import { parseArgs } from 'node:util';
import { startFakeExchange } from './fakeExchange.js';
import { loadReplayBook } from './replayBook.js';

const { values } = parseArgs({
  options: { data: { type: 'string' }, port: { type: 'string', default: '8081' } },
});
if (!values.data) {
  console.error('usage: npx tsx tests/support/fakeExchangeCli.ts --data DIR [--port 8081]');
  process.exit(2);
}

const { book, end } = loadReplayBook(values.data);

const exchange = await startFakeExchange({ candles: book, now: () => end, port: Number(values.port) });
console.log(`fake exchange: ${book.size} pairs from ${values.data}, clock at ${new Date(end).toISOString()}`);
console.log(`EXCHANGE_API_URL=${exchange.url}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void exchange.close().then(() => process.exit(0)));
}
