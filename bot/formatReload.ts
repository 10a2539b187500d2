import type { ModelSummary, ReloadResult } from '../inference/models/reload.js';
import { escapeHtml } from './html.js';

/** The /reload reply (HTML): what serves now, and why a reload was refused. */
export function formatReload(result: ReloadResult): string {
  if (!result.reloaded) {
    return [
      '⛔ <b>Reload refused</b>: the models loaded before keep serving.',
      ...result.reasons.map((reason) => `• ${escapeHtml(reason)}`),
      '',
      'Still serving:',
      ...modelLines(result.models),
    ].join('\n');
  }
  const lines = ['✅ <b>Models reloaded.</b> Now serving:', ...modelLines(result.models)];
  if (result.refused.length > 0) {
    lines.push('', 'Refused (they were not serving before either):', ...result.refused.map((r) => `• ${escapeHtml(r)}`));
  }
  return lines.join('\n');
}

function modelLines(models: readonly ModelSummary[]): string[] {
  if (models.length === 0) return ['• none'];
  return models.map(
    (m) => `• <code>${escapeHtml(m.modelVersion)}</code> · ${escapeHtml(m.timeframe)} · ${escapeHtml(m.file)}`,
  );
}
