import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIGNAL_THRESHOLDS } from '../../inference/evaluation/report.js';
import { writeReplayFolder } from '../support/replayFolder.js';
import { runScript } from '../support/runScript.js';
import type { CandleMap } from '../../market/candleFileWriter.js';
import { syntheticMarket } from '../support/syntheticMarket.js';

/** A candle folder with BTC on 1h and 4h and ETH on 1h only; no 15m or 1d files at all. */
function candleFolder(): string {
  const full = syntheticMarket(400);
  const market: CandleMap = new Map([
    ['BTC/USDT', new Map([['1h', full.get('BTC/USDT')!.get('1h')!], ['4h', full.get('BTC/USDT')!.get('4h')!]])],
    ['ETH/USDT', new Map([['1h', full.get('ETH/USDT')!.get('1h')!]])],
  ]);
  return writeReplayFolder(market);
}

/** `npm run evaluate -- ARGS` as a person runs it: the real CLI in its own process, on the shipped models. */
const evaluate = (args: string[]) => runScript('inference/evaluation/cli.ts', args);

const JSON_KEYS = [
  'timeframe', 'model_version', 'samples', 'balanced_accuracy', 'macro_f1', 'log_loss', 'baseline_log_loss',
  'brier', 'baseline_brier', 'ece', 'signals',
];
const SIGNAL_KEYS = ['threshold', 'count', 'hit_rate', 'breakeven_hit_rate', 'mean_net_return'];
/** Added by the one trade rule (issue 13), after the keys above. */
const RULE_KEYS = ['wins', 'stops', 'expired', 'win_rate', 'breakeven_win_rate', 'mean_net_return_ci95', 'rule', 'alert'];

describe('evaluating the shipped models on a folder of candles', () => {
  it('a person evaluates a folder and gets a table per timeframe, a JSON report and notes for what is missing', async () => {
    const data = candleFolder();
    const json = join(mkdtempSync(join(tmpdir(), 'evaluate-')), 'report', 'eval.json');
    const run = await evaluate(['--data', data, '--pairs', 'BTC/USDT,eth/usdt,XRP/USDT', '--timeframes', '1h,4h,15m', '--json', json]);
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`note: no candle files for XRP/USDT in ${data}, skipped`);
    expect(run.stdout).toContain('note: 4h: no candle file for ETH/USDT, skipped');
    expect(run.stdout).toContain(`note: 15m: no <BASE>_<QUOTE>-15m.csv.gz files in ${data}, skipped`);
    expect(run.stdout).toMatch(/^1h {2}direction-1h-\S+ {2}2 pairs, decisions .* → .*, \d+ samples/m);
    expect(run.stdout).toMatch(/^ {2}trained on decisions \S+ → \S+: decisions up to a horizon past its end are in-sample$/m);
    expect(run.stdout).toMatch(/^ {2}top decile p ≥ 0\.\d{4} +\d+ /m);

    const report = JSON.parse(readFileSync(json, 'utf8')) as { models: Record<string, unknown>[] };
    expect(Object.keys(report)).toEqual(['models']);
    expect(report.models.map((m) => m.timeframe)).toEqual(['1h', '4h']);
    for (const model of report.models) {
      expect(Object.keys(model).slice(0, JSON_KEYS.length)).toEqual(JSON_KEYS);
      expect(model.samples).toBeGreaterThan(200);
      for (const key of JSON_KEYS.slice(3, -1)) expect(Number.isFinite(model[key])).toBe(true);
      const signals = model.signals as Record<string, unknown>[];
      expect(signals.slice(0, 3).map((s) => s.threshold)).toEqual([...SIGNAL_THRESHOLDS]);
      expect(signals.map((s) => s.rule)).toContain('alert');
      expect(typeof model.alert_threshold).toBe('number');
      for (const signal of signals) {
        expect(Object.keys(signal)).toEqual([...SIGNAL_KEYS, ...RULE_KEYS]);
        expect(signal.alert).toBe(signal.threshold === model.alert_threshold);
        const { count, wins, stops, expired, win_rate: winRate, hit_rate: hitRate } = signal as Record<string, number | null>;
        expect(wins! + stops! + expired!).toBe(count);
        expect(hitRate).toBe(winRate);
        expect(winRate).toBe(wins! + stops! === 0 ? null : wins! / (wins! + stops!));
        const ci = signal.mean_net_return_ci95 as [number, number] | null;
        if (count === 0) expect(ci).toBeNull();
        else expect(ci![0]).toBeLessThanOrEqual(ci![1]);
      }
      const years = model.by_year as Record<string, unknown>[];
      expect(years.length).toBeGreaterThan(0);
      expect(years.reduce((n, y) => n + (y.samples as number), 0)).toBe(model.samples);
      for (const year of years) {
        expect(Object.keys(year)).toEqual(['year', 'samples', 'from', 'to', 'log_loss', 'baseline_log_loss', 'balanced_accuracy', 'ece', 'alert_signals']);
        expect((year.alert_signals as { threshold: number }).threshold).toBe(model.alert_threshold);
      }
    }
    expect((report.models[0]!.pairs as string[])).toEqual(['BTC/USDT', 'ETH/USDT']);
  }, 60_000);

  it('a person who mistypes a flag or picks a period without data is told what was wrong and what to type', async () => {
    const data = candleFolder();
    const cases: [string[], string][] = [
      [['--data', data, '--from', 'yesterday'], '--from must be an ISO date like 2021-05-17 or 2021-05-17T12:00Z, got "yesterday"'],
      [['--dta', data], "Unknown option '--dta'"],
      [['--data', data, '--from', '2030-01-01'], 'nothing was evaluated: no timeframe had a model and data'],
    ];
    const runs = await Promise.all(cases.map(([args]) => evaluate(args)));
    runs.forEach((run, i) => {
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(cases[i]![1]);
      expect(run.stderr).toContain('usage: npm run evaluate -- --data DIR');
    });
  }, 60_000);
});
