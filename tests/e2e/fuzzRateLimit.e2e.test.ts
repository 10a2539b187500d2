import { describe, expect, it } from 'vitest';
import { forgeData, fuzzText, isCommandForBot, Random } from '../support/fuzzInputs.js';
import { rejectedCalls, waitHandled } from '../support/fuzzRun.js';
import { useTelegram } from '../support/telegramHarness.js';

/**
 * The fuzz inputs with the rate limit on: each user fires a burst of generated messages in their private
 * chat and in groups, and presses. The clock is frozen, so a bucket never refills: of the updates that get
 * an answer, the first LIMIT are served, the next is told to slow down, and the rest get silence (a press
 * is still answered, without text). Updates that get no answer anyway (group chatter, another bot's
 * commands) take no token and never draw a "slow down".
 */
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
const LIMIT = 3;
const USERS = 20;
const BURST = 25;
const SLOW_DOWN = /^Slow down a little/;

type Outcome = 'served' | 'slowDown' | 'quiet' | 'silent';
interface Sent {
  what: string;
  kind: 'private' | 'group' | 'press';
  chatId: number;
  outcome: Outcome;
  queryId?: string;
}

const { emulator, testApp } = useTelegram({ app: { rateLimitRequests: LIMIT } });

describe(`fuzz with the rate limit on (FUZZ_SEED=${SEED})`, () => {
  it('users who fire bursts of odd messages and presses are served up to the limit, told to slow down once, then left in peace', async () => {
    const rng = new Random(SEED);
    const botName = emulator.botUser.username;
    // Other people's /alerts answers: real messages with buttons, one for each press, so no two presses race.
    for (let k = 0; k < USERS * BURST; k++) emulator.userSends(6_000_000 + k, '/alerts');
    let pushed = USERS * BURST;
    await waitHandled(testApp.app.metrics, pushed);
    const targets = Array.from({ length: USERS * BURST }, (_, k) => emulator.messages(6_000_000 + k)[0]!);
    const targetData = targets[0]!.reply_markup!.inline_keyboard.flat().map((b) => ('callback_data' in b ? b.callback_data : ''));
    let nextGroup = -5_000_000;
    const sent: Sent[] = [];

    for (let user = 1; user <= USERS; user++) {
      const userId = 5_000_000 + user;
      let tokens = LIMIT;
      let warned = false;
      const take = (): Outcome => {
        if (tokens > 0) return (tokens--, 'served');
        if (!warned) return ((warned = true), 'slowDown');
        return 'quiet';
      };
      for (let k = 0; k < BURST; k++) {
        const roll = rng.int(10);
        if (roll < 2) {
          const data = forgeData(rng, rng.pick(targetData));
          const target = targets.pop()!;
          const update = emulator.userPresses(target.chat_id, target.message_id, data, { id: userId });
          sent.push({ what: `press ${JSON.stringify(data)}`, kind: 'press', chatId: target.chat_id, outcome: take(), queryId: update.callback_query!.id });
        } else if (roll < 5) {
          const text = fuzzText(rng, botName);
          emulator.userSends(userId, text);
          sent.push({ what: `private ${JSON.stringify(text.slice(0, 80))}`, kind: 'private', chatId: userId, outcome: take() });
        } else {
          const text = fuzzText(rng, botName);
          const chatId = nextGroup--;
          emulator.userSends(chatId, text, { id: userId });
          const outcome = isCommandForBot(text, botName) ? take() : 'silent';
          sent.push({ what: `group ${JSON.stringify(text.slice(0, 80))}`, kind: 'group', chatId, outcome });
        }
      }
    }
    pushed += sent.length;
    await waitHandled(testApp.app.metrics, pushed);

    const problems: string[] = [];
    for (const s of sent.filter((x) => x.kind !== 'private')) {
      const texts = s.queryId
        ? emulator.callbackAnswers.filter((a) => a.callback_query_id === s.queryId).map((a) => a.text ?? '')
        : emulator.messages(s.chatId).map((m) => m.plainText);
      const ok = {
        served: s.queryId ? texts.length === 1 && !SLOW_DOWN.test(texts[0]!) : texts.length > 0 && !texts.some((t) => SLOW_DOWN.test(t)),
        slowDown: texts.length === 1 && SLOW_DOWN.test(texts[0]!),
        quiet: s.queryId ? texts.length === 1 && texts[0] === '' : texts.length === 0,
        silent: texts.length === 0,
      }[s.outcome];
      if (!ok) problems.push(`${s.what}: expected ${s.outcome}, got ${JSON.stringify(texts)}`);
    }
    for (let user = 1; user <= USERS; user++) {
      const mine = sent.filter((s) => s.kind === 'private' && s.chatId === 5_000_000 + user);
      const texts = emulator.messages(5_000_000 + user).map((m) => m.plainText);
      const slowDowns = texts.filter((t) => SLOW_DOWN.test(t)).length;
      const served = mine.filter((s) => s.outcome === 'served').length;
      if (slowDowns !== mine.filter((s) => s.outcome === 'slowDown').length || (texts.length - slowDowns > 0) !== served > 0) {
        problems.push(`user ${user}'s private chat: ${served} served expected, got ${JSON.stringify(texts.map((t) => t.slice(0, 40)))}`);
      }
    }
    expect(problems, `FUZZ_SEED=${SEED}`).toEqual([]);
    expect(rejectedCalls(emulator), `FUZZ_SEED=${SEED}`).toEqual([]);
  });
});
