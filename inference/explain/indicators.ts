/**
 * The indicators an explanation talks about, each with the features of `ctx34@2` that carry it and the
 * level they are held at when the model is re-run without them (see occlusion.ts). One list: the
 * readings, the re-runs and the reply all follow it (bot/formatExplanation.ts names these levels in words).
 */
export const EXPLAINED_INDICATORS = [
  { name: 'rsi', neutral: { rsi14: 50 } },
  { name: 'macd', neutral: { macd_line_atr: 0, macd_hist_atr: 0 } },
  // Volume z-scores: 0 is an ordinary candle.
  { name: 'volume', neutral: { volume_z20: 0, volume_z50: 0 } },
  // Volatility has no natural neutral value: it is held at its median over the model's window.
  { name: 'volatility', neutral: { atr_rel: 'window_median', vol_ratio_20_50: 'window_median', atr_pct50: 'window_median' } },
  // A flat market: no move of BTC or the basket, half the basket rising, the pair moving with it.
  {
    name: 'market',
    neutral: {
      btc_z1: 0, btc_z4: 0, btc_z16: 0, basket_z1: 0, basket_z4: 0, basket_z16: 0, breadth20: 0.5, rel_strength4: 0, rel_strength16: 0,
    },
  },
] as const satisfies readonly { name: string; neutral: Record<string, number | 'window_median'> }[];

export type IndicatorName = (typeof EXPLAINED_INDICATORS)[number]['name'];

/** Column of a feature in a model's input; the registry has already checked the list matches the code's. */
export function featureColumn(features: readonly string[], name: string): number {
  const column = features.indexOf(name);
  if (column < 0) throw new Error(`the model has no feature "${name}"`);
  return column;
}

/** One feature's values over a row-major [rows, width] window. */
export function featureValues(window: Float32Array, width: number, column: number): number[] {
  const values: number[] = [];
  for (let offset = column; offset < window.length; offset += width) values.push(window[offset]!);
  return values;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
