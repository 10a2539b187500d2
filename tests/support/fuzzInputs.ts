import { COMMANDS } from '../../bot/commands.js';

/** A seeded PRNG (mulberry32): the same seed gives the same inputs, so a failing run can be repeated. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
}

/** Telegram's limit on what a user can send in one message, in UTF-16 units. */
export const USER_TEXT_LIMIT = 4096;

/** Pieces users paste that trip naive code: bidi controls, zero-width characters, NUL, emoji, HTML. */
const ODD = [
  '\u200F', '\u202E', '\u2066', '\u200B', '\u200D', '\uFEFF', '\u0000', '\u00A0', '\u3000', '\t', '\n',
  '🚀', '👨‍👩‍👧', '🇺🇸', '💩', 'e\u0301', 'é', 'İ', 'ß', 'ﬁ', 'Ω', '中文', 'العربية', 'עברית', '₿',
  '<b>', '</code>', '<a href="x">', '&amp;', '&', '<', '>', '"', "'", '\\', '%s', '${x}', '/', '@', ':', '_',
];
const WORDS = ['BTC', 'eth', 'SOL/USDT', 'ethusdt', 'usdc', 'shib', 'NOPE', '1h', '4h', '15m', '1d', '7m', 'why', 'all', '0', '-1', '1e9'];

/** Sample arguments per command; each is mutated before use. Commands not named here take none. */
const SAMPLE_ARGS: Record<string, readonly string[]> = {
  predict: ['BTC 1h', 'eth 4h', 'BTC', 'sol/usdt 15m', 'ETH 1d why', '4h btc', 'why'],
  risk: ['BTC', 'ethusdt', 'BCH/USDT'],
  subscribe: ['BTC ETH 1h', 'shib 4h', 'BTC'],
  unsubscribe: ['all', 'BTC 1h', 'ETH'],
  performance: ['1h', '4h', ''],
  sweep: ['1h', ''],
};

export const COMMAND_NAMES = COMMANDS.map((c) => c.command);

/** Cuts `text` to `max` UTF-16 units without splitting a character in two. */
export function cut(text: string, max = USER_TEXT_LIMIT): string {
  if (text.length <= max) return text;
  let out = '';
  for (const char of text) {
    if (out.length + char.length > max) break;
    out += char;
  }
  return out;
}

function insertAt(rng: Random, text: string, piece: string): string {
  const chars = Array.from(text);
  const at = rng.int(chars.length + 1);
  return [...chars.slice(0, at), piece, ...chars.slice(at)].join('');
}

function oddWord(rng: Random): string {
  return Array.from({ length: 1 + rng.int(4) }, () => rng.pick([...ODD, ...WORDS])).join('');
}

/** Arguments after a command: a sample, then mutated (odd characters, many words, a 4,096-character line...). */
function mutateArgs(rng: Random, args: string): string {
  let out = args;
  const rounds = rng.int(4);
  for (let k = 0; k < rounds; k++) {
    switch (rng.int(7)) {
      case 0:
        out = insertAt(rng, out, rng.pick(ODD));
        break;
      case 1:
        out = `${out} ${oddWord(rng)}`;
        break;
      case 2:
        out = Array.from({ length: 5 + rng.int(400) }, () => rng.pick(WORDS)).join(' ');
        break;
      case 3:
        out = `${out} ${rng.pick([...ODD, ...WORDS]).repeat(USER_TEXT_LIMIT)}`;
        break;
      case 4:
        out = Array.from(out, (c) => (rng.chance(0.5) ? c.toUpperCase() : c.toLowerCase())).join('');
        break;
      case 5:
        out = Array.from(out).filter(() => rng.chance(0.8)).join('');
        break;
      default:
        out = out.replace(/\s+/g, () => rng.pick([' ', '  ', '\n', '\t', '\u00A0', '\u200B']));
    }
  }
  return out;
}

/** The mention after a command: none, this bot (any case), or another bot. */
function mention(rng: Random, botUsername: string): string {
  const roll = rng.int(10);
  if (roll < 5) return '';
  if (roll < 7) return `@${botUsername}`;
  if (roll < 8) return `@${botUsername.toUpperCase()}`;
  return `@${rng.pick(['other_bot', 'PriceBot', 'signals_test_bot2'])}`;
}

/** One text a user could send: a command (ours, mutated), an unknown one, or chatter. */
export function fuzzText(rng: Random, botUsername: string): string {
  const roll = rng.int(10);
  let text: string;
  if (roll < 6) {
    const name = rng.pick(COMMAND_NAMES);
    const args = mutateArgs(rng, rng.pick(SAMPLE_ARGS[name] ?? ['']));
    text = `/${name}${mention(rng, botUsername)}${args === '' ? '' : ' '}${args}`;
  } else if (roll < 7) {
    text = `/${rng.pick(['foo', 'PREDICT', 'Predict', 'start_now', 'x'.repeat(40), 'predict_btc'])}${mention(rng, botUsername)} ${mutateArgs(rng, 'BTC')}`;
  } else if (roll < 8) {
    text = `${rng.pick(['/', '/ ', '//', '/\u200Fpredict', '/🚀', '/\u0000'])}${oddWord(rng)}`;
  } else {
    text = mutateArgs(rng, Array.from({ length: 1 + rng.int(12) }, () => oddWord(rng)).join(' '));
  }
  const sent = cut(text);
  // Telegram delivers no empty messages.
  return sent.trim() === '' ? `${sent}?` : sent;
}

/** Callback data a forged or stale client could send for a button whose real data is `real`. */
export function forgeData(rng: Random, real: string): string {
  switch (rng.int(6)) {
    case 0:
      return real;
    case 1:
      return real.slice(0, rng.int(real.length));
    case 2:
      return `${real}${oddWord(rng)}`.slice(0, 128);
    case 3:
      return insertAt(rng, real, rng.pick(ODD));
    case 4:
      return `${rng.pick(['s:', 'p:', 'w:', 'al:', 'al:mute:', ''])}${oddWord(rng)}`;
    default:
      return `${real.slice(0, 2)}${rng.pick(WORDS)}/USDT:${rng.pick(WORDS)}`;
  }
}

/** A command addressed to this bot, as grammY reads the bot_command entity: a known name, no other bot's mention. */
export function isCommandForBot(text: string, botUsername: string): boolean {
  const [, name, to] = /^\/([A-Za-z0-9_]+)(?:@([A-Za-z0-9_]+))?/.exec(text) ?? [];
  return name !== undefined && COMMAND_NAMES.includes(name) && (to === undefined || to.toLowerCase() === botUsername.toLowerCase());
}
