import type { Tally } from '../inference/performance.js';
import type { DigestAlert } from '../storage/dailyDigests.js';
import { formatPercent, formatUtc } from './formatNumbers.js';
import { pnl, winRate } from './formatPerformance.js';
import { escapeHtml } from './html.js';

/** Alerts listed by name; a busy day adds "… and N more" so the digest stays short. */
const DIGEST_ALERT_LINES = 10;

/** One chat's digest: the alerts on its pairs in the 24 h before `digestAt`, and the outcomes resolved then. */
export interface Digest {
  digestAt: number;
  alerts: readonly DigestAlert[];
  outcomes: Tally;
}

/** The daily digest message; the numbers read like /performance's. */
export function formatDigest({ digestAt, alerts, outcomes }: Digest): string {
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
