import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Candle } from '../../market/candle.js';
import { candleFileName, listReplayFiles, readCandleFile } from '../../market/candleFiles.js';
import { MarketDataError, UnknownSymbolError } from '../../market/errors.js';
import { ReplayMarketSource } from '../../market/replaySource.js';
import type { Timeframe } from '../../market/timeframes.js';
import { syntheticCandles } from '../../market/syntheticCandles.js';

const HEADER = 'timestamp,open,high,low,close,volume';
const END = Date.UTC(2024, 2, 1); // the last candle of each file opens at or before this
const HOUR = 3_600_000;

let dir: string;
let badDir: string;
const btc1h = syntheticCandles({ count: 48, timeframe: '1h', end: END, seed: 7 });

function writeCandles(name: string, candles: readonly Candle[]): void {
  const rows = candles.map((c) => [c.time, c.open, c.high, c.low, c.close, c.volume].join(','));
  writeFileSync(join(dir, name), gzipSync([HEADER, ...rows, ''].join('\n')));
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'replay-'));
  badDir = mkdtempSync(join(tmpdir(), 'replay-bad-'));
  writeCandles(candleFileName('BTC/USDT', '1h'), btc1h);
  writeCandles(candleFileName('ETH/USDT', '4h'), syntheticCandles({ count: 10, timeframe: '4h', end: END }));
  writeCandles('ETH_USDT-5m.csv.gz', syntheticCandles({ count: 10, timeframe: '15m', end: END })); // not served
  writeFileSync(join(dir, 'README.md'), 'not a candle file');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(badDir, { recursive: true, force: true });
});

describe('listReplayFiles', () => {
  it('lists candle files of served timeframes only', () => {
    const files = listReplayFiles(dir).map(({ symbol, timeframe }) => `${symbol} ${timeframe}`);
    expect(files).toEqual(['BTC/USDT 1h', 'ETH/USDT 4h']);
  });

  it('fails clearly for a missing folder', () => {
    expect(() => listReplayFiles(join(dir, 'nope'))).toThrow(MarketDataError);
  });
});

describe('ReplayMarketSource', () => {
  const at = (now: number) => new ReplayMarketSource({ dir, now: () => now });

  it('lists symbols that have at least one file', async () => {
    expect(await at(END).listSymbols()).toEqual(['BTC/USDT', 'ETH/USDT']);
  });

  it('returns closed candles only, oldest first', async () => {
    const candles = await at(END + 30 * 60_000).fetchClosedCandles('BTC/USDT', '1h', 5);
    expect(candles).toEqual(btc1h.slice(-6, -1)); // the candle opened at END is still open
    expect(candles.map((c) => c.time)).toEqual([...candles.map((c) => c.time)].sort((a, b) => a - b));
  });

  it('replays history: a clock in the past sees only what had closed then', async () => {
    const now = END - 10 * HOUR;
    const candles = await at(now).fetchClosedCandles('BTC/USDT', '1h', 1000);
    expect(candles.at(-1)?.time).toBe(now - HOUR);
    expect(candles).toHaveLength(btc1h.length - 11);
    expect(await at(btc1h[0]!.time).fetchClosedCandles('BTC/USDT', '1h', 10)).toEqual([]);
  });

  it('unknown symbol gives suggestions; a missing timeframe is a MarketDataError', async () => {
    const source = at(END + HOUR);
    await expect(source.fetchClosedCandles('BTX/USDT', '1h', 5)).rejects.toMatchObject({
      constructor: UnknownSymbolError,
      suggestions: ['BTC/USDT'],
    });
    await expect(source.fetchClosedCandles('ETH/USDT', '1h', 5)).rejects.toThrow(/no 1h candles for ETH\/USDT/);
  });
});

describe('readCandleFile', () => {
  it.each([
    ['bad header', 'time,o,h,l,c,v\n1,1,1,1,1,1\n', 1, /expected header/],
    ['a missing field', `${HEADER}\n0,1,1,1,1,1\n3600000,1,1,1,1\n`, 3, /expected 6 fields, found 5/],
    ['a non-number', `${HEADER}\n0,1,1,1,1,1\n3600000,1,abc,1,1,1\n`, 3, /high is not a number/],
    ['an empty field', `${HEADER}\n0,1,1,,1,1\n`, 2, /low is not a number/],
    ['time going backwards', `${HEADER}\n3600000,1,1,1,1,1\n0,1,1,1,1,1\n`, 3, /not after the previous row/],
    ['high below close', `${HEADER}\n0,1,1.5,0.5,2,1\n`, 2, /outside low\.\.high/],
    ['negative volume', `${HEADER}\n0,1,1,1,1,-3\n`, 2, /volume is negative/],
    ['a fractional timestamp', `${HEADER}\n0.5,1,1,1,1,1\n`, 2, /epoch milliseconds/],
  ])('names the file and line for %s', (what, text, line, reason) => {
    const name = `${what.replace(/\W+/g, '-')}.csv.gz`;
    writeFileSync(join(badDir, name), gzipSync(text));
    const error = captureError(() => readCandleFile(join(badDir, name)));
    expect(error).toBeInstanceOf(MarketDataError);
    expect((error as Error).message).toContain(`${name} line ${line}:`);
    expect((error as Error).message).toMatch(reason);
  });

  it('reports a file that is not gzip', () => {
    writeFileSync(join(badDir, 'RAW_USDT-1h.csv.gz'), `${HEADER}\n`);
    expect(() => readCandleFile(join(badDir, 'RAW_USDT-1h.csv.gz'))).toThrow(/cannot read candle file .*RAW_USDT-1h/);
  });

  it('surfaces a malformed file through the replay source', async () => {
    const timeframe: Timeframe = '1d';
    writeFileSync(join(badDir, candleFileName('XRP/USDT', timeframe)), gzipSync(`${HEADER}\n0,1,1,1,1,1\nx\n`));
    const source = new ReplayMarketSource({ dir: badDir, now: () => END });
    await expect(source.fetchClosedCandles('XRP/USDT', timeframe, 5)).rejects.toThrow(
      /XRP_USDT-1d\.csv\.gz line 3: expected 6 fields/,
    );
  });
});

function captureError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
