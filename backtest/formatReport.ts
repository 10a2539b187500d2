import type { CurveStats } from './metrics.js';
import type { BacktestReport, PairRow, SummaryRow } from './report.js';
import { describeSkip } from './universe.js';

/** The report as the plain-text tables the CLI prints. */
export function formatReport(report: BacktestReport): string {
  const timeframes = report.summary.filter((r) => r.timeframe !== 'all').map((r) => r.timeframe);
  const lines = [
    `Backtest ${report.period.from.slice(0, 16)}Z → ${report.period.to.slice(0, 16)}Z · ${report.data} · ` +
      `min confidence ${report.minConfidence ?? "each model card's threshold"} · fee ${report.feeRate * 100}% per side`,
    '',
    table(
      ['tf', 'pairs', 'in-sample', 'min conf', 'signals', 'L/S', 'open', 'wins', 'stops', 'expired', 'win rate', 'break-even', 'mean net', '95% CI (by day)', 'P&L/unit'],
      report.summary.map(summaryCells),
    ),
    '',
    'wins: TP1 before the stop, closed at TP1 · stops: the stop first (a candle touching both counts as the stop) ·',
    'expired: neither within the horizon, closed at its last close · win rate = wins / (wins + stops) · break-even:',
    'the win rate at which trades ending at TP1 or the stop earn nothing after fees · mean net: resolved trades after',
    'fees, with a 95% interval from a bootstrap by UTC day · P&L/unit: sum of net returns, one unit per trade',
    '',
    table(['tf', 'strategy', 'max DD', 'Sharpe', 'exposure', 'B&H', 'B&H DD', 'B&H Sharpe'], report.summary.map(portfolioCells)),
    '',
    'strategy: portfolio return, 1/P of its value per alert, marked to market · Sharpe: daily returns × √365',
    'B&H: equal-weight buy and hold of the same pairs · in-sample: decisions inside the model\'s training period',
    ...trainedLines(report.summary),
    '',
    'Per pair: signals · win rate · P&L/unit',
    table(['pair', ...timeframes], pairCells(report.pairs, timeframes)),
  ];
  if (report.skipped.length > 0) lines.push('', 'Skipped:', ...report.skipped.map((s) => `  ${describeSkip(s)}`));
  return lines.join('\n');
}

/** A warning per timeframe whose numbers are partly in-sample, with the --from that leaves its training period out. */
function trainedLines(rows: readonly SummaryRow[]): string[] {
  return rows.flatMap((r) =>
    r.trainedOn && r.inSample > 0
      ? [
          `${r.timeframe}: model trained on ${r.trainedOn.from.slice(0, 10)} → ${r.trainedOn.to.slice(0, 10)}, ` +
            `${percent(r.inSample, 0)} of decisions in-sample; out-of-sample only: --from ${r.trainedOn.outOfSampleFrom.slice(0, 16)}Z`,
        ]
      : [],
  );
}

function summaryCells(r: SummaryRow): string[] {
  return [
    r.timeframe,
    String(r.pairs),
    percent(r.inSample, 0),
    r.minConfidence === null ? '' : r.minConfidence.toFixed(2),
    String(r.signals),
    `${r.long}/${r.short}`,
    String(r.open),
    String(r.wins),
    String(r.stops),
    String(r.expired),
    percent(r.winRate),
    percent(r.breakevenWinRate),
    signedPercent(r.meanReturn, 2),
    r.meanReturnCi95 === null ? '–' : `${signedPercent(r.meanReturnCi95[0], 2)}…${signedPercent(r.meanReturnCi95[1], 2)}`,
    signedPercent(r.pnl),
  ];
}

function portfolioCells(r: SummaryRow): string[] {
  return [r.timeframe, ...curveCells(r.strategy), percent(r.exposure), ...curveCells(r.buyAndHold)];
}

function curveCells(s: CurveStats): string[] {
  return [signedPercent(s.totalReturn), percent(-s.maxDrawdown), s.sharpe === null ? '–' : s.sharpe.toFixed(2)];
}

function pairCells(rows: readonly PairRow[], timeframes: readonly string[]): string[][] {
  const symbols = [...new Set(rows.map((r) => r.symbol))].sort();
  return symbols.map((symbol) => [
    symbol,
    ...timeframes.map((tf) => {
      const r = rows.find((row) => row.symbol === symbol && row.timeframe === tf);
      if (!r) return '';
      return r.signals === 0 ? '0' : `${r.signals} · ${percent(r.winRate, 0)} · ${signedPercent(r.pnl)}`;
    }),
  ]);
}

/** Columns padded to their widest cell; the first left-aligned, the rest right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, k) => Math.max(h.length, ...rows.map((r) => (r[k] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, k) => (k === 0 ? c.padEnd(widths[k]!) : c.padStart(widths[k]!))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

function percent(share: number | null, digits = 1): string {
  return share === null ? '–' : `${(share * 100).toFixed(digits)}%`;
}

function signedPercent(share: number | null, digits = 1): string {
  if (share === null) return '–';
  const text = percent(share, digits);
  return share > 0 ? `+${text}` : text;
}
