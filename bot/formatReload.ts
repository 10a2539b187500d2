import type { ModelSummary, ReloadResult } from '../inference/models/reload.js';
import { escapeHtml } from './html.js';
import type { Lang } from './i18n/chatLocale.js';

/** The /reload reply (HTML): what serves now, and why a reload was refused. */
export function formatReload(result: ReloadResult, lang: Lang): string {
  const { t } = lang;
  if (!result.reloaded) {
    return [
      t('reload-refused'),
      ...result.reasons.map((reason) => `• ${escapeHtml(reason)}`),
      '',
      t('reload-still-serving'),
      ...modelLines(result.models, lang),
    ].join('\n');
  }
  const lines = [t('reload-done'), ...modelLines(result.models, lang)];
  if (result.refused.length > 0) {
    lines.push('', t('reload-refused-files'), ...result.refused.map((r) => `• ${escapeHtml(r)}`));
  }
  return lines.join('\n');
}

function modelLines(models: readonly ModelSummary[], lang: Lang): string[] {
  if (models.length === 0) return [lang.t('reload-none')];
  return models.map(
    (m) => `• <code>${escapeHtml(m.modelVersion)}</code> · ${escapeHtml(m.timeframe)} · ${escapeHtml(m.file)}`,
  );
}
