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
import type { Locale } from '../app/locales.js';
import { recordSummary } from './formatPolicy.js';
import { localDecimal } from '../app/formatNumbers.js';
import { escapeHtml } from './html.js';
import type { Lang } from './i18n/chatLocale.js';

/** Walk-forward shares with one decimal: near chance (33.3%) the decimal matters. */
function percent(share: number, locale: Locale): string {
  return localDecimal(`${(share * 100).toFixed(1)}%`, locale);
}

/** How much of a sha256 is shown: enough to tell files apart and to check one against the manifest. */
const SHA_PREFIX = 12;

function metricsLine(m: WalkForwardNumbers, calls: CardCalls, { t, locale }: Lang): string {
  const parts: string[] = [];
  if (m.logLoss !== null) {
    const logLoss = localDecimal(m.logLoss.toFixed(4), locale);
    parts.push(
      m.baselineLogLoss === null
        ? t('models-log-loss', { logLoss })
        : t('models-log-loss-baseline', { logLoss, baseline: localDecimal(m.baselineLogLoss.toFixed(4), locale) }),
    );
  }
  if (m.balancedAccuracy !== null) parts.push(t('models-balanced-accuracy', { share: percent(m.balancedAccuracy, locale) }));
  // A card from before the one trade rule has only its TP1 hit rate; newer ones get the lines of callsLines.
  if (m.signalHitRate !== null && (calls.all === null || calls.all.legacy)) {
    const share = percent(m.signalHitRate, locale);
    parts.push(
      m.signalCount === null ? t('models-hit-rate', { share }) : t('models-hit-rate-of', { share, count: formatCount(m.signalCount, locale) }),
    );
  }
  return parts.length > 0 ? t('models-walk-forward', { parts: parts.join(' · ') }) : t('models-walk-forward-none');
}

function loadedLines(m: LoadedModelCard, lang: Lang): string[] {
  const scope = m.symbol === null ? lang.t('models-pooled') : lang.t('models-for', { symbol: escapeHtml(m.symbol) });
  return [
    `<b>${escapeHtml(m.timeframe)}</b> · <code>${escapeHtml(m.modelVersion)}</code>`,
    lang.t('models-card-line', { scope, featureSet: escapeHtml(m.featureSet), sha: escapeHtml(m.sha256.slice(0, SHA_PREFIX)) }),
    metricsLine(m.metrics, m.calls, lang),
    ...callsLines(m.calls, lang),
  ];
}

/** "All calls: win rate … on N calls" and the same at the alert threshold, on cards that measured them. */
function callsLines(calls: CardCalls, lang: Lang): string[] {
  const { t, locale } = lang;
  const lines: string[] = [];
  const all = calls.all;
  if (all && !all.legacy) {
    const stats = {
      count: all.signals ?? 0, win_rate: all.rate, breakeven_win_rate: all.breakevenRate,
      mean_net_return: all.meanNetReturn, mean_net_return_ci95: all.meanNetReturnCi95,
    };
    lines.push(t('models-all-calls', { stats: all.signals === null ? winRateText(all.rate, all.breakevenRate, lang) : formatCallStats(stats, lang) }));
  }
  if (calls.atAlert && calls.alertThreshold !== null) {
    lines.push(t('models-at-threshold', { threshold: percent(calls.alertThreshold, locale), stats: formatCallStats(calls.atAlert, lang) }));
  }
  return lines;
}

function policyCardLines(p: LoadedPolicyCard, lang: Lang): string[] {
  return [
    lang.t('models-policy-title', { timeframe: escapeHtml(p.timeframe), version: escapeHtml(p.modelVersion) }),
    lang.t('models-policy-line', { featureSet: escapeHtml(p.featureSet), sha: escapeHtml(p.sha256.slice(0, SHA_PREFIX)) }),
    ...recordSummary(p.record, lang),
  ];
}

function refusedLine(r: RefusedModel): string {
  const timeframe = r.timeframe === null ? '' : ` (${escapeHtml(r.timeframe)})`;
  return `⛔ <code>${escapeHtml(r.file)}</code>${timeframe}: ${escapeHtml(r.reason)}`;
}

/** The /model reply (HTML): each serving model with its numbers, then the refused files and why. */
export function formatModels(report: ModelsReport, lang: Lang): string {
  const { t } = lang;
  const loaded = report.loaded.length + report.policies.length;
  const lines = [t('models-title', { loaded: String(loaded), refused: String(report.refused.length) })];
  for (const model of report.loaded) lines.push('', ...loadedLines(model, lang));
  if (report.loaded.length === 0) lines.push('', t('models-none'));
  for (const policy of report.policies) lines.push('', ...policyCardLines(policy, lang));
  if (report.refused.length > 0) lines.push('', t('models-refused-title'), ...report.refused.map(refusedLine));
  lines.push('', t('models-footer'));
  return lines.join('\n');
}
