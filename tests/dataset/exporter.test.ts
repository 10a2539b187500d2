import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Candle } from '../../market/candle.js';
import { BARRIERS, RESULT_CODE, directionLabel, horizonCandles, tradeLevels, walkTrade } from '../../inference/barrier.js';
import { DatasetInputError, WINDOW, exportDataset } from '../../inference/dataset/exporter.js';
import { readNpy } from '../../inference/dataset/npy.js';
import { FEATURE_NAMES, FEATURE_SET } from '../../inference/features/featureSet.js';
import { buildMarketContext, MARKET_LEADER } from '../../inference/features/marketContext.js';
import { computeFeatures, featureWindow } from '../../inference/features/pipeline.js';
import { DIRECTIONS, POLICY_ACTION_STEP, POLICY_ACTIONS } from '../../inference/labels.js';
import { netReturn } from '../../inference/tradeReturn.js';
import { writeSyntheticCandles } from '../../models/train/synthetic.js';
import { writeCandleFiles } from '../../market/candleFileWriter.js';

// BTC/USDT is the market leader: without it no row has market context.
const PAIRS = ['AAA/USDT', 'BTC/USDT'];
const root = mkdtempSync(join(tmpdir(), 'dataset-test-'));
const dataDir = join(root, 'candles');
const outDir = join(root, 'out');
const notes: string[] = [];
let written: Map<string, Candle[]>;

const candlesOf = (pair: string) => written.get(`${pair.replace('/', '_')}-1h.csv.gz`)!;
const featuresOf = (pair: string) =>
  computeFeatures(candlesOf(pair), '1h', buildMarketContext(new Map([[MARKET_LEADER, candlesOf(MARKET_LEADER)]]), '1h'));

const load = (name: string) => readNpy(join(outDir, '1h', `${name}.npy`));
const numbers = (name: string) => Array.from(load(name).data as ArrayLike<number | bigint>, Number);

