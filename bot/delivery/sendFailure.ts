import { GrammyError, HttpError } from 'grammy';

/** What a failed send means for its delivery, decided from Telegram's answer. */
export type SendFailure =
  /** 429: the whole queue waits `retryAfterMs`, then the same message is tried again; no attempt is counted. */
  | { kind: 'rate-limited'; retryAfterMs: number; reason: string }
  /** The chat will never take a message (blocked, kicked, deleted): drop it and unsubscribe it. */
  | { kind: 'chat-gone'; reason: string }
  /** The group became a supergroup: its alerts move to the new chat id and the message goes there. */
  | { kind: 'chat-moved'; toChatId: number; reason: string }
  /** 5xx or the network: try again later with backoff. */
  | { kind: 'temporary'; reason: string }
  /** Any other refusal (e.g. a 400 for the message itself): trying again would fail the same way. */
  | { kind: 'permanent'; reason: string };

/** Used when a 429 comes without retry_after, which Telegram always sends but a proxy may not. */
const DEFAULT_RETRY_AFTER_S = 5;

export function classifySendError(error: unknown): SendFailure {
  if (error instanceof GrammyError) {
    const reason = `${error.error_code} ${error.description}`;
    if (error.error_code === 429) {
      return { kind: 'rate-limited', retryAfterMs: (error.parameters.retry_after ?? DEFAULT_RETRY_AFTER_S) * 1000, reason };
    }
    const movedTo = error.parameters.migrate_to_chat_id;
    if (movedTo !== undefined) return { kind: 'chat-moved', toChatId: movedTo, reason };
    if (error.error_code === 403 || (error.error_code === 400 && /chat not found/i.test(error.description))) {
      return { kind: 'chat-gone', reason };
    }
    if (error.error_code >= 500) return { kind: 'temporary', reason };
    return { kind: 'permanent', reason };
  }
  // HttpError's own message names the method only; the wrapped fetch error would carry the token in its URL.
  if (error instanceof HttpError) return { kind: 'temporary', reason: error.message };
  return { kind: 'temporary', reason: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
}
