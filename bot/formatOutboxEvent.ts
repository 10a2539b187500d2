import type { OutboxEvent } from '../storage/outboxEvents.js';
import { formatAlert, formatOutcome } from './formatAlert.js';
import { formatDigest } from './formatDigest.js';
import type { Lang } from './i18n/chatLocale.js';

/** The Telegram message for what the outbox holds, in the receiving chat's language. */
export function formatOutboxEvent(event: OutboxEvent, _lang: Lang): string {
  switch (event.kind) {
    case 'alert':
      return formatAlert(event.prediction);
    case 'outcome':
      return formatOutcome(event.signal, event.trade);
    case 'digest':
      return formatDigest(event);
    case 'legacyHtml':
      return event.html;
  }
}
