import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../app/config.js';

function problems(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('the config was accepted');
}

describe('configuration of access, rate limit and /status', () => {
  it('defaults to a public bot without admins, 5 requests per 30 s, and BTC/USDT for /status', () => {
    expect(loadConfig({})).toMatchObject({
      ALLOWED_CHAT_IDS: [],
      ADMIN_USER_IDS: [],
      RATE_LIMIT_REQUESTS: 5,
      RATE_LIMIT_WINDOW_SECONDS: 30,
      STATUS_PAIR: 'BTC/USDT',
    });
  });

  it('treats blank values from .env as unset', () => {
    const config = loadConfig({ ALLOWED_CHAT_IDS: '', ADMIN_USER_IDS: ' ', RATE_LIMIT_REQUESTS: '', STATUS_PAIR: '' });
    expect(config).toMatchObject({ ALLOWED_CHAT_IDS: [], ADMIN_USER_IDS: [], RATE_LIMIT_REQUESTS: 5, STATUS_PAIR: 'BTC/USDT' });
  });

  it('reads comma-separated ids with spaces, group ids and a trailing comma', () => {
    const config = loadConfig({ ALLOWED_CHAT_IDS: ' 123456789, -1001234567890 ,', ADMIN_USER_IDS: '42,42,7' });
    expect(config.ALLOWED_CHAT_IDS).toEqual([123456789, -1001234567890]);
    expect(config.ADMIN_USER_IDS).toEqual([42, 7]);
  });

  it('normalises the /status pair as a user would type it, and reads the limits', () => {
    const config = loadConfig({ STATUS_PAIR: 'ethusdt', RATE_LIMIT_REQUESTS: '0', RATE_LIMIT_WINDOW_SECONDS: '60' });
    expect(config).toMatchObject({ STATUS_PAIR: 'ETH/USDT', RATE_LIMIT_REQUESTS: 0, RATE_LIMIT_WINDOW_SECONDS: 60 });
  });

  it('names each malformed key and says what to write instead', () => {
    const message = problems({
      ALLOWED_CHAT_IDS: '123;456',
      ADMIN_USER_IDS: '-5',
      RATE_LIMIT_REQUESTS: 'five',
      RATE_LIMIT_WINDOW_SECONDS: '0',
      STATUS_PAIR: 'BTC/USDT/X',
    });
    expect(message).toContain('ALLOWED_CHAT_IDS must be chat ids separated by commas, such as 123456789,-1001234567890; "123;456" is not one');
    expect(message).toContain('ADMIN_USER_IDS must be user ids separated by commas, such as 123456789,987654321; "-5" is not one');
    expect(message).toContain('RATE_LIMIT_REQUESTS must be a whole number from 0 to 1000 (updates answered per user (or channel) per window; 0 turns the limit off)');
    expect(message).toContain('RATE_LIMIT_WINDOW_SECONDS must be a whole number from 1 to 86400 (seconds)');
    expect(message).toContain('STATUS_PAIR must be a pair such as BTC/USDT: it has more than one separator');
  });

  it('refuses ids too large to be exact and limits out of range', () => {
    expect(problems({ ADMIN_USER_IDS: '99999999999999999' })).toMatch(/ADMIN_USER_IDS .* "99999999999999999" is not one/);
    expect(problems({ RATE_LIMIT_REQUESTS: '1001' })).toMatch(/RATE_LIMIT_REQUESTS must be a whole number from 0 to 1000/);
    expect(problems({ RATE_LIMIT_WINDOW_SECONDS: '2.5' })).toMatch(/RATE_LIMIT_WINDOW_SECONDS must be a whole number/);
  });
});
