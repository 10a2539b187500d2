import type {
  LoadedModelCard,
  LoadedPolicyCard,
  ModelsReport,
  RefusedModel,
  WalkForwardNumbers,
} from '../inference/models/modelReport.js';
import { formatCount } from './formatNumbers.js';
import { formatComparison } from './formatPolicy.js';
import { escapeHtml } from './html.js';

/** Walk-forward shares with one decimal: near chance (33.3%) the decimal matters. */
function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/** How much of a sha256 is shown: enough to tell files apart and to check one against the manifest. */
const SHA_PREFIX = 12;

function metricsLine(m: WalkForwardNumbers): string {
  const parts: string[] = [];
  if (m.logLoss !== null) {
    const baseline = m.baselineLogLoss === null ? '' : ` vs ${m.baselineLogLoss.toFixed(4)} baseline`;
    parts.push(`log-loss ${m.logLoss.toFixed(4)}${baseline}`);
  }
  if (m.balancedAccuracy !== null) parts.push(`balanced accuracy ${percent(m.balancedAccuracy)}`);
  if (m.signalHitRate !== null) {
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
    metricsLine(m.metrics),
  ];
}

function policyCardLines(p: LoadedPolicyCard): string[] {
  return [
    `<b>${escapeHtml(p.timeframe)} policy</b> · <code>${escapeHtml(p.modelVersion)}</code>`,
    `feature set ${escapeHtml(p.featureSet)} · sha256 <code>${escapeHtml(p.sha256.slice(0, SHA_PREFIX))}</code>`,
    `Walk-forward after fees: ${formatComparison(p.walkForward)}`,
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
      'predicting the class shares. Hit rate: share of LONG/SHORT calls that reached TP1 before the stop.</i>',
  );
  return lines.join('\n');
}
