import { describe, expect, it } from 'vitest';
import { DEFAULT_ALERT_MIN_CONFIDENCE } from '../../inference/alertRule.js';
import { ModelRegistry } from '../../inference/models/registry.js';
import { parseBacktestArgs } from '../../backtest/args.js';
import { BacktestInputError } from '../../backtest/options.js';
import { runBacktest } from '../../backtest/runBacktest.js';
import { writeReplayFolder } from '../support/replayFolder.js';
import { backtestMarket } from './backtestMarket.js';

function refusal(argv: string[]): string {
  try {
    parseBacktestArgs(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(BacktestInputError);
    return (error as Error).message;
  }
  throw new Error(`accepted ${argv.join(' ')}`);
}

describe('backtest flags', () => {
  it('reads every flag, with forgiving pairs and UTC dates', () => {
    const command = parseBacktestArgs([
      '--data', 'dir', '--pairs', 'btc,ETH-USDT,sol/usdt', '--timeframes', '1h,4h', '--from', '2021-05-01',
      '--to', '2021-06-01T12:00', '--min-confidence', '0.45', '--json', 'out.json', '--chart', 'eq.png',
    ]);
    expect(command).toEqual({
      options: {
        dataDir: 'dir',
        modelsDir: 'models',
        pairs: ['BTC/USDT', 'ETH/USDT', 'SOL/USDT'],
        timeframes: ['1h', '4h'],
        from: Date.UTC(2021, 4, 1),
        to: Date.UTC(2021, 5, 1, 12),
        minConfidence: 0.45,
      },
      jsonFile: 'out.json',
      chartFile: 'eq.png',
    });
  });

  it("leaves the rest to the defaults: every pair and timeframe, each model card's alert threshold as live", async () => {
    expect(parseBacktestArgs(['--data', 'dir']).options).toEqual({ dataDir: 'dir', modelsDir: 'models' });
    const report = await runBacktest({ dataDir: writeReplayFolder(backtestMarket()), timeframes: ['4h'] });
    expect(report.minConfidence).toBeNull();
    const registry = await ModelRegistry.load('models');
    const cardThreshold = registry.directionModel('BTC/USDT', '4h').metadata.alert_threshold;
    await registry.close();
    expect(report.summary[0]!.minConfidence).toBe(cardThreshold ?? DEFAULT_ALERT_MIN_CONFIDENCE);
  });

  it('says what is wrong with a bad flag and what to write instead', () => {
    expect(refusal([])).toMatch(/--data DIR is required\nusage: npm run backtest/);
    expect(refusal(['--data', 'd', '--pair', 'BTC'])).toMatch(/Unknown option '--pair'.*\nusage:/s);
    expect(refusal(['--data', 'd', 'extra'])).toMatch(/extra.*\nusage:/s);
    expect(refusal(['--data', 'd', '--timeframes', '1h,2h'])).toBe(
      '--timeframes: unknown timeframe 2h: use some of 15m,1h,4h,1d',
    );
    expect(refusal(['--data', 'd', '--pairs', 'BTC/USDT/X'])).toMatch(/--pairs: invalid symbol "BTC\/USDT\/X".*BTC\/USDT,ETH\/USDT/);
    expect(refusal(['--data', 'd', '--from', 'May 1'])).toBe(
      '--from must be an ISO date like 2021-05-17 or 2021-05-17T12:00Z, got "May 1"',
    );
    expect(refusal(['--data', 'd', '--to', '2021-02-30'])).toBe(
      '--to must be an ISO date like 2021-05-17 or 2021-05-17T12:00Z, got "2021-02-30"',
    );
    expect(refusal(['--data', 'd', '--from', '2021-06-01', '--to', '2021-05-01'])).toBe(
      '--from (2021-06-01) must be before --to (2021-05-01)',
    );
    expect(refusal(['--data', 'd', '--min-confidence', '40'])).toBe(
      '--min-confidence must be a number from 0 to 1 (e.g. 0.4), got "40"',
    );
    expect(refusal(['--data', 'd', '--chart', 'equity.svg'])).toMatch(/ending in \.png, got "equity\.svg"/);
    expect(refusal(['--data', 'd', '--json', '/no/such/folder/report.json'])).toBe(
      '--json: the folder of /no/such/folder/report.json does not exist; create it or give another path',
    );
  });
});

describe('what the folder does not have', () => {
  const dir = writeReplayFolder(backtestMarket());

  it('skips a missing pair or timeframe with a note and replays the rest', async () => {
    const report = await runBacktest({ dataDir: dir, pairs: ['BTC/USDT', 'BTX/USDT'], timeframes: ['15m', '4h'] });
    expect(report.summary.map((r) => r.timeframe)).toEqual(['4h']);
    expect(report.pairs.map((p) => p.symbol)).toEqual(['BTC/USDT']);
    expect(report.skipped).toEqual([
      { symbol: 'BTX/USDT', reason: `not in ${dir} (closest: BTC/USDT)` },
      { timeframe: '15m', reason: `no 15m files in ${dir}` },
    ]);
  });

  it('refuses a folder that is not there or holds nothing to replay', async () => {
    await expect(runBacktest({ dataDir: `${dir}-missing` })).rejects.toThrow(
      new BacktestInputError(`cannot read replay folder ${dir}-missing: give --data a folder of <BASE>_<QUOTE>-<timeframe>.csv.gz files`),
    );
    await expect(runBacktest({ dataDir: dir, timeframes: ['1d'] })).rejects.toThrow(/nothing to replay: 1d: no 1d files in/);
    await expect(runBacktest({ dataDir: dir, pairs: ['DOGE/USDT'] })).rejects.toThrow(/nothing to replay: DOGE\/USDT: not in/);
    await expect(runBacktest({ dataDir: dir, modelsDir: `${dir}-no-models` })).rejects.toThrow(
      new RegExp(`^cannot load the models from ${dir}-no-models \\(--models\\): cannot read`),
    );
  });

  it('refuses a period too short for the model window', async () => {
    const lastHour = backtestMarket().get('BTC/USDT')!.get('1h')!.at(-1)!.time;
    await expect(
      runBacktest({ dataDir: dir, timeframes: ['1h'], to: lastHour - 300 * 3_600_000 }),
    ).rejects.toThrow(/nothing to report: 1h: no decision in the period/);
  });
});
