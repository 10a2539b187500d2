const DAY_MS = 86_400_000;
/** Crypto trades every day of the year. */
const DAYS_PER_YEAR = 365;

/** A value curve's return, its deepest fall from a previous peak, and its annualised Sharpe ratio. */
export interface CurveStats {
  /** Final value / first value − 1. */
  totalReturn: number;
  /** Largest peak-to-trough fall, as a share of the peak (0.25 = −25%). */
  maxDrawdown: number;
  /** Mean / standard deviation of daily returns × √365, risk-free rate 0; null with under two days or no variation. */
  sharpe: number | null;
}

export function curveStats(times: readonly number[], values: readonly number[]): CurveStats {
  const first = values[0] ?? 1;
  const last = values[values.length - 1] ?? first;
  return { totalReturn: last / first - 1, maxDrawdown: maxDrawdown(values), sharpe: dailySharpe(times, values) };
}

export function maxDrawdown(values: readonly number[]): number {
  let peak = -Infinity;
  let deepest = 0;
  for (const v of values) {
    peak = Math.max(peak, v);
    deepest = Math.max(deepest, 1 - v / peak);
  }
  return deepest;
}

/** Sharpe of the returns from the first value to each UTC day's last value, and between those. */
export function dailySharpe(times: readonly number[], values: readonly number[]): number | null {
  const daily: number[] = values.length > 0 ? [values[0]!] : [];
  for (let k = 1; k < times.length; k++) {
    const nextDay = k + 1 < times.length ? Math.floor(times[k + 1]! / DAY_MS) : Infinity;
    if (nextDay > Math.floor(times[k]! / DAY_MS)) daily.push(values[k]!);
  }
  const returns = daily.slice(1).map((v, k) => v / daily[k]! - 1);
  if (returns.length < 2) return null;
  const mean = returns.reduce((s, r) => s + r, 0) / returns.length;
  const variance = returns.reduce((s, r) => s + (r - mean) ** 2, 0) / (returns.length - 1);
  return variance > 0 ? (mean / Math.sqrt(variance)) * Math.sqrt(DAYS_PER_YEAR) : null;
}

/**
 * Curves on different time grids averaged on the union of their times; each curve holds its last value
 * between its points and is 1 before its first. The portfolio that splits its capital equally among them.
 */
export function averageCurves(curves: readonly { times: readonly number[]; values: readonly number[] }[]) {
  const times = [...new Set(curves.flatMap((c) => c.times))].sort((a, b) => a - b);
  const at = curves.map(() => -1);
  const values = times.map((time) => {
    let sum = 0;
    curves.forEach((c, k) => {
      while (at[k]! + 1 < c.times.length && c.times[at[k]! + 1]! <= time) at[k] = at[k]! + 1;
      sum += at[k]! >= 0 ? c.values[at[k]!]! : 1;
    });
    return sum / curves.length;
  });
  return { times, values };
}