beforeAll(() => {
  written = writeSyntheticCandles(dataDir, { pairs: PAIRS, timeframes: ['1h'], candles: 500, seed: 42, gap: 5 });
  exportDataset({ dataDir, outDir, timeframes: ['1h', '4h'], log: (line) => notes.push(line) });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('dataset exporter', () => {
  it('writes consistent shapes and dtypes', () => {
    const features = load('features');
    expect(features.header.descr).toBe('<f4');
    expect(features.header.shape[1]).toBe(FEATURE_NAMES.length);
    expect((features.data as Float32Array).every(Number.isFinite)).toBe(true);
    const n = load('label').header.shape[0]!;
    expect(n).toBeGreaterThan(100);
    const dtypes: Record<string, string> = {
      end_row: '<i8', label: '|i1', label_candles: '<i2', hit_long: '|i1', hit_short: '|i1', result_long: '|i1', result_short: '|i1',
      ret_long: '<f4', ret_short: '<f4', net_long: '<f4', net_short: '<f4', tp1_net_long: '<f4',
      sl_net_long: '<f4', tp1_net_short: '<f4', sl_net_short: '<f4', last_move: '|i1', time: '<i8', pair: '<i2',
    };
    for (const [name, descr] of Object.entries(dtypes)) {
      expect(load(name).header).toMatchObject({ descr, shape: [n] });
    }
    const endRows = numbers('end_row');
    expect(Math.min(...endRows)).toBeGreaterThanOrEqual(WINDOW - 1);
    expect(Math.max(...endRows)).toBeLessThan(features.header.shape[0]!);
    const times = numbers('time');
    expect(times.every((t, i) => i === 0 || t >= times[i - 1]!)).toBe(true);
  });

  it('labels, hits and feature rows agree with the TypeScript rule on the original candles', () => {
    const [endRows, times, pairs, labels, labelCandles, hitLong, hitShort, retLong, netShort, tp1NetLong, slNetShort, lastMove, resultLong, resultShort] = [
      'end_row', 'time', 'pair', 'label', 'label_candles', 'hit_long', 'hit_short', 'ret_long', 'net_short',
      'tp1_net_long', 'sl_net_short', 'last_move', 'result_long', 'result_short',
    ].map(numbers);
    const features = load('features').data as Float32Array;
    const settings = BARRIERS['1h'];
    const width = FEATURE_NAMES.length;
    let checked = 0;
    PAIRS.forEach((pair, p) => {
      const candles = candlesOf(pair);
      const matrix = featuresOf(pair);
      for (let s = 0; s < times!.length; s++) {
        if (pairs![s] !== p) continue;
        checked++;
        const i = candles.findIndex((c) => c.time === times![s]);
        // The whole window is finite: past the warm-up of its gap-free run.
        expect(featureWindow(matrix, i, WINDOW)).not.toBeNull();
        // Its whole horizon is in the data: no label walks across the gap.
        expect(horizonCandles(candles, candles[i]!.time, '1h', settings.horizon)).toHaveLength(settings.horizon);
        const row = features.subarray(endRows![s]! * width, (endRows![s]! + 1) * width);
        expect(Array.from(row)).toEqual(Array.from(matrix.values.subarray(i * width, (i + 1) * width)));
        const candle = candles[i]!;
        const atr = matrix.atr[i]!;
        const future = horizonCandles(candles, candle.time, '1h', settings.horizon);
        const expected = directionLabel(candle.close, atr, future, settings);
        expect(DIRECTIONS[labels![s]!]).toBe(expected.label);
        expect(labelCandles![s]).toBe(expected.candles ?? -1);
        const longLevels = tradeLevels('LONG', candle.close, atr, settings);
        const shortLevels = tradeLevels('SHORT', candle.close, atr, settings);
        const long = walkTrade(longLevels, future);
        const short = walkTrade(shortLevels, future);
        // The one trade rule: 1 win (TP1 before the stop, closed at TP1), −1 stop, 0 expired.
        expect(resultLong![s]).toBe(RESULT_CODE[long.result]);
        expect(resultShort![s]).toBe(RESULT_CODE[short.result]);
        // The label and the results agree (a = b): LONG ⇔ the long call wins, SHORT ⇔ the short call wins.
        expect(DIRECTIONS[labels![s]!] === 'LONG').toBe(long.result === 'win');
        expect(DIRECTIONS[labels![s]!] === 'SHORT').toBe(short.result === 'win');
        expect(hitLong![s]).toBe(long.hit ? 1 : 0);
        expect(retLong![s]).toBeCloseTo(long.exitPrice / candle.close - 1, 5);
        expect(hitShort![s]).toBe(short.hit ? 1 : 0);
        expect(netShort![s]).toBeCloseTo(netReturn('SHORT', candle.close, short.exitPrice), 5);
        expect(tp1NetLong![s]).toBeCloseTo(netReturn('LONG', candle.close, longLevels.takeProfits[0]), 5);
        expect(slNetShort![s]).toBeCloseTo(netReturn('SHORT', candle.close, shortLevels.stopLoss), 5);
        expect(lastMove![s]).toBe(Math.sign(candle.close - candle.open));
      }
    });
    expect(checked).toBe(times!.length);
  });

  it('writes meta.json that describes the files', () => {
    const meta = JSON.parse(readFileSync(join(outDir, '1h', 'meta.json'), 'utf8'));
    const times = numbers('time');
    expect(meta).toMatchObject({
      feature_set: FEATURE_SET,
      features: FEATURE_NAMES,
      labels: DIRECTIONS,
      window: WINDOW,
      timeframe: '1h',
      barrier: BARRIERS['1h'],
      pairs: PAIRS,
      samples: times.length,
      from: new Date(times[0]!).toISOString(),
      to: new Date(times[times.length - 1]!).toISOString(),
    });
    const shares = Object.values(meta.class_shares as Record<string, number>);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
    const longs = numbers('label').filter((l) => l === DIRECTIONS.indexOf('LONG')).length;
    expect(meta.class_counts.LONG).toBe(longs);
  });

  it("writes each feature row's close, and the policy's actions with what they do to the position", () => {
    const closes = load('close');
    expect(closes.header).toMatchObject({ descr: '<f4', shape: [load('features').header.shape[0]] });
    const finite = PAIRS.map((pair) => {
      const features = featuresOf(pair);
      return candlesOf(pair).filter((_, i) => features.finite[i]);
    });
    expect(Array.from(closes.data as Float32Array)).toEqual(finite.flat().map((c) => Math.fround(c.close)));
    expect(numbers('row_time')).toEqual(finite.flat().map((c) => c.time));
    expect(numbers('row_pair')).toEqual(finite.flatMap((rows, p) => rows.map(() => p)));
    const meta = JSON.parse(readFileSync(join(outDir, '1h', 'meta.json'), 'utf8'));
    expect(meta).toMatchObject({ policy_actions: POLICY_ACTIONS, policy_action_steps: POLICY_ACTION_STEP });
  });

  it('skips a timeframe without files with a note', () => {
    expect(notes.some((n) => n.includes('4h') && n.includes('skipped'))).toBe(true);
  });

  it('subsamples evenly in time with --max-samples', () => {
    const small = join(root, 'small');
    exportDataset({ dataDir, outDir: small, timeframes: ['1h'], maxSamples: 50, log: () => {} });
    const times = Array.from(readNpy(join(small, '1h', 'time.npy')).data as BigInt64Array, Number);
    expect(times).toHaveLength(50);
    const all = numbers('time');
    expect(times[0]).toBe(all[0]);
    expect(times[49]).toBeGreaterThan(all[Math.floor(all.length * 0.9)]!);
  });

  it('merges several data folders by time, the first folder winning where they overlap', () => {
    const older = join(root, 'older');
    const btc = candlesOf(MARKET_LEADER);
    const aaa = candlesOf('AAA/USDT');
    writeCandleFiles(older, new Map([
      [MARKET_LEADER, new Map([['1h', btc.slice(0, 300)]])],
      // Where the folders overlap, the older one differs: the merge must take the first folder's candles there.
      ['AAA/USDT', new Map([['1h', aaa.slice(0, 300).map((c, i) => (i < 200 ? c : { ...c, volume: c.volume + 1 }))]])],
    ]));
    const newer = join(root, 'newer');
    writeCandleFiles(newer, new Map([[MARKET_LEADER, new Map([['1h', btc.slice(200)]])], ['AAA/USDT', new Map([['1h', aaa.slice(200)]])]]));
    const merged = join(root, 'merged');
    exportDataset({ dataDir: `${newer},${older}`, outDir: merged, timeframes: ['1h'], log: () => {} });
    expect(readNpy(join(merged, '1h', 'features.npy')).data).toEqual(load('features').data);
    expect(() => exportDataset({ dataDir: `${newer},${join(root, 'nope')}`, outDir: merged, timeframes: ['1h'] })).toThrow(/not found/);
  });

  it('refuses a missing folder with a clear message', () => {
    expect(() => exportDataset({ dataDir: join(root, 'nope'), outDir, timeframes: ['1h'] })).toThrow(DatasetInputError);
    expect(() => exportDataset({ dataDir: join(root, 'nope'), outDir, timeframes: ['1h'] })).toThrow(/not found/);
  });
});
