import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { shortLogLine } from '../../bot/processLogger.js';
import { freePort } from '../support/freePort.js';

const SHORT_LINE = /^\d\d:\d\d:\d\d (trace|debug|info|warn|error|fatal) /;

describe('console mode reads like a chat', () => {
  it('a person asks for /predict while the exchange is down: stdout holds the replies, stderr one short line per log entry, no stack', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bot/main.ts'], {
      env: {
        ...process.env,
        TELEGRAM_BOT_TOKEN: '',
        EXCHANGE_API_URL: `http://127.0.0.1:${await freePort()}`,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'console-logs-')),
        LOG_LEVEL: 'info',
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin.end('/predict btc 1h\n');
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));

    expect(code).toBe(0);
    expect(stdout).toContain('Market data is unavailable right now.');
    expect(stdout).not.toMatch(/"level":|^\s+at /m);
    const lines = stderr.trim().split('\n');
    expect(lines.filter((line) => !SHORT_LINE.test(line))).toEqual([]);
    expect(lines.filter((line) => /warn request failed — MarketDataError: /.test(line))).toHaveLength(1);
  }, 60_000);

  it('a log entry with an error becomes one line with its name and message', () => {
    const json = JSON.stringify({ level: 50, time: Date.UTC(2026, 11, 6, 7, 5, 9), msg: 'request failed', err: { type: 'MarketDataError', message: 'binance down', stack: 'MarketDataError: binance down\n    at x' } });
    expect(shortLogLine(json)).toBe('07:05:09 error request failed — MarketDataError: binance down\n');
  });
});
