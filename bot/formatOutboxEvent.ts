import type { OutboxEvent } from '../storage/outboxEvents.js';
import { formatAlert, formatOutcome } from './formatAlert.js';
import { formatDigest } from './formatDigest.js';
import type { Lang } from './i18n/chatLocale.js';

/** The Telegram message for what the outbox holds, in the language of the chat it goes to. */
export function formatOutboxEvent(event: OutboxEvent, lang: Lang): string {
  switch (event.kind) {
    case 'alert':
      return formatAlert(event.prediction, lang);
    case 'outcome':
      return formatOutcome(event.signal, event.trade, lang);
    case 'digest':
      return formatDigest(event, lang);
    case 'legacyHtml':
      return event.html;
  }
}
