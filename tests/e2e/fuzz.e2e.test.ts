import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../app/locales.js';
import { langFor } from '../../bot/i18n/chatLocale.js';
import { forgeData, fuzzText, isCommandForBot, Random } from '../support/fuzzInputs.js';
import { pressable, rejectedCalls, waitHandled, watchRejections, type Pressable } from '../support/fuzzRun.js';
import { useTelegram } from '../support/telegramHarness.js';

/**
 * 10,000 generated updates through the real bot: commands with mutated arguments (bidi marks, zero-width
 * characters, NUL, emoji, 4,096-character lines, hundreds of words, `@bot` mentions of this bot and others),
 * chatter in private chats, groups and channels, forged button presses on real bot messages, and edits.
 * FUZZ_SEED=<n> repeats a run. Most inputs take cheap paths (a parse error, a usage hint, an unknown symbol,
 * silence): a run makes about 200 model calls for its 10,000 updates, and prints the number.
 */
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
const TOTAL = 10_000;
const BATCH = 250;

type Expect = 'answer' | 'silent';
interface Sent {
  index: number;
  what: string;
  expect: Expect;
  chatId: number;
  /** Bot messages in the chat before this update (edits land in chats that already have answers). */
  before: number;
  queryId?: string;
}

const { emulator, testApp, isRunning } = useTelegram({ app: { rateLimitRequests: 0 } });
const botName = () => emulator.botUser.username;
/** The generic apology in every language: any of them means an error nobody expected. */
const APOLOGIES = LOCALES.map((locale) => langFor(locale).t('error-generic'));
let watch: ReturnType<typeof watchRejections>;
beforeAll(() => {
  watch = watchRejections();
});
afterAll(() => watch.stop());

describe(`fuzz (FUZZ_SEED=${SEED})`, () => {
  it('10,000 odd messages, edits, channel posts and forged button presses: no crash, no refused call, each answered or deliberately silent', async () => {
    const rng = new Random(SEED);
    // Half the people write from an Indonesian app, so every reply path is checked in both languages.
    const speaker = () => ({ language_code: rng.chance(0.5) ? 'id' : 'en' });
    const pool: Pressable[] = [];
    const problems: string[] = [];
    let previous: Sent[] = [];
    let nextPrivate = 1_000_000;
    let nextGroup = -1_000_000;
    let nextChannel = -1_001_000_000_000;
    // The bot has handled nothing yet: it starts with this test.
    let pushed = 0;
    const modelCallsBefore = await modelCalls();

    for (let start = 0; start < TOTAL; start += BATCH) {
      const batch: Sent[] = [];
      const pressed = new Set<Pressable>();
      const edited = new Set<number>();
      for (let index = start; index < Math.min(TOTAL, start + BATCH); index++) {
        const roll = rng.int(100);
        if (roll < 18 && pool.length > pressed.size) {
          // A press on a real bot message, at most one per message per batch, with real, cut, padded or made-up data.
          let target = pool[rng.int(pool.length)]!;
          while (pressed.has(target)) target = pool[(pool.indexOf(target) + 1) % pool.length]!;
          pressed.add(target);
          const data = forgeData(rng, rng.pick(target.data));
          const update = emulator.userPresses(target.chatId, target.messageId, data, speaker());
          batch.push({ index, what: `press ${JSON.stringify(data)}`, expect: 'answer', chatId: target.chatId, before: 0, queryId: update.callback_query!.id });
        } else if (roll < 28 && previous.some((s) => s.what.startsWith('send') && !edited.has(s.chatId))) {
          // The author edits a message of the previous batch into something else: the bot does not answer edits.
          const original = rng.pick(previous.filter((s) => s.what.startsWith('send') && !edited.has(s.chatId)));
          edited.add(original.chatId);
          const text = fuzzText(rng, botName());
          emulator.userEdits(original.chatId, Number(original.what.split(' ')[1]), text);
          batch.push({ index, what: `edit ${JSON.stringify(text.slice(0, 120))}`, expect: 'silent', chatId: original.chatId, before: emulator.messages(original.chatId).length });
        } else {
          const text = fuzzText(rng, botName());
          const where = rng.int(10);
          const chatId = where < 6 ? nextPrivate++ : where < 9 ? nextGroup-- : nextChannel--;
          const update = where < 9 ? emulator.userSends(chatId, text, speaker()) : emulator.channelPosts(chatId, text);
          const messageId = (update.message ?? update.channel_post)!.message_id;
          // Private chats get an answer to anything; groups and channels only to a command addressed to this bot.
          const expect: Expect = where < 6 || isCommandForBot(text, botName()) ? 'answer' : 'silent';
          batch.push({ index, what: `send ${messageId} ${where < 6 ? 'private' : where < 9 ? 'group' : 'channel'} ${JSON.stringify(text.slice(0, 120))}`, expect, chatId, before: 0 });
        }
      }
      pushed += batch.length;
      await waitHandled(testApp.app.metrics, pushed);

      for (const sent of batch) {
        const messages = emulator.messages(sent.chatId).slice(sent.before);
        const answer = emulator.callbackAnswers.find((a) => a.callback_query_id === sent.queryId);
        const answered = sent.queryId ? answer !== undefined : messages.length > 0;
        if (answered !== (sent.expect === 'answer')) {
          problems.push(`#${sent.index} ${sent.what}: expected ${sent.expect}, got ${answered ? messages.map((m) => m.plainText.slice(0, 80)).join(' | ') || 'an answer' : 'nothing'}`);
        }
        const apology = [...messages.map((m) => m.plainText), answer?.text].some((text) => APOLOGIES.includes(text ?? ''));
        if (apology) problems.push(`#${sent.index} ${sent.what}: answered with the generic apology (an unexpected error)`);
        if (!sent.queryId) for (const m of messages) {
          const buttons = pressable(m);
          if (buttons && !pool.some((p) => p.chatId === buttons.chatId && p.messageId === buttons.messageId)) pool.push(buttons);
        }
      }
      previous = batch;
    }

    const reachedModel = (await modelCalls()) - modelCallsBefore;
    console.info(`fuzz: FUZZ_SEED=${SEED}, ${TOTAL} updates, ${reachedModel} model calls, ${pool.length} messages with buttons pressed at`);
    expect(problems, `FUZZ_SEED=${SEED}`).toEqual([]);
    expect(rejectedCalls(emulator), `FUZZ_SEED=${SEED}`).toEqual([]);
    expect(watch.rejections, `FUZZ_SEED=${SEED}`).toEqual([]);
    expect(isRunning()).toBe(true);
  }, 240_000);
});

async function modelCalls(): Promise<number> {
  const values = (await testApp.app.metrics.modelCallSeconds.get()).values;
  return values.filter((v) => v.metricName?.endsWith('_count')).reduce((sum, v) => sum + v.value, 0);
}
