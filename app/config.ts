import { z } from 'zod';
import { idList, pair, timeframe, wholeNumber } from './configValues.js';

/** .env files often hold `KEY=`: a blank value means "not set", so defaults apply. */
const blankAsUnset = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' ? value.trim() || undefined : value), schema);

const optionalUrl = (what: string) =>
  blankAsUnset(z.url({ message: `must be a full URL such as http://127.0.0.1:8081 (${what})` }).optional());

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * Every key is documented in .env.example and listed in README.md (Configuration) and docs/operations.md;
 * tests/app/configKeys.test.ts fails when they stop naming the same keys.
 */
const configSchema = z.object({
  TELEGRAM_BOT_TOKEN: blankAsUnset(
    z.string()
      .regex(/^\d+:[\w-]{30,}$/, 'does not look like a bot token (digits, a colon, then 30+ letters); copy it from @BotFather')
      .optional(),
  ),
  TELEGRAM_API_ROOT: optionalUrl('a Bot API server; leave empty for api.telegram.org'),
  EXCHANGE_ID: blankAsUnset(z.string().regex(/^[a-z0-9]+$/, 'must be a ccxt exchange id such as binance').default('binance')),
  EXCHANGE_API_URL: optionalUrl("a mirror of the exchange's public REST API"),
  EXCHANGE_TIMEOUT_MS: blankAsUnset(wholeNumber(100, 60_000, 'milliseconds one exchange request may take').default(10_000)),
  REPLAY_DATA_DIR: blankAsUnset(z.string().optional()),
  DATA_DIR: blankAsUnset(z.string().default('./data')),
  MODELS_DIR: blankAsUnset(z.string().default('./models')),
  LOG_LEVEL: blankAsUnset(z.enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info')),
  ALLOWED_CHAT_IDS: idList({ what: 'chat ids', example: '123456789,-1001234567890', negative: true }),
  ADMIN_USER_IDS: idList({ what: 'user ids', example: '123456789,987654321', negative: false }),
  RATE_LIMIT_REQUESTS: blankAsUnset(wholeNumber(0, 1000, 'updates answered per user (or channel) per window; 0 turns the limit off').default(5)),
  RATE_LIMIT_WINDOW_SECONDS: blankAsUnset(wholeNumber(1, 86_400, 'seconds').default(30)),
  STATUS_PAIR: blankAsUnset(pair().default('BTC/USDT')),
  ALERT_DEFAULT_TIMEFRAME: blankAsUnset(timeframe().default('1h')),
  ALERT_MIN_CONFIDENCE: blankAsUnset(
    z.string()
      .regex(/^(0(\.\d+)?|1(\.0+)?)$/, 'must be a number from 0 to 1 such as 0.4 (the lowest calibrated confidence that alerts)')
      .transform(Number)
      .optional(),
  ),
  DIGEST_HOUR_UTC: blankAsUnset(wholeNumber(0, 23, 'the UTC hour at which the daily digest goes out, e.g. 8 for 08:00 UTC').default(8)),
  RETENTION_DAYS: blankAsUnset(
    wholeNumber(90, 3650, 'days to keep asked-for predictions, finished deliveries and mood snapshots; /performance reads 90').default(180),
  ),
  API_PORT: blankAsUnset(wholeNumber(1, 65_535, 'the TCP port of the HTTP API, e.g. 8080; leave empty to keep it off').optional()),
  API_HOST: blankAsUnset(
    z.string()
      .regex(/^[\w.:-]+$/, 'must be an address to bind such as 127.0.0.1 (this machine only) or 0.0.0.0 (every interface)')
      .default('127.0.0.1'),
  ),
  API_TOKEN: blankAsUnset(
    z.string().regex(/^[\x21-\x7e]{16,}$/, 'must be 16 or more printable characters without spaces (a long random string)').optional(),
  ),
  API_RATE_LIMIT_PER_MINUTE: blankAsUnset(wholeNumber(0, 100_000, 'requests per client per minute; 0 turns the limit off').default(120)),
  TELEGRAM_WEBHOOK_URL: blankAsUnset(
    z.url({ protocol: /^https$/, message: 'must be the public https:// URL that reaches this server, e.g. https://bot.example.com/telegram' })
      .optional(),
  ),
  TELEGRAM_WEBHOOK_SECRET: blankAsUnset(
    z.string().regex(/^[\w-]{1,256}$/, 'must be 1 to 256 letters, digits, _ or - (Telegram\'s rule for secret_token)').optional(),
  ),
}).refine((c) => c.TELEGRAM_WEBHOOK_URL === undefined || c.API_PORT !== undefined, {
  path: ['TELEGRAM_WEBHOOK_URL'],
  message: 'needs API_PORT: Telegram posts the updates to the HTTP server, which only runs with a port',
});

export type Config = z.infer<typeof configSchema>;

/** The keys the schema reads, in its order. */
export const CONFIG_KEYS = Object.keys(configSchema.shape) as (keyof Config)[];

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}\nFix these in .env (see .env.example).`);
    this.name = 'ConfigError';
  }
}

/** Validates the environment; the error names every bad key with what to put there instead. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`));
}
