import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../app/rateLimiter.js';
import { slowDownText } from '../../bot/rateLimit.js';
import { langFor } from '../../bot/i18n/chatLocale.js';

/** 5 requests per 30 s: one token back every 6 s. */
function limiter(requests = 5) {
  const clock = { now: 1_000_000 };
  return { clock, limiter: new RateLimiter({ requests, windowMs: 30_000 }, () => clock.now) };
}

describe('rate limiter', () => {
  it('lets a burst of five through, then refuses and says when the next one is back', () => {
    const { limiter: l } = limiter();
    for (let i = 0; i < 5; i++) expect(l.take('user:7')).toEqual({ allowed: true });
    expect(l.take('user:7')).toEqual({ allowed: false, retryInMs: 6_000, firstRefusal: true });
  });

  it('marks only the first refusal of a burst, and again after a request got through', () => {
    const { clock, limiter: l } = limiter();
    for (let i = 0; i < 5; i++) l.take('user:7');
    expect(l.take('user:7')).toMatchObject({ allowed: false, firstRefusal: true });
    clock.now += 1_000;
    expect(l.take('user:7')).toMatchObject({ allowed: false, firstRefusal: false, retryInMs: 5_000 });
    clock.now += 5_000;
    expect(l.take('user:7')).toEqual({ allowed: true });
    expect(l.take('user:7')).toMatchObject({ allowed: false, firstRefusal: true });
  });

  it('refills steadily and never above the burst size', () => {
    const { clock, limiter: l } = limiter();
    for (let i = 0; i < 5; i++) l.take('user:7');
    clock.now += 12_000;
    expect(l.take('user:7').allowed).toBe(true);
    expect(l.take('user:7').allowed).toBe(true);
    expect(l.take('user:7').allowed).toBe(false);
    clock.now += 10 * 60_000;
    for (let i = 0; i < 5; i++) expect(l.take('user:7').allowed).toBe(true);
    expect(l.take('user:7').allowed).toBe(false);
  });

  it('counts each user on their own', () => {
    const { limiter: l } = limiter();
    for (let i = 0; i < 5; i++) l.take('user:7');
    expect(l.take('user:7').allowed).toBe(false);
    expect(l.take('user:8').allowed).toBe(true);
  });

  it('tracks at most 10,000 clients, even when every one of them is busy', () => {
    const { limiter: l } = limiter(1);
    for (let i = 0; i < 10_500; i++) l.take(`user:${i}`);
    expect(l.tracked).toBe(10_000);
  });

  it('is off when the limit is 0 requests', () => {
    const { limiter: l } = limiter(0);
    for (let i = 0; i < 100; i++) expect(l.take('user:7').allowed).toBe(true);
  });

  it('says the wait in whole seconds, rounded up', () => {
    expect(slowDownText(6_000, langFor('en'))).toBe('Slow down a little — try again in 6 s.');
    expect(slowDownText(4_200, langFor('en'))).toBe('Slow down a little — try again in 5 s.');
    expect(slowDownText(10, langFor('en'))).toBe('Slow down a little — try again in 1 s.');
  });
});
