import type { ResolvedTrade } from '../inference/outcome.js';
import type { Tally } from '../inference/performance.js';
import type { Prediction } from '../inference/prediction.js';
import type { DigestAlert } from './dailyDigests.js';

/** A sweep's alert: the prediction that passed the alert rule. */
export interface AlertEvent {
  kind: 'alert';
  prediction: Prediction;
}

/** An alert's trade resolved by the barrier rule. */
export interface OutcomeEvent {
  kind: 'outcome';
  signal: { symbol: string; timeframe: string; direction: string };
  trade: ResolvedTrade;
}

/** One chat's daily digest: the alerts on its pairs in the 24 h before `digestAt`, and the outcomes resolved then. */
export interface DigestEvent {
  kind: 'digest';
  digestAt: number;
  alerts: DigestAlert[];
  outcomes: Tally;
}

/** A message queued before migration 6, when the outbox stored ready Telegram HTML. */
export interface LegacyHtmlEvent {
  kind: 'legacyHtml';
  html: string;
}

/** What happened, as the outbox stores it; each door renders it in its own words. */
export type OutboxEvent = AlertEvent | OutcomeEvent | DigestEvent | LegacyHtmlEvent;

const KINDS: ReadonlySet<string> = new Set<OutboxEvent['kind']>(['alert', 'outcome', 'digest', 'legacyHtml']);

export class OutboxEventError extends Error {
  constructor(readonly stored: string) {
    super(`an outbox row holds no event this version knows: ${stored.slice(0, 80)}`);
    this.name = 'OutboxEventError';
  }
}

export function encodeEvent(event: OutboxEvent): string {
  return JSON.stringify(event);
}

/** The stored event; an OutboxEventError when the row is not one (the worker then gives the delivery up). */
export function decodeEvent(stored: string): OutboxEvent {
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    throw new OutboxEventError(stored);
  }
  const kind = (value as { kind?: unknown } | null)?.kind;
  if (typeof kind !== 'string' || !KINDS.has(kind)) throw new OutboxEventError(stored);
  return value as OutboxEvent;
}
