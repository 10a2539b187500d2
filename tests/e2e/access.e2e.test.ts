import { describe, expect, it } from 'vitest';
import { useTelegram, WAIT_MS } from '../support/telegramHarness.js';

const ALLOWED_USER = 401;
const ALLOWED_GROUP = -402;
const ADMIN = 403;

const { emulator, ask } = useTelegram({ app: { allowedChatIds: [ALLOWED_USER, ALLOWED_GROUP], adminUserIds: [ADMIN] } });

/** Every API call the bot made about a chat: replies, chat actions, photos. */
function callsFor(chatId: number) {
  return emulator.calls.filter((c) => Number(c.payload.chat_id) === chatId);
}

describe('a bot with ALLOWED_CHAT_IDS', () => {
  it('a chat that is not allowed is refused', async () => {
    emulator.userSends(450, '/predict btc 1h');
    emulator.userSends(-460, '/predict btc');
    emulator.userSends(ALLOWED_USER, '/status');
    emulator.userSends(ALLOWED_GROUP, '/status', { id: 470 });

    const [refusal] = await emulator.waitForBotMessages(450, 1, WAIT_MS);
    expect(refusal?.plainText).toBe(
      'Sorry, this is a private bot and it does not serve this chat. If you know its owner, send them your chat id: 450.',
    );
    // The allowed chats are served; by then the others have long been dealt with.
    await emulator.waitForBotMessages(ALLOWED_USER, 1, WAIT_MS);
    await emulator.waitForBotMessages(ALLOWED_GROUP, 1, WAIT_MS);
    expect(emulator.messages(ALLOWED_USER)[0]?.plainText).toMatch(/^\S+ Mood: \d+\/100/);
    expect(emulator.messages(ALLOWED_GROUP)[0]?.plainText).toMatch(/^\S+ Mood: \d+\/100/);
    // One refusal and nothing else in the private chat; silence in the stranger's group.
    expect(callsFor(450).map((c) => c.method)).toEqual(['sendMessage']);
    expect(callsFor(-460)).toEqual([]);
  });

  it('an admin is served in any chat', async () => {
    const [reply] = await ask(ADMIN, '/status');
    expect(reply?.plainText).toMatch(/^\S+ Mood: \d+\/100/);
  });
});
