import type {
  CardCalls,
  LoadedModelCard,
  LoadedPolicyCard,
  ModelsReport,
  RefusedModel,
  WalkForwardNumbers,
} from '../inference/models/modelReport.js';
import { formatCallStats, winRateText } from './formatCallStats.js';
import { formatCount } from '../app/formatNumbers.js';
import { recordSummary } from './formatPolicy.js';
import { escapeHtml } from './html.js';

/** Walk-forward shares with one decimal: near chance (33.3%) the decimal matters. */
function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/** How much of a sha256 is shown: enough to tell files apart and to check one against the manifest. */
const SHA_PREFIX = 12;

function metricsLine(m: WalkForwardNumbers, calls: CardCalls): string {
  const parts: string[] = [];
  if (m.logLoss !== null) {
    const baseline = m.baselineLogLoss === null ? '' : ` vs ${m.baselineLogLoss.toFixed(4)} baseline`;
    parts.push(`log-loss ${m.logLoss.toFixed(4)}${baseline}`);
  }
  if (m.balancedAccuracy !== null) parts.push(`balanced accuracy ${percent(m.balancedAccuracy)}`);
  // A card from before the one trade rule has only its TP1 hit rate; newer ones get the lines of callsLines.
  if (m.signalHitRate !== null && (calls.all === null || calls.all.legacy)) {
    const count = m.signalCount === null ? '' : ` of ${formatCount(m.signalCount)} signals`;
    parts.push(`hit rate ${percent(m.signalHitRate)}${count}`);
  }
  return parts.length > 0 ? `Walk-forward: ${parts.join(' · ')}` : 'Walk-forward: no numbers in its metadata';
}

function loadedLines(m: LoadedModelCard): string[] {
  const scope = m.symbol === null ? 'pooled' : `for ${escapeHtml(m.symbol)}`;
  return [
    `<b>${escapeHtml(m.timeframe)}</b> · <code>${escapeHtml(m.modelVersion)}</code>`,
    `${scope} · feature set ${escapeHtml(m.featureSet)} · sha256 <code>${escapeHtml(m.sha256.slice(0, SHA_PREFIX))}</code>`,
    metricsLine(m.metrics, m.calls),
    ...callsLines(m.calls),
  ];
}

/** "All calls: win rate … on N calls" and the same at the alert threshold, on cards that measured them. */
function callsLines(calls: CardCalls): string[] {
  const lines: string[] = [];
  const all = calls.all;
  if (all && !all.legacy) {
    const stats = {
      count: all.signals ?? 0, win_rate: all.rate, breakeven_win_rate: all.breakevenRate,
      mean_net_return: all.meanNetReturn, mean_net_return_ci95: all.meanNetReturnCi95,
    };
    lines.push(`All calls: ${all.signals === null ? `${winRateText(all.rate, all.breakevenRate)}` : formatCallStats(stats)}`);
  }
  if (calls.atAlert && calls.alertThreshold !== null) {
    lines.push(`At the alert threshold ${percent(calls.alertThreshold)}: ${formatCallStats(calls.atAlert)}`);
  }
  return lines;
}

function policyCardLines(p: LoadedPolicyCard): string[] {
  return [
    `<b>${escapeHtml(p.timeframe)} policy</b> · <code>${escapeHtml(p.modelVersion)}</code>`,
    `feature set ${escapeHtml(p.featureSet)} · sha256 <code>${escapeHtml(p.sha256.slice(0, SHA_PREFIX))}</code>`,
    ...recordSummary(p.record),
  ];
}

function refusedLine(r: RefusedModel): string {
  const timeframe = r.timeframe === null ? '' : ` (${escapeHtml(r.timeframe)})`;
  return `⛔ <code>${escapeHtml(r.file)}</code>${timeframe}: ${escapeHtml(r.reason)}`;
}

/** The /model reply (HTML): each serving model with its numbers, then the refused files and why. */
export function formatModels(report: ModelsReport): string {
  const loaded = report.loaded.length + report.policies.length;
  const lines = [`<b>Models</b> · ${loaded} loaded, ${report.refused.length} refused`];
  for (const model of report.loaded) lines.push('', ...loadedLines(model));
  if (report.loaded.length === 0) lines.push('', 'No model is loaded, so /predict cannot answer.');
  for (const policy of report.policies) lines.push('', ...policyCardLines(policy));
  if (report.refused.length > 0) lines.push('', '<b>Refused</b>', ...report.refused.map(refusedLine));
  lines.push(
    '',
    '<i>Walk-forward: tested on data after the training period, never a random split. Baseline: always ' +
      'predicting the class shares. Win rate: wins (TP1 before the stop) / (wins + stops) of the LONG/SHORT calls, ' +
      'against the break-even win rate after fees; mean net: every call after fees, with a 95% interval by day. ' +
      'Older cards give a hit rate: calls that reached TP1 before the stop, of all calls.</i>',
  );
  return lines.join('\n');
}
