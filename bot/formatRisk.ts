import type { FactorName } from '../inference/risk/factors.js';
import type { FactorReading, RiskReport, RiskWarning } from '../inference/risk/riskReport.js';
import type { RiskLevel } from '../inference/risk/score.js';
import { formatUtc } from '../app/formatNumbers.js';
import { escapeHtml } from './html.js';

const LEVEL_MARK: Record<RiskLevel, string> = { low: '🟢', medium: '🟡', high: '🟠', extreme: '🔴' };

/** How each factor's value reads: 2.2% a day, ADX 14. */
const VALUE_TEXT: Record<FactorName, (value: string) => string> = {
  volatility: (v) => `${v} a day`,
  swings: (v) => `${v} hourly range`,
  volume_volatility: (v) => `${v} variation`,
  trend_strength: (v) => `ADX ${v}`,
};

/** A /risk reply (HTML): score and level, each factor with value and sub-score, warnings, what it is measured against. */
export function formatRisk(report: RiskReport): string {
  const days = report.history.days;
  const lines = [
    `${LEVEL_MARK[report.level]} <b>${escapeHtml(report.symbol)} · risk ${Math.round(report.score)}/100 · ${report.level}</b>`,
    '',
    ...report.factors.map((f) => factorLine(f, days)),
  ];
  if (report.warnings.length > 0) lines.push('', ...report.warnings.map(warningLine));
  const { pairs, from, to } = report.reference;
  lines.push(
    '',
    `<i>Sub-scores are percentiles against ${pairs} pairs' ${escapeHtml(report.timeframe)} history ` +
      `(${escapeHtml(from.slice(0, 10))} to ${escapeHtml(to.slice(0, 10))}). ` +
      `Read at the ${escapeHtml(report.timeframe)} candle of ${formatUtc(report.candleTime)}. Not financial advice.</i>`,
  );
  return lines.join('\n');
}

function factorLine(f: FactorReading, days: number): string {
  return [
    `<b>${escapeHtml(f.label)}</b>: ${VALUE_TEXT[f.name](formatFactorValue(f))}`,
    `sub-score ${Math.round(f.subScore)}/100`,
    `weight ${Math.round(f.weight * 100)}%`,
    // Floored, so "95th" always comes with the top-5% warning and "94th" never does.
    `${ordinal(Math.floor(f.ownPercentile))} percentile of its last ${dayCount(days)}`,
  ].join(' · ');
}

/** ADX 31.4 → "31"; shares as percentages, fewer decimals the larger they are: 23%, 2.3%, 0.03%. */
export function formatFactorValue(f: Pick<FactorReading, 'unit' | 'value'>): string {
  if (f.unit === 'index') return f.value.toFixed(0);
  const percent = f.value * 100;
  return `${percent.toFixed(percent >= 10 ? 0 : percent >= 1 ? 1 : 2)}%`;
}

function warningLine(w: RiskWarning): string {
  if (w.kind === 'unusual') {
    return `⚠️ ${escapeHtml(w.label)} in the top ${w.topPercent}% of this pair's last ${dayCount(w.days)}.`;
  }
  return `ℹ️ Only ${dayCount(w.days)} of history for this pair, so its own percentiles are rough.`;
}

function dayCount(days: number): string {
  return days === 1 ? '1 day' : `${days} days`;
}

/** 1 → "1st", 12 → "12th", 23 → "23rd". */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
