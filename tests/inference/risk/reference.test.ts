import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACTOR_CANDLES, FACTOR_SET } from '../../../inference/risk/factors.js';
import { RISK_REFERENCE_FILE, RiskReferenceError, loadRiskReference, parseRiskReference } from '../../../inference/risk/reference.js';
import { buildRiskReference } from '../../../inference/risk/referenceBuilder.js';
import { percentileOf } from '../../../inference/risk/percentiles.js';
import { syntheticCandles } from '../../../market/syntheticCandles.js';

const END = Date.UTC(2024, 0, 20);
const pair = (seed: number, volatility: number) => syntheticCandles({ count: 400, timeframe: '1h', end: END, seed, volatility });
const reference = buildRiskReference(new Map([['CALM/USDT', pair(1, 0.002)], ['WILD/USDT', pair(2, 0.04)]]), 6, new Date(END));

function folderWith(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'risk-ref-'));
  writeFileSync(join(dir, RISK_REFERENCE_FILE), text);
  return dir;
}

async function loadError(text: string | null): Promise<RiskReferenceError> {
  const dir = text === null ? mkdtempSync(join(tmpdir(), 'risk-ref-')) : folderWith(text);
  const error = await loadRiskReference(dir).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RiskReferenceError);
  expect((error as Error).message).toContain(join(dir, RISK_REFERENCE_FILE));
  return error as RiskReferenceError;
}

describe('building the risk reference', () => {
  it('pools every pair\'s readings into 101 quantiles per factor, with what it was built from', () => {
    const readingsPerPair = Math.floor((400 - FACTOR_CANDLES) / 6) + 1;
    expect(reference.built_from).toEqual({
      pairs: ['CALM/USDT', 'WILD/USDT'],
      from: new Date(pair(1, 0)[0]!.time).toISOString(),
      to: new Date(pair(1, 0).at(-1)!.time).toISOString(),
      stride: 6,
      readings: 2 * readingsPerPair,
    });
    expect(reference.factor_set).toBe(FACTOR_SET);
    expect(reference.quantiles.volatility).toHaveLength(101);
    // Half the readings are the calm pair's: its volatility sits below the median, the wild one's above.
    expect(reference.quantiles.volatility[40]!).toBeLessThan(0.002 * Math.sqrt(24) * 1.5);
    expect(reference.quantiles.volatility[60]!).toBeGreaterThan(0.04 * Math.sqrt(24) * 0.5);
  });

  it('writes what the loader accepts', () => {
    expect(parseRiskReference(JSON.parse(JSON.stringify(reference)), 'x.json')).toEqual(reference);
  });

  it('refuses when no pair has enough candles', () => {
    expect(() => buildRiskReference(new Map([['A/USDT', pair(1, 0.01).slice(0, 10)]]))).toThrow(/no pair has enough/);
  });
});

describe('loading the risk reference', () => {
  it('accepts the reference shipped in models/', async () => {
    const shipped = await loadRiskReference('models');
    expect(shipped.built_from.pairs.length).toBeGreaterThanOrEqual(30);
    // A calm pair reads low and a wild one high on it, whatever the pair's price.
    expect(percentileOf(shipped.quantiles.volatility, 0.01)).toBeLessThan(5);
    expect(percentileOf(shipped.quantiles.volatility, 0.2)).toBeGreaterThan(95);
  });

  it('names the file and the fix when it is missing', async () => {
    const error = await loadError(null);
    expect(error.message).toMatch(/cannot be read \(ENOENT\): rebuild it with `npm run risk-reference`/);
  });

  it('names the file when it is not JSON', async () => {
    expect((await loadError('{ nope')).message).toMatch(/is not valid JSON/);
  });

  it('names each bad key when it is malformed', async () => {
    const bad = structuredClone(reference) as Record<string, unknown> & typeof reference;
    bad.quantiles.swings = bad.quantiles.swings.slice(0, 100);
    bad.quantiles.volatility = [...bad.quantiles.volatility].reverse();
    delete (bad.quantiles as Partial<typeof bad.quantiles>).trend_strength;
    const message = (await loadError(JSON.stringify(bad))).message;
    expect(message).toContain('is malformed');
    expect(message).toContain('quantiles.volatility: must be ascending');
    expect(message).toContain('quantiles.swings');
    expect(message).toContain('quantiles.trend_strength');
  });

  it('refuses a reference built for other factor definitions, naming both', async () => {
    const message = (await loadError(JSON.stringify({ ...reference, factor_set: 'risk@0' }))).message;
    expect(message).toContain(`was built for factor set risk@0 but this code computes ${FACTOR_SET}`);
  });

  it('refuses a reference built on another timeframe', async () => {
    expect((await loadError(JSON.stringify({ ...reference, timeframe: '4h' }))).message).toMatch(/built on 4h candles but risk reads 1h/);
  });
});
