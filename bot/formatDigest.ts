import type { DigestEvent } from '../storage/outboxEvents.js';
import { formatPercent, formatUtc } from '../app/formatNumbers.js';
import { pnl, winRate } from './formatPerformance.js';
import { escapeHtml } from './html.js';
import type { Lang } from './i18n/chatLocale.js';

/** Alerts listed by name; a busy day adds "… and N more" so the digest stays short. */
const DIGEST_ALERT_LINES = 10;

/** The daily digest message; the numbers read like /performance's. */
export function formatDigest({ digestAt, alerts, outcomes }: Omit<DigestEvent, 'kind'>, lang: Lang): string {
  const { t, locale } = lang;
  const listed = alerts.slice(0, DIGEST_ALERT_LINES).map(
    (a) => `• ${escapeHtml(a.symbol)} · ${escapeHtml(a.timeframe)} ${escapeHtml(a.direction)} ${formatPercent(a.confidence, locale)}`,
  );
  const more = alerts.length - listed.length;
  return [
    t('digest-title', { time: formatUtc(digestAt, locale) }),
    alerts.length === 0 ? t('digest-no-alerts') : t('digest-alerts', { count: String(alerts.length) }),
    ...listed,
    ...(more > 0 ? [t('digest-more', { count: String(more) })] : []),
    outcomes.resolved === 0
      ? t('digest-no-outcomes')
      : t('digest-outcomes', { resolved: String(outcomes.resolved), winRate: winRate(outcomes, lang), pnl: pnl(outcomes, lang) }),
    t('digest-footer'),
  ].join('\n');
}
