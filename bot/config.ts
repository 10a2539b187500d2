import { z } from 'zod';

/** .env files often hold `KEY=`: a blank value means "not set", so defaults apply. */
const blankAsUnset = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' ? value.trim() || undefined : value), schema);

const optionalUrl = (what: string) =>
  blankAsUnset(z.url({ message: `must be a full URL such as http://127.0.0.1:8081 (${what})` }).optional());

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Every key is documented in .env.example; keep the two in step. */
const configSchema = z.object({
  TELEGRAM_BOT_TOKEN: blankAsUnset(
    z.string()
      .regex(/^\d+:[\w-]{30,}$/, 'does not look like a bot token (digits, a colon, then 30+ letters); copy it from @BotFather')
      .optional(),
  ),
  TELEGRAM_API_ROOT: optionalUrl('a Bot API server; leave empty for api.telegram.org'),
  EXCHANGE_ID: blankAsUnset(z.string().regex(/^[a-z0-9]+$/, 'must be a ccxt exchange id such as binance').default('binance')),
  EXCHANGE_API_URL: optionalUrl("a mirror of the exchange's public REST API"),
  REPLAY_DATA_DIR: blankAsUnset(z.string().optional()),
  DATA_DIR: blankAsUnset(z.string().default('./data')),
  MODELS_DIR: blankAsUnset(z.string().default('./models')),
  LOG_LEVEL: blankAsUnset(z.enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info')),
});

export type Config = z.infer<typeof configSchema>;

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
