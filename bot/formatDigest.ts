import type { DigestEvent } from '../storage/outboxEvents.js';
import { formatPercent, formatUtc } from '../app/formatNumbers.js';
import { pnl, winRate } from './formatPerformance.js';
import { escapeHtml } from './html.js';

/** Alerts listed by name; a busy day adds "… and N more" so the digest stays short. */
const DIGEST_ALERT_LINES = 10;

/** The daily digest message; the numbers read like /performance's. */
export function formatDigest({ digestAt, alerts, outcomes }: Omit<DigestEvent, 'kind'>): string {
  const listed = alerts.slice(0, DIGEST_ALERT_LINES).map(
    (a) => `• ${escapeHtml(a.symbol)} · ${escapeHtml(a.timeframe)} ${escapeHtml(a.direction)} ${formatPercent(a.confidence)}`,
  );
  const more = alerts.length - listed.length;
  return [
    `📰 <b>Daily digest</b> · the 24 h to ${formatUtc(digestAt)}`,
    alerts.length === 0 ? 'No alerts on your pairs.' : `<b>Alerts</b>: ${alerts.length}`,
    ...listed,
    ...(more > 0 ? [`… and ${more} more`] : []),
    outcomes.resolved === 0
      ? 'No outcomes resolved.'
      : `<b>Outcomes</b>: ${outcomes.resolved} resolved · ${winRate(outcomes)} · P&amp;L ${pnl(outcomes)} after fees`,
    '<i>Paper trading, not financial advice. /alerts mutes the digest.</i>',
  ].join('\n');
}
