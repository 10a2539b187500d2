import { setTimeout as sleep } from 'node:timers/promises';
import { Api } from 'grammy';
import type { AlertOutbox, DueDelivery } from '../../storage/alertOutbox.js';
import type { SubscriptionsRepository } from '../../storage/subscriptionsRepository.js';
import type { Logger } from '../../app/logger.js';
import type { Metrics } from '../../app/metrics.js';
import { formatOutboxEvent } from '../formatOutboxEvent.js';
import { langFor, storedChatLocale } from '../i18n/chatLocale.js';
import { Pace } from './pace.js';
import { classifySendError } from './sendFailure.js';

/** Telegram's limit for messages to many chats: about 30 a second in total. */
export const SENDS_PER_SECOND = 30;
/** Attempts before a delivery that keeps meeting 5xx or network errors is marked failed. */
export const MAX_ATTEMPTS = 8;
/** Backoff after the k-th failed attempt: 2 s, 4 s, 8 s … (about 4 min in all), capped at 5 min. */
const BACKOFF_BASE_MS = 2000;
const BACKOFF_MAX_MS = 5 * 60_000;
/** How often the loop looks for new deliveries when the outbox is empty. */
const IDLE_POLL_MS = 1000;
/** Pause after an unexpected error (e.g. the database is busy) before the loop tries again. */
const ERROR_PAUSE_MS = 5000;
/** A send that hangs this long counts as a network error. */
const SEND_TIMEOUT_S = 30;

export function backoffMs(attempts: number): number {
  return Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (attempts - 1));
}

/**
 * The Api the worker sends with: no auto-retry, so a 429 reaches the worker (which pauses every send,
 * not just one) and a failing send never holds the queue for minutes.
 */
export function deliveryApi(token: string, apiRoot?: string): Api {
  return new Api(token, { ...(apiRoot ? { apiRoot } : {}), timeoutSeconds: SEND_TIMEOUT_S });
}

export interface DeliveryWorkerOptions {
  outbox: AlertOutbox;
  subscriptions: SubscriptionsRepository;
  api: Api;
  /** Where each attempt's result and each 429 are counted. */
  metrics: Metrics;
  log: Logger;
  now?: () => number;
}

/**
 * Drains the alert outbox under Telegram's limits: one send at a time at SENDS_PER_SECOND at most, a 429
 * pauses the whole queue for its retry_after, 5xx and network errors back off per delivery, and a chat
 * that is gone is dropped and unsubscribed. Its own errors are handled here: bot.catch only covers
 * updates.
 *
 * Exactly once, as far as Telegram allows: a delivery is marked sent, with its message id, in the
 * statement right after Telegram answers. When that write fails (the database is locked or full), the
 * worker remembers the answer and writes it before it sends anything else, pausing ERROR_PAUSE_MS between
 * tries, so a failing database never makes it send a message twice or skip a backoff. Telegram has no
 * idempotency key, so a crash in that instant, or a network error after Telegram accepted the message, can
 * send that one message again; nothing else can repeat, and nothing pending is lost, because every restart
 * picks up whatever rows are still pending.
 */
export class DeliveryWorker {
  private readonly now: () => number;
  private readonly pace: Pace;
  private running: { stop: AbortController; done: Promise<void> } | undefined;
  /** Answers from Telegram not yet written to the outbox, by delivery id, written before anything else is sent. */
  private readonly unrecorded = new Map<number, () => void>();

  constructor(private readonly options: DeliveryWorkerOptions) {
    this.now = options.now ?? Date.now;
    this.pace = new Pace(SENDS_PER_SECOND, this.now);
  }

  /**
   * Sends the next due delivery if the pace allows it now. Returns when to call again (epoch ms), or
   * null when nothing is pending. Tests drive the worker with it; `start` loops on it.
   */
  async tick(): Promise<number | null> {
    this.recordPending();
    const due = this.options.outbox.nextDue(this.now());
    if (!due) return this.options.outbox.nextAttemptAt() ?? null;
    const wait = this.pace.waitMs();
    if (wait > 0) return this.now() + wait;
    this.pace.take();
    await this.deliver(due);
    return this.now() + this.pace.waitMs();
  }

  /** Runs the loop until `stop`; picks up whatever is pending from before a restart. */
  start(): void {
    if (this.running) return;
    const stop = new AbortController();
    this.running = { stop, done: this.loop(stop.signal) };
  }

