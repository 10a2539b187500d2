import type { ModelEvaluation, SignalRow } from './report.js';

/** The printed form of one evaluation: a header, the classification block and the signal table. */
export function formatEvaluation(e: ModelEvaluation, seconds: number): string {
  const n = (value: number | null, digits = 4) => (value === null || Number.isNaN(value) ? '–' : value.toFixed(digits));
  const period = `${e.from?.slice(0, 16) ?? '–'} → ${e.to?.slice(0, 16) ?? '–'}`;
  const lines = [
    `${e.timeframe}  ${e.model_version}  ${e.pairs.length} pair${e.pairs.length === 1 ? '' : 's'}, decisions ${period}, ${e.samples} samples, ${seconds.toFixed(1)} s`,
    `  trained on decisions ${e.trained_from?.slice(0, 16) ?? '?'} → ${e.trained_to?.slice(0, 16) ?? '?'}: ` +
      'decisions up to a horizon past its end are in-sample',
    `  balanced accuracy ${n(e.balanced_accuracy)} (chance 0.3333)   macro-F1 ${n(e.macro_f1)}   ECE ${n(e.ece)}`,
    `  log-loss ${n(e.log_loss)} vs baseline ${n(e.baseline_log_loss)}   Brier ${n(e.brier)} vs baseline ` +
      `${n(e.baseline_brier)}`,
    `  baseline from ${e.baseline_source}; alert threshold from ${e.alert_threshold_source}`,
    `  ${'signals'.padEnd(22)}${'count'.padStart(9)}${'hit rate'.padStart(10)}${'breakeven'.padStart(11)}${'mean net'.padStart(10)}`,
    ...e.signals.map((s) => `  ${signalName(s).padEnd(22)}${String(s.count).padStart(9)}${n(s.hit_rate).padStart(10)}` +
      `${n(s.breakeven_hit_rate).padStart(11)}${percent(s.mean_net_return).padStart(10)}`),
  ];
  return lines.join('\n');
}

function signalName(s: SignalRow): string {
  const at = `p ≥ ${s.threshold.toFixed(s.rule === 'fixed' ? 2 : 4)}`;
  if (s.rule === 'top_decile') return `top decile ${at}`;
  if (s.rule === 'alert') return `alert ${at}`;
  return at;
}

function percent(value: number | null): string {
  return value === null ? '–' : `${(value * 100).toFixed(3)}%`;
}
