import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BacktestReport } from '../../backtest/report.js';
import { writeReplayFolder } from '../support/replayFolder.js';
import { runScript } from '../support/runScript.js';
import { backtestMarket } from '../backtest/backtestMarket.js';

/** `npm run backtest -- ARGS`, as the script runs it. */
const backtest = (args: string[]) => runScript('backtest/cli.ts', args);

describe('a trader runs the backtest from the command line', () => {
  it('prints the table, writes the JSON and the equity chart, and notes what it skipped', async () => {
    const out = mkdtempSync(join(tmpdir(), 'backtest-out-'));
    const data = writeReplayFolder(backtestMarket());
    const json = join(out, 'report.json');
    const chart = join(out, 'equity.png');
    const run = await backtest(['--data', data, '--pairs', 'BTC,ETH,XYZ', '--min-confidence', '0.3', '--json', json, '--chart', chart]);
    expect(run.stderr).not.toContain('\r');
    expect(run.stderr).toMatch(/backtest: 100% (\d+)\/\1 decisions/);
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(json, 'utf8')) as BacktestReport;
    expect(report.summary.map((r) => r.timeframe)).toEqual(['1h', '4h', 'all']);
    expect(report.minConfidence).toBe(0.3);
    const hourly = report.summary[0]!;
    expect(run.stdout).toContain(`tf   pairs  in-sample  min conf  signals`);
    // 2026 candles: after every shipped model's training period.
    expect(run.stdout).toMatch(new RegExp(`^1h +2 +0% +0\\.30 +${hourly.signals} +${hourly.long}/${hourly.short} `, 'm'));
    expect(run.stdout).toMatch(/^BTC\/USDT +\d+/m);
    expect(run.stdout).toContain('Skipped:\n  XYZ/USDT: not in');
    expect(run.stdout).toContain(`JSON written to ${json}`);
    expect(readFileSync(chart).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  }, 90_000);

  it('answers a bad flag with what to type instead and a non-zero exit', async () => {
    const run = await backtest(['--data', 'x', '--timeframes', '5m']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('backtest: --timeframes: unknown timeframe 5m: use some of 15m,1h,4h,1d');
    expect(run.stdout).toBe('');
  }, 30_000);
});
