import { describe, expect, it } from 'vitest';
import { useTelegram, WAIT_MS } from '../support/telegramHarness.js';

/** ask: sends a command and resolves with the bot's next message in that chat. */
const { emulator, testApp, reply: ask } = useTelegram();

describe('alert subscriptions', () => {
  it('a chat subscribes to several symbols at once and lists them with /alerts', async () => {
    const reply = await ask(701, '/subscribe btc ETHUSDT, bch-usdt 4h');
    expect(reply.plainText).toContain('Subscribed to BTC/USDT 4h, ETH/USDT 4h, BCH/USDT 4h.');
    expect((await ask(701, '/subscribe eth')).plainText).toContain('Subscribed to ETH/USDT 1h.');
    expect((await ask(701, '/subscribe btc 4h')).plainText).toContain('Already subscribed to BTC/USDT 4h.');

    const alerts = await ask(701, '/alerts');
    expect(alerts.plainText).toContain('BCH/USDT — 4h\nBTC/USDT — 4h\nETH/USDT — 1h, 4h');
    expect(alerts.plainText).toContain('Signals: on · Outcomes: on · Daily digest: on');
    expect(testApp.app.subscriptions.signalSubscribers('ETH/USDT', '1h')).toEqual([701]);
  });

  it('a chat unsubscribes from one pair, then from all', async () => {
    await ask(702, '/subscribe btc eth 1h');
    await ask(702, '/subscribe btc 1d');
    expect((await ask(702, '/unsubscribe btc')).plainText).toBe('Unsubscribed from BTC/USDT 1h, BTC/USDT 1d.');
    expect((await ask(702, '/unsubscribe all')).plainText).toBe('Stopped every alert in this chat (1 removed).');
    expect((await ask(702, '/unsubscribe eth')).plainText).toMatch(/^This chat was not subscribed to ETH\/USDT\./);
    expect((await ask(702, '/alerts')).plainText).toContain('No alerts yet.');
  });

  it('a chat mutes outcome messages with a button, and every press is answered', async () => {
    await ask(703, '/subscribe btc');
    const alerts = await ask(703, '/alerts');
    const mute = alerts.reply_markup?.inline_keyboard.flat().find((b) => b.text === 'Mute outcomes');
    if (!mute || !('callback_data' in mute)) throw new Error('no "Mute outcomes" button under /alerts');

    const press = emulator.userPresses(703, alerts.message_id, mute.callback_data);
    expect(await emulator.waitForCallbackAnswer(press.callback_query?.id ?? '', WAIT_MS)).toMatchObject({ text: 'Outcomes muted.' });
    const [edited] = emulator.messages(703).filter((m) => m.message_id === alerts.message_id);
    expect(edited?.plainText).toContain('Outcomes: muted');
    expect(edited?.reply_markup?.inline_keyboard.flat().map((b) => b.text)).toContain('Unmute outcomes');
    expect(testApp.app.subscriptions.mutes(703)).toEqual({ signals: false, outcomes: true, digest: false });

    // The same (now stale) button again: nothing changes, and the press is still answered.
    const again = emulator.userPresses(703, alerts.message_id, mute.callback_data);
    expect(await emulator.waitForCallbackAnswer(again.callback_query?.id ?? '', WAIT_MS)).toMatchObject({ text: 'Outcomes muted.' });
    const forged = emulator.userPresses(703, alerts.message_id, 'al:mute:everything');
    expect((await emulator.waitForCallbackAnswer(forged.callback_query?.id ?? '', WAIT_MS)).text).toMatch(/out of date/);
  });

  it('a chat that mutes signals is left out of the alerts for its pairs', async () => {
    await ask(704, '/subscribe shib 15m');
    const alerts = await ask(704, '/alerts');
    const mute = alerts.reply_markup?.inline_keyboard.flat().find((b) => b.text === 'Mute signals');
    if (!mute || !('callback_data' in mute)) throw new Error('no "Mute signals" button under /alerts');
    const press = emulator.userPresses(704, alerts.message_id, mute.callback_data);
    await emulator.waitForCallbackAnswer(press.callback_query?.id ?? '', WAIT_MS);
    expect(testApp.app.subscriptions.signalSubscribers('SHIB/USDT', '15m')).toEqual([]);
    expect((await ask(704, '/subscribe shib 1h')).plainText).toContain('Signal messages are muted in this chat');
  });

  it('a user subscribes to btc on 1h and is told how rare 1h alerts are', async () => {
    const reply = await ask(706, '/subscribe btc 1h');
    // The shipped 1h card: its threshold falls on a band edge, so the line counts the bands from there up.
    const card = testApp.app.service.registry.pooledModel('1h')?.metadata;
    const threshold = card?.alert_threshold;
    if (!card || threshold === undefined) throw new Error('the shipped 1h model has no alert_threshold');
    const bands = card.metrics.hit_rate_by_confidence ?? [];
    const calls = (from: number) => bands.filter((b) => b.from >= from).reduce((n, b) => n + b.count, 0).toLocaleString('en-US');
    const line = new RegExp(
      `^1h alerts need the model ≥ ${Math.round(threshold * 100)}% sure \\(its card's threshold\\): in walk-forward tests ` +
        `[\\d.]+% of calls got there \\(${calls(threshold)} of ${calls(0)}\\)` +
        // A card from before the one trade rule gives its TP1 hit rate; a newer one the win rate and mean net return.
        '(, TP1 hit \\d+%|; win rate \\d+\\.\\d% vs break-even \\d+\\.\\d% · mean net [+−]\\d+\\.\\d\\d%( \\(95% CI [^)]+\\))? on [\\d,]+ calls?)' +
        '( \\(too few calls to rely on\\))?\\.$',
    );
    expect(reply.plainText.split('\n').at(-1)).toMatch(line);
    expect((await ask(706, '/alerts')).plainText.split('\n')).toContainEqual(expect.stringMatching(line));
  });

  it('a typo gets suggestions, and the other symbols are still subscribed', async () => {
    const reply = await ask(705, '/subscribe btx eth');
    expect(reply.plainText.split('\n')).toEqual([
      'Subscribed to ETH/USDT 1h.',
      'Unknown symbol BTX/USDT: did you mean BTC/USDT?',
      'You will get a message when a closed candle gives a signal. /alerts lists them.',
      expect.stringMatching(/^1h alerts need the model ≥ \d+% sure/),
    ]);
    expect((await ask(705, '/subscribe zzzzz')).plainText).toBe('Unknown symbol ZZZZZ/USDT: check the spelling, e.g. BTC or ETH/USDT.');
    expect((await ask(705, '/subscribe btc 5m')).plainText).toMatch(/^Unknown timeframe "5m"/);
    expect(testApp.app.subscriptions.list(705)).toEqual([{ symbol: 'ETH/USDT', timeframe: '1h' }]);
  });
});
