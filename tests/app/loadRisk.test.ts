import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { loadRisk } from '../../app/loadRisk.js';
import { toUserError } from '../../bot/userErrors.js';
import { RiskReferenceError } from '../../inference/risk/reference.js';
import type { MarketSource } from '../../market/source.js';
import { langFor } from '../../bot/i18n/chatLocale.js';

const market: MarketSource = {
  name: 'unused',
  listSymbols: async () => [],
  fetchClosedCandles: async () => [],
};

describe('/risk at start-up', () => {
  it('without a reference file, logs an error naming it, and /risk answers that risk is unavailable', async () => {
    const lines: string[] = [];
    const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
    const dir = mkdtempSync(join(tmpdir(), 'models-'));
    const risk = await loadRisk(dir, market, log);

    const logged = lines.map((l) => JSON.parse(l) as { level: number; msg: string; file?: string });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ level: 50, file: join(dir, 'risk-reference.json') });
    expect(logged[0]!.msg).toContain('npm run risk-reference');

    const error = await risk('BTC/USDT').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RiskReferenceError);
    expect(toUserError(error, langFor('en'))).toEqual({ message: 'Risk scores are unavailable right now. /predict still works.', level: 'error' });
  });

  it('with the shipped reference, logs that it is loaded', async () => {
    const lines: string[] = [];
    const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
    await loadRisk('models', market, log);
    expect(lines.map((l) => (JSON.parse(l) as { msg: string }).msg)).toEqual(['risk reference loaded']);
  });
});
