import { TIMEFRAMES, isTimeframe, type Timeframe } from '../../market/timeframes.js';
import { DatasetInputError } from './exporter.js';

/** Parsers for the command-line options shared by `npm run dataset` and `npm run train`. */
export function parseTimeframes(text: string | undefined): Timeframe[] {
  if (text === undefined) return [...TIMEFRAMES];
  const list = text.split(',').map((t) => t.trim()).filter((t) => t !== '');
  const bad = list.filter((t) => !isTimeframe(t));
  if (bad.length > 0 || list.length === 0) {
    throw new DatasetInputError(`unknown timeframe ${bad.join(', ') || '(none)'}: use some of ${TIMEFRAMES.join(',')}`);
  }
  return list as Timeframe[];
}

/** `BTC/USDT,eth/usdt` → unified symbols; undefined means every pair in the folder. */
export function parsePairs(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  const list = text.split(',').map((p) => p.trim().toUpperCase()).filter((p) => p !== '');
  const bad = list.filter((p) => !/^[A-Z0-9]+\/[A-Z0-9]+$/.test(p));
  if (bad.length > 0 || list.length === 0) {
    throw new DatasetInputError(`bad pair ${bad.join(', ') || '(none)'}: write pairs like BTC/USDT,ETH/USDT`);
  }
  return list;
}

export function parseCount(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) {
    throw new DatasetInputError(`--${name} must be a positive whole number, got "${text}"`);
  }
  return value;
}