  /** Stops the loop after the send in progress, if any, has been recorded. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running.stop.abort();
    await this.running.done;
    this.running = undefined;
  }

  private async loop(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      let next: number | null;
      try {
        next = await this.tick();
      } catch (error) {
        this.options.log.error({ err: error, unrecorded: this.unrecorded.size }, 'delivery worker failed; pausing');
        await sleep(ERROR_PAUSE_MS, undefined, { signal }).catch(() => undefined);
        continue;
      }
      const wait = next === null ? IDLE_POLL_MS : Math.min(IDLE_POLL_MS, next - this.now());
      if (wait > 0) await sleep(wait, undefined, { signal }).catch(() => undefined);
    }
  }

  private async deliver(due: DueDelivery): Promise<void> {
    let messageId: number;
    try {
      // Each chat reads its alerts and digests in the language it chose or subscribed in; English when none.
      const lang = langFor(storedChatLocale(this.options.subscriptions, due.chatId) ?? 'en');
      const message = await this.options.api.sendMessage(due.chatId, formatOutboxEvent(due.event, lang), {
        parse_mode: 'HTML',
        link_preview_options: { is_disabled: true },
        ...(due.replyToMessageId === null
          ? {}
          : { reply_parameters: { message_id: due.replyToMessageId, allow_sending_without_reply: true } }),
      });
      messageId = message.message_id;
    } catch (error) {
      this.record(due.id, () => this.failed(due, error));
      return;
    }
    this.record(due.id, () => {
      this.options.outbox.markSent(due.id, messageId);
      this.options.metrics.deliveries.inc({ result: 'sent' });
    });
  }

  /** Writes what Telegram answered; if the write throws, it is kept and written again before the next send. */
  private record(deliveryId: number, write: () => void): void {
    this.unrecorded.set(deliveryId, write);
    this.recordPending();
  }

  /** Writes every answer still unrecorded, oldest first; throws (and keeps the rest) at the first that fails. */
  private recordPending(): void {
    for (const [deliveryId, write] of this.unrecorded) {
      write();
      this.unrecorded.delete(deliveryId);
    }
  }

  private failed(due: DueDelivery, error: unknown): void {
    const { outbox, subscriptions, metrics, log } = this.options;
    const failure = classifySendError(error);
    const context = { deliveryId: due.id, alertId: due.alertId, chatId: due.chatId, reason: failure.reason };
    switch (failure.kind) {
      case 'rate-limited':
        metrics.rateLimited.inc({ source: 'telegram' });
        metrics.deliveries.inc({ result: 'retry' });
        this.pace.pauseUntil(this.now() + failure.retryAfterMs);
        log.warn({ ...context, retryAfterMs: failure.retryAfterMs }, 'Telegram asked to slow down; pausing deliveries');
        return;
      case 'chat-gone': {
        // Unsubscribe first: if the process dies in between, the delivery is still pending and meets the same answer.
        const subscriptionsRemoved = subscriptions.unsubscribeAll(due.chatId);
        const dropped = outbox.dropChat(due.chatId, failure.reason);
        metrics.deliveries.inc({ result: 'dropped' }, dropped);
        log.info({ ...context, subscriptionsRemoved, dropped }, 'chat is gone; unsubscribed it');
        return;
      }
      case 'chat-moved': {
        const moved = subscriptions.moveChat(due.chatId, failure.toChatId);
        log.info({ ...context, toChatId: failure.toChatId, ...moved }, 'group became a supergroup; its alerts moved');
        return;
      }
      case 'temporary': {
        const attempts = due.attempts + 1;
        const retryAt = attempts >= MAX_ATTEMPTS ? null : this.now() + backoffMs(attempts);
        outbox.recordFailure(due.id, failure.reason, retryAt);
        metrics.deliveries.inc({ result: retryAt === null ? 'failed' : 'retry' });
        log.warn({ ...context, attempts, retryAt }, retryAt === null ? 'delivery failed for good' : 'delivery failed; will retry');
        return;
      }
      case 'permanent':
        outbox.recordFailure(due.id, failure.reason, null);
        metrics.deliveries.inc({ result: 'failed' });
        log.error(context, 'Telegram refused the alert message');
        return;
    }
  }
}
