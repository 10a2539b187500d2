import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../app/config.js';
import { createLogger } from '../../app/logger.js';

const TOKEN = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawq';

describe('configuration', () => {
  it('fills defaults so an empty environment starts the console mode against Binance', () => {
    const config = loadConfig({});
    expect(config.TELEGRAM_BOT_TOKEN).toBeUndefined();
    expect(config).toMatchObject({ EXCHANGE_ID: 'binance', DATA_DIR: './data', MODELS_DIR: './models', LOG_LEVEL: 'info' });
  });

  it('treats empty values from .env as unset', () => {
    const config = loadConfig({ TELEGRAM_BOT_TOKEN: '', EXCHANGE_API_URL: ' ', EXCHANGE_ID: '' });
    expect(config.TELEGRAM_BOT_TOKEN).toBeUndefined();
    expect(config.EXCHANGE_API_URL).toBeUndefined();
    expect(config.EXCHANGE_ID).toBe('binance');
  });

  it('names every bad key and says what to put there', () => {
    const error = (() => {
      try {
        loadConfig({ TELEGRAM_BOT_TOKEN: 'oops', EXCHANGE_API_URL: 'localhost', LOG_LEVEL: 'loud' });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toMatch(/TELEGRAM_BOT_TOKEN does not look like a bot token.*@BotFather/);
    expect(message).toMatch(/EXCHANGE_API_URL must be a full URL/);
    expect(message).toMatch(/LOG_LEVEL must be one of fatal, error/);
    expect(message).toMatch(/see \.env\.example/);
  });
});

describe('logs', () => {
  it('never contain the bot token, wherever it appears', () => {
    const lines: string[] = [];
    const destination = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
    const log = createLogger({ level: 'info', secrets: [TOKEN], destination });
    log.error({ url: `https://api.telegram.org/bot${TOKEN}/getMe` }, `failed for ${TOKEN}`);
    log.info(new Error(`request to /bot${TOKEN}/sendMessage failed`));
    expect(lines).toHaveLength(2);
    expect(lines.join('')).not.toContain(TOKEN);
    expect(lines.join('')).toContain('[redacted]');
  });
});
