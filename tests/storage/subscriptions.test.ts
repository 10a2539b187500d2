import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../storage/database.js';
import { SubscriptionsRepository } from '../../storage/subscriptionsRepository.js';

const repo = () => new SubscriptionsRepository(openDatabase(':memory:'), () => 1_000);
const btc1h = { symbol: 'BTC/USDT', timeframe: '1h' };
const eth1h = { symbol: 'ETH/USDT', timeframe: '1h' };
const btc4h = { symbol: 'BTC/USDT', timeframe: '4h' };

describe('subscriptions', () => {
  it('a chat follows a pair once per timeframe; a repeat is reported, not stored twice', () => {
    const subs = repo();
    expect(subs.subscribe(1, [btc1h, eth1h], 50)).toEqual({ added: [btc1h, eth1h], already: [], overLimit: [] });
    expect(subs.subscribe(1, [btc1h, btc4h], 50)).toEqual({ added: [btc4h], already: [btc1h], overLimit: [] });
    expect(subs.list(1)).toEqual([btc1h, btc4h, eth1h]);
  });

  it('stops at the per-chat limit and says which were left out', () => {
    const subs = repo();
    expect(subs.subscribe(1, [btc1h, eth1h, btc4h], 2)).toEqual({ added: [btc1h, eth1h], already: [], overLimit: [btc4h] });
    expect(subs.subscribe(1, [btc1h], 2).already).toEqual([btc1h]);
  });

  it('unsubscribes one timeframe, every timeframe of a pair, or everything', () => {
    const subs = repo();
    subs.subscribe(1, [btc1h, btc4h, eth1h], 50);
    expect(subs.unsubscribe(1, 'BTC/USDT', '4h')).toEqual([btc4h]);
    expect(subs.unsubscribe(1, 'XRP/USDT')).toEqual([]);
    subs.subscribe(1, [btc4h], 50);
    expect(subs.unsubscribe(1, 'BTC/USDT')).toHaveLength(2);
    expect(subs.unsubscribeAll(1)).toBe(1);
    expect(subs.list(1)).toEqual([]);
  });

  it('gives the sweep each subscribed pair once, and the chats that keep signals on', () => {
    const subs = repo();
    subs.subscribe(3, [btc1h], 50);
    subs.subscribe(1, [btc1h, eth1h], 50);
    subs.subscribe(2, [btc1h, btc4h], 50);
    subs.setMuted(2, 'signals', true);
    subs.setMuted(3, 'outcomes', true);
    expect(subs.subscribedPairs()).toEqual([btc1h, eth1h, btc4h]);
    expect(subs.signalSubscribers('BTC/USDT', '1h')).toEqual([1, 3]);
    expect(subs.signalSubscribers('BTC/USDT', '4h')).toEqual([]);
  });

  it('keeps mutes per chat; a chat never seen mutes nothing', () => {
    const subs = repo();
    expect(subs.mutes(9)).toEqual({ signals: false, outcomes: false, digest: false });
    subs.setMuted(9, 'outcomes', true);
    subs.setMuted(9, 'digest', true);
    subs.setMuted(9, 'digest', false);
    expect(subs.mutes(9)).toEqual({ signals: false, outcomes: true, digest: false });
    expect(subs.mutes(10).outcomes).toBe(false);
  });
});

describe("a chat's language", () => {
  it('is none until chosen; the first subscriber’s sets it, a chosen one is kept, and mutes stay as they were', () => {
    const subs = repo();
    expect(subs.language(1)).toBeNull();
    subs.setMuted(1, 'digest', true);
    subs.setLanguage(1, 'id', { onlyIfUnset: true });
    subs.setLanguage(1, 'en', { onlyIfUnset: true });
    expect(subs.language(1)).toBe('id');
    subs.setLanguage(1, 'en');
    expect(subs.language(1)).toBe('en');
    expect(subs.mutes(1)).toEqual({ signals: false, outcomes: false, digest: true });
  });

  it('moves with the chat when a group becomes a supergroup', () => {
    const subs = repo();
    subs.setLanguage(-5, 'id');
    subs.moveChat(-5, -1_000_000_000_005);
    expect(subs.language(-1_000_000_000_005)).toBe('id');
    expect(subs.language(-5)).toBeNull();
  });
});

