import type { SignalStats } from './signals.js';
import type { ModelEvaluation, SignalRow, YearEvaluation } from './report.js';

const n = (value: number | null, digits = 4) => (value === null || Number.isNaN(value) ? '–' : value.toFixed(digits));

/** The printed form of one evaluation: a header, the classification block, the signal table and the years. */
export function formatEvaluation(e: ModelEvaluation, seconds: number): string {
  const period = `${e.from?.slice(0, 16) ?? '–'} → ${e.to?.slice(0, 16) ?? '–'}`;
  const lines = [
    `${e.timeframe}  ${e.model_version}  ${e.pairs.length} pair${e.pairs.length === 1 ? '' : 's'}, decisions ${period}, ${e.samples} samples, ${seconds.toFixed(1)} s`,
    `  trained on decisions ${e.trained_from?.slice(0, 16) ?? '?'} → ${e.trained_to?.slice(0, 16) ?? '?'}: ` +
      'decisions up to a horizon past its end are in-sample',
    `  balanced accuracy ${n(e.balanced_accuracy)} (chance 0.3333)   macro-F1 ${n(e.macro_f1)}   ECE ${n(e.ece)}`,
    `  log-loss ${n(e.log_loss)} vs baseline ${n(e.baseline_log_loss)}   Brier ${n(e.brier)} vs baseline ` +
      `${n(e.baseline_brier)}`,
    `  baseline from ${e.baseline_source}; alert threshold ${e.alert_threshold} from ${e.alert_threshold_source}`,
    `  ${'signals'.padEnd(22)}${statsHeader()}`,
    ...e.signals.map((s) => `  ${signalName(s).padEnd(22)}${statsCells(s)}`),
    '  win rate = wins / (wins + stops); break-even: the win rate at which trades ending at TP1 or the stop earn',
    '  nothing after fees; mean net: every call at its real exit (TP1, stop, or the horizon\'s last close),',
    '  with a 95% interval from a bootstrap by UTC day',
    ...(e.by_year.length > 1 ? yearLines(e.by_year, e.alert_threshold) : []),
  ];
  return lines.join('\n');
}

function statsHeader(): string {
  return `${'count'.padStart(9)}${'wins'.padStart(8)}${'stops'.padStart(8)}${'expired'.padStart(9)}` +
    `${'win rate'.padStart(10)}${'breakeven'.padStart(11)}${'mean net'.padStart(10)}   95% CI`;
}

function statsCells(s: SignalStats): string {
  return `${String(s.count).padStart(9)}${String(s.wins).padStart(8)}${String(s.stops).padStart(8)}${String(s.expired).padStart(9)}` +
    `${n(s.win_rate).padStart(10)}${n(s.breakeven_win_rate).padStart(11)}${percent(s.mean_net_return).padStart(10)}   ${interval(s)}`;
}

function yearLines(years: readonly YearEvaluation[], threshold: number): string[] {
  return [
    `  by year: log-loss vs baseline, balanced accuracy, ECE; calls at the alert threshold ${threshold}`,
    ...years.map((y) =>
      `  ${String(y.year).padEnd(6)}${String(y.samples).padStart(9)} samples  log-loss ${n(y.log_loss)} vs ${n(y.baseline_log_loss)}` +
        `  bal. acc ${n(y.balanced_accuracy)}  ECE ${n(y.ece)} |${statsCells(y.alert_signals)}`),
  ];
}

function signalName(s: SignalRow): string {
  const at = `p ≥ ${s.threshold.toFixed(s.rule === 'fixed' ? 2 : 4)}`;
  if (s.rule === 'top_decile') return `top decile ${at}`;
  if (s.rule === 'alert') return `alert ${at}`;
  return at;
}

function interval(s: SignalStats): string {
  const ci = s.mean_net_return_ci95;
  return ci === null ? '–' : `${percent(ci[0])} … ${percent(ci[1])}`;
}

function percent(value: number | null): string {
  return value === null ? '–' : `${(value * 100).toFixed(3)}%`;
}
