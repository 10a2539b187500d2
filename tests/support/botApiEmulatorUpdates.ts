import type { ServerResponse } from 'node:http';
import type { Update } from 'grammy/types';
import { ApiError } from './botApiEmulatorMethods.js';
import { parseWebhook, WebhookSender, type Webhook } from './botApiEmulatorWebhook.js';

/** Update types delivered when the bot never named any (Telegram's default). */
const DEFAULT_EXCLUDED = new Set(['chat_member', 'message_reaction', 'message_reaction_count']);

interface Poll {
  offset: number;
  limit: number;
  respond(updates: Update[]): void;
}

/**
 * Pending updates and real long polling: a waiting getUpdates answers as soon as a matching update is
 * queued, or with [] when its timeout passes. An offset confirms (drops) every earlier update. With a
 * webhook set, updates are posted to it instead and getUpdates is refused, as on Telegram.
 */
export class UpdateQueue {
  private updates: Update[] = [];
  private nextId = 1;
  private allowed: string[] | null = null;
  private readonly polls = new Set<Poll>();
  private webhook: Webhook | null = null;
  readonly webhookSender = new WebhookSender(
    () => this.deliverable(0, 1)[0],
    (update) => {
      this.updates = this.updates.filter((u) => u !== update);
    },
    () => this.webhook,
  );

  get nextUpdateId(): number {
    return this.nextId;
  }

  push(update: Omit<Update, 'update_id'>): Update {
    const full = { update_id: this.nextId++, ...update } as Update;
    this.updates.push(full);
    if (this.webhook) this.webhookSender.pump();
    for (const poll of this.polls) {
      const ready = this.deliverable(poll.offset, poll.limit);
      if (ready.length > 0) poll.respond(ready);
    }
    return full;
  }

  /** Handles getUpdates; `reply` is called exactly once unless the client goes away first. */
  getUpdates(fields: Record<string, unknown>, res: ServerResponse, reply: (updates: Update[]) => void): void {
    if (this.webhook) {
      throw new ApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
    }
    this.takeAllowedUpdates(fields);
    const offset = Math.max(0, Number(fields.offset ?? 0));
    const limit = Math.min(100, Math.max(1, Number(fields.limit ?? 100)));
    const ready = this.deliverable(offset, limit);
    const timeout = Number(fields.timeout ?? 0);
    if (ready.length > 0 || timeout <= 0) return reply(ready);

    const done = () => {
      this.polls.delete(poll);
      clearTimeout(timer);
    };
    const poll: Poll = {
      offset,
      limit,
      respond: (updates) => {
        done();
        reply(updates);
      },
    };
    const timer = setTimeout(() => poll.respond([]), timeout * 1000);
    this.polls.add(poll);
    res.on('close', done);
  }

  setWebhook(fields: Record<string, unknown>): true {
    this.webhook = parseWebhook(fields);
    this.takeAllowedUpdates(fields);
    if (fields.drop_pending_updates === true) this.updates = [];
    if (this.webhook) this.webhookSender.pump();
    return true;
  }

  deleteWebhook(fields: Record<string, unknown>): true {
    this.webhook = null;
    if (fields.drop_pending_updates === true) this.updates = [];
    return true;
  }

  webhookInfo(): { url: string; has_custom_certificate: false; pending_update_count: number; last_error_message?: string } {
    const { lastError } = this.webhookSender;
    return {
      url: this.webhook?.url ?? '',
      has_custom_certificate: false,
      pending_update_count: this.updates.length,
      ...(lastError === undefined ? {} : { last_error_message: lastError }),
    };
  }

  /** Answers every waiting poll with [], e.g. before the server closes. */
  releasePolls(): void {
    for (const poll of this.polls) poll.respond([]);
  }

  private takeAllowedUpdates(fields: Record<string, unknown>): void {
    if (Array.isArray(fields.allowed_updates)) {
      this.allowed = fields.allowed_updates.length > 0 ? (fields.allowed_updates as string[]) : null;
    }
  }

  private deliverable(offset: number, limit: number): Update[] {
    this.updates = this.updates.filter((u) => u.update_id >= offset);
    return this.updates.filter((u) => this.isAllowed(u)).slice(0, limit);
  }

  private isAllowed(update: Update): boolean {
    const type = Object.keys(update).find((k) => k !== 'update_id') ?? '';
    return this.allowed ? this.allowed.includes(type) : !DEFAULT_EXCLUDED.has(type);
  }
}
