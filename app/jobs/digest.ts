import { tally } from '../../inference/performance.js';
import type { DailyDigests } from '../../storage/dailyDigests.js';
import type { OutcomesRepository } from '../../storage/outcomesRepository.js';
import type { Subscription } from '../../storage/subscriptionsRepository.js';
import type { DigestEvent } from '../../storage/outboxEvents.js';
import type { Logger } from '../logger.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export interface DigestDeps {
  digests: DailyDigests;
  outcomes: Pick<OutcomesRepository, 'resolvedBetween'>;
  /** DIGEST_HOUR_UTC. */
  hourUtc: number;
  log: Logger;
}

export interface DigestReport {
  /** The digest moment the run was for: the 24 h before it are reported. */
  digestAt: number;
  /** Chats with subscriptions that keep the digest on. */
  recipients: number;
  /** Digests queued now; a chat with nothing to report, or already queued for this moment, gets none. */
  queued: number;
}

/** The latest `hourUtc`:00 UTC not after `now`: the moment whose digest is due. */
export function digestMoment(now: number, hourUtc: number): number {
  const today = Math.floor(now / DAY_MS) * DAY_MS + hourUtc * HOUR_MS;
  return today <= now ? today : today - DAY_MS;
}

/**
 * The daily digest: for each chat that has subscriptions and keeps the digest on, the alerts on its pairs
 * in the 24 h before the digest moment, and the outcomes of its pairs resolved then, queued in the outbox.
 * The content depends on the moment, not on when the job runs, and a chat gets one digest per moment, so
 * running again (a restart, a catch-up) sends nothing twice.
 */
export function queueDigests(deps: DigestDeps, now: number): DigestReport {
  const digestAt = digestMoment(now, deps.hourUtc);
  const from = digestAt - DAY_MS;
  const alerts = deps.digests.alertsBetween(from, digestAt);
  const outcomes = deps.outcomes.resolvedBetween(from, digestAt);
  const recipients = deps.digests.recipients();
  let queued = 0;
  for (const [chatId, subscriptions] of recipients) {
    const follows = followed(subscriptions);
    const digest: DigestEvent = {
      kind: 'digest',
      digestAt,
      alerts: alerts.filter(follows),
      outcomes: tally(outcomes.filter(follows)),
    };
    if (digest.alerts.length === 0 && digest.outcomes.resolved === 0) continue;
    if (deps.digests.enqueue(chatId, digest)) queued++;
  }
  deps.log.info({ digestAt: new Date(digestAt).toISOString(), recipients: recipients.size, queued }, 'digests queued');
  return { digestAt, recipients: recipients.size, queued };
}

/** Whether a row is on one of the subscribed (symbol, timeframe) pairs. */
function followed(subscriptions: readonly Subscription[]): (row: Subscription) => boolean {
  const keys = new Set(subscriptions.map((s) => `${s.symbol} ${s.timeframe}`));
  return (row) => keys.has(`${row.symbol} ${row.timeframe}`);
}
