import type { Prediction } from '../../inference/prediction.js';
import { formatPrice } from '../formatNumbers.js';
import type { Locale } from '../locales.js';

/** Explicit, because echarts' defaults are red-up/green-down (the Chinese market convention). */
export const UP_COLOR = '#16a34a';
export const DOWN_COLOR = '#dc2626';
const ENTRY_COLOR = '#2563eb';
const TAKE_PROFIT_COLOR = '#15803d';
const STOP_LOSS_COLOR = '#b91c1c';

/** One horizontal line on the chart, labelled with its name and price. */
export interface ChartLevel {
  name: string;
  price: number;
  color: string;
  dashed: boolean;
}

/** Entry, stop-loss and TP1–TP3; a NO_TRADE has only the last close. */
export function chartLevels(p: Prediction): ChartLevel[] {
  if (p.direction === 'NO_TRADE' || p.stopLoss === null || p.takeProfits === null) {
    return [{ name: 'Last', price: p.entry, color: ENTRY_COLOR, dashed: false }];
  }
  const { tp1, tp2, tp3 } = p.takeProfits;
  return [
    { name: 'TP3', price: tp3, color: TAKE_PROFIT_COLOR, dashed: true },
    { name: 'TP2', price: tp2, color: TAKE_PROFIT_COLOR, dashed: true },
    { name: 'TP1', price: tp1, color: TAKE_PROFIT_COLOR, dashed: true },
    { name: 'Entry', price: p.entry, color: ENTRY_COLOR, dashed: false },
    { name: 'SL', price: p.stopLoss, color: STOP_LOSS_COLOR, dashed: true },
  ];
}

/** A price tag in the right margin: its text is bold at `fontSize` px. */
export const TAG = { height: 34, gap: 4, fontSize: 22, padding: 10 };

export function tagText(level: ChartLevel, locale: Locale = 'en'): string {
  return `${level.name}  ${formatPrice(level.price, locale)}`;
}

/**
 * Width of the widest tag. SSR cannot measure text, so this sums em widths of DejaVu Sans Bold
 * (digits and capitals about 0.7 em, punctuation and spaces about 0.38), rounded up.
 */
export function tagWidth(levels: readonly ChartLevel[], locale: Locale = 'en'): number {
  const ems = (text: string) => [...text].reduce((sum, ch) => sum + (/[.,: ]/.test(ch) ? 0.38 : 0.7), 0);
  return Math.ceil(Math.max(...levels.map((l) => ems(tagText(l, locale)))) * TAG.fontSize) + 2 * TAG.padding;
}

/**
 * Moves label centres (pixels, y grows downwards) apart by at least `gap` while keeping them inside
 * [top, bottom] and in their original order, so close levels never print on top of each other.
 */
export function spreadLabels(ys: readonly number[], gap: number, top: number, bottom: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const placed = order.map((o) => Math.min(Math.max(o.y, top), bottom));
  for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k]!, placed[k - 1]! + gap);
  // Pushed past the bottom: walk back up, then never above the top.
  for (let k = placed.length - 1; k >= 0; k--) {
    const limit = k === placed.length - 1 ? bottom : placed[k + 1]! - gap;
    placed[k] = Math.max(Math.min(placed[k]!, limit), top);
  }
  const result = new Array<number>(ys.length);
  order.forEach((o, k) => (result[o.i] = placed[k]!));
  return result;
}
