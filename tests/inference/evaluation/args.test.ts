import { describe, expect, it } from 'vitest';
import { EvaluationInputError, parseEvaluationArgs, parseIsoTime } from '../../../inference/evaluation/args.js';
import { evaluateFolder } from '../../../inference/evaluation/evaluateFolder.js';
import { DatasetInputError } from '../../../inference/dataset/exporter.js';

describe('evaluate command line', () => {
  it('reads dates as UTC unless they name a zone', () => {
    expect(parseIsoTime('from', '2021-05-17')).toBe(Date.UTC(2021, 4, 17));
    expect(parseIsoTime('from', '2021-05-17T12:30')).toBe(Date.UTC(2021, 4, 17, 12, 30));
    expect(parseIsoTime('to', '2021-05-17T12:30+02:00')).toBe(Date.UTC(2021, 4, 17, 10, 30));
    expect(parseIsoTime('to', undefined)).toBeUndefined();
  });

  it('refuses dates that are not ISO or do not exist, naming the flag', () => {
    for (const text of ['yesterday', '2021-02-30', '2021-5-1', '2021-05-17T25:00Z', '17/05/2021']) {
      expect(() => parseIsoTime('to', text)).toThrow(`--to must be an ISO date like 2021-05-17 or 2021-05-17T12:00Z, got "${text}"`);
    }
  });

  it('fills defaults and refuses a missing folder, a reversed period, unknown timeframes and bad pairs', () => {
    expect(parseEvaluationArgs(['--data', 'd'])).toMatchObject({
      dataDir: 'd', modelsDir: 'models', pairs: undefined, timeframes: ['15m', '1h', '4h', '1d'],
      range: { from: -Infinity, to: Infinity }, jsonFile: undefined,
    });
    expect(parseEvaluationArgs(['--data', 'd', '--pairs', 'btc/usdt', '--timeframes', '1h', '--from', '2021-05-17']))
      .toMatchObject({ pairs: ['BTC/USDT'], timeframes: ['1h'], range: { from: Date.UTC(2021, 4, 17), to: Infinity } });
    expect(() => parseEvaluationArgs([])).toThrow(new EvaluationInputError('--data is required: the folder of candle files'));
    expect(() => parseEvaluationArgs(['--data', 'd', '--from', '2021-06-01', '--to', '2021-05-01']))
      .toThrow('--from 2021-06-01 is after --to 2021-05-01: swap them');
    expect(() => parseEvaluationArgs(['--data', 'd', '--timeframes', '2h'])).toThrow(DatasetInputError);
    expect(() => parseEvaluationArgs(['--data', 'd', '--pairs', 'BTCUSDT'])).toThrow('write pairs like BTC/USDT,ETH/USDT');
  });

  it('names a data folder that does not exist', async () => {
    const args = parseEvaluationArgs(['--data', '/nonexistent/candles']);
    await expect(evaluateFolder(args, () => {})).rejects.toThrow('data folder not found: /nonexistent/candles');
  });
});
