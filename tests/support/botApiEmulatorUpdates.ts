import type { ServerResponse } from 'node:http';
import type { Update } from 'grammy/types';

/** Update types delivered when the bot never named any (Telegram's default). */
const DEFAULT_EXCLUDED = new Set(['chat_member', 'message_reaction', 'message_reaction_count']);

interface Poll {
  offset: number;
  limit: number;
  respond(updates: Update[]): void;
}

/**
 * Pending updates and real long polling: a waiting getUpdates answers as soon as a matching update is
 * queued, or with [] when its timeout passes. An offset confirms (drops) every earlier update.
 */
export class UpdateQueue {
  private updates: Update[] = [];
  private nextId = 1;
  private allowed: string[] | null = null;
  private readonly polls = new Set<Poll>();

  get nextUpdateId(): number {
    return this.nextId;
  }

  push(update: Omit<Update, 'update_id'>): Update {
    const full = { update_id: this.nextId++, ...update } as Update;
    this.updates.push(full);
    for (const poll of this.polls) {
      const ready = this.deliverable(poll.offset, poll.limit);
      if (ready.length > 0) poll.respond(ready);
    }
    return full;
  }

  /** Handles getUpdates; `reply` is called exactly once unless the client goes away first. */
  getUpdates(fields: Record<string, unknown>, res: ServerResponse, reply: (updates: Update[]) => void): void {
    if (Array.isArray(fields.allowed_updates)) {
      this.allowed = fields.allowed_updates.length > 0 ? (fields.allowed_updates as string[]) : null;
    }
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

  /** Answers every waiting poll with [], e.g. before the server closes. */
  releasePolls(): void {
    for (const poll of this.polls) poll.respond([]);
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
