import { formatPercent } from '../app/formatNumbers.js';
import { formatReturn } from './formatReturn.js';
import { escapeHtml } from './html.js';
import type { Lang } from './i18n/chatLocale.js';
import type { SweepNowReport } from '../app/jobs/jobs.js';
import type { PairFailure } from '../app/jobs/pairFailure.js';

/** The /sweep reply for an admin: per timeframe the pairs, new alerts and failures, then the outcomes. */
export function formatSweep({ sweeps, outcomes }: SweepNowReport, lang: Lang): string {
  const { t, locale } = lang;
  const lines = [t('sweep-title')];
  for (const s of sweeps) {
    lines.push(
      t('sweep-timeframe', { timeframe: s.timeframe, pairs: String(s.pairs), alerts: String(s.alerts.length), failed: String(s.failures.length) }),
    );
    for (const a of s.alerts) {
      lines.push(
        t('sweep-alert', { symbol: escapeHtml(a.symbol), direction: a.direction, confidence: formatPercent(a.confidence, locale), chats: String(a.queued) }),
      );
    }
    lines.push(...s.failures.map(failure));
  }
  lines.push(
    t('sweep-outcomes', { resolved: String(outcomes.resolved.length), open: String(outcomes.open), failed: String(outcomes.failures.length) }),
  );
  for (const r of outcomes.resolved) {
    lines.push(`• ${escapeHtml(r.symbol)} ${escapeHtml(r.timeframe)} ${r.trade.outcome} ${formatReturn(r.trade.netReturn, locale)}`);
  }
  lines.push(...outcomes.failures.map(failure));
  return lines.join('\n');
}

function failure(f: PairFailure): string {
  return `⚠️ ${escapeHtml(f.symbol)} ${escapeHtml(f.timeframe)}: ${escapeHtml(f.reason)}`;
}
