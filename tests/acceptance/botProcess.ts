import { spawn, type ChildProcess } from 'node:child_process';
import type { BotApiEmulator } from '../support/botApiEmulator.js';

/** The token acceptance runs give the real bot; the Bot API emulator checks it. */
export const ACCEPTANCE_TOKEN = '123456789:acceptance-token-abcdefghijklmnopqrstuvwxyz';

export interface BotProcess {
  child: ChildProcess;
  /** Ends the process with `signal` and waits until it has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * The real bot process (bot/main.ts through tsx, as `npm start` runs it) with `env` on top of this
 * process's environment; `preload` modules are imported first. Its output goes to this terminal, or with
 * `stdout: 'pipe'` / `stderr: 'pipe'` to child.stdout / child.stderr for the caller to read; with
 * `stdin: 'pipe'` the caller types into child.stdin (console mode).
 */
export function startBotProcess(
  env: Record<string, string>,
  {
    preload = [],
    stdin = 'ignore',
    stdout = 'inherit',
    stderr = 'inherit',
  }: { preload?: readonly string[]; stdin?: 'ignore' | 'pipe'; stdout?: 'inherit' | 'pipe'; stderr?: 'inherit' | 'pipe' } = {},
): BotProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', ...preload.flatMap((p) => ['--import', p]), 'bot/main.ts'], {
    env: { ...process.env, ...env },
    stdio: [stdin, stdout, stderr],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** Resolves once the bot long-polls the emulator (a getUpdates call after the `since`-th call). */
export async function waitForPolling(emulator: BotApiEmulator, since: number, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!emulator.calls.slice(since).some((c) => c.method === 'getUpdates')) {
    if (Date.now() > deadline) throw new Error(`the bot did not start polling within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
