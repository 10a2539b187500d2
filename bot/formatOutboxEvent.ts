import type { OutboxEvent } from '../storage/outboxEvents.js';
import { formatAlert, formatOutcome } from './formatAlert.js';
import { formatDigest } from './formatDigest.js';
import { langFor } from './i18n/chatLocale.js';

/** The Telegram message for what the outbox holds. */
export function formatOutboxEvent(event: OutboxEvent): string {
  switch (event.kind) {
    case 'alert':
      return formatAlert(event.prediction);
    case 'outcome':
      return formatOutcome(event.signal, event.trade);
    case 'digest':
      return formatDigest(event, langFor('en'));
    case 'legacyHtml':
      return event.html;
  }
}
