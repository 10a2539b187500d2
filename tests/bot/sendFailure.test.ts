import { GrammyError, HttpError } from 'grammy';
import { describe, expect, it } from 'vitest';
import { backoffMs, MAX_ATTEMPTS } from '../../bot/delivery/deliveryWorker.js';
import { classifySendError } from '../../bot/delivery/sendFailure.js';

const telegram = (error_code: number, description: string, retry_after?: number) =>
  new GrammyError('call failed', { ok: false, error_code, description, ...(retry_after ? { parameters: { retry_after } } : {}) }, 'sendMessage', {});

describe('what a failed send means', () => {
  it('reads Telegram answers the way its docs describe them', () => {
    expect(classifySendError(telegram(429, 'Too Many Requests: retry after 7', 7))).toMatchObject({ kind: 'rate-limited', retryAfterMs: 7000 });
    expect(classifySendError(telegram(403, 'Forbidden: bot was blocked by the user')).kind).toBe('chat-gone');
    expect(classifySendError(telegram(403, 'Forbidden: bot was kicked from the group chat')).kind).toBe('chat-gone');
    expect(classifySendError(telegram(400, 'Bad Request: chat not found')).kind).toBe('chat-gone');
    expect(classifySendError(telegram(502, 'Bad Gateway'))).toEqual({ kind: 'temporary', reason: '502 Bad Gateway' });
    expect(classifySendError(telegram(400, "Bad Request: can't parse entities")).kind).toBe('permanent');
  });

  it('retries network errors without logging the URL that holds the token', () => {
    const failure = classifySendError(new HttpError("Network request for 'sendMessage' failed!", new Error('fetch https://api.telegram.org/bot123:SECRET/sendMessage')));
    expect(failure).toEqual({ kind: 'temporary', reason: "Network request for 'sendMessage' failed!" });
  });

  it('backs off 2 s, 4 s, 8 s … and gives up after a few minutes in all', () => {
    expect([1, 2, 3].map(backoffMs)).toEqual([2000, 4000, 8000]);
    const total = Array.from({ length: MAX_ATTEMPTS - 1 }, (_, k) => backoffMs(k + 1)).reduce((a, b) => a + b, 0);
    expect(total / 60_000).toBeGreaterThan(3);
    expect(total / 60_000).toBeLessThan(10);
  });
});
