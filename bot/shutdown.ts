import type { Logger } from '../app/logger.js';
import { loggable } from './userErrors.js';

/** How long in-flight work (handlers, a sweep, a delivery) may take to finish once the process is told to stop. */
export const SHUTDOWN_DEADLINE_MS = 10_000;

export interface ShutdownSteps {
  /** Stops taking work and waits for what is in flight: updates, HTTP requests, jobs, the current delivery. */
  drain(): Promise<void>;
  /** Releases what in-flight work would use (ONNX sessions, SQLite); runs only once `drain` has finished. */
  release(): Promise<void>;
}

export interface Shutdown {
  /** Shuts down now, e.g. because polling ended for good; exits with `exitCode` after a clean stop. */
  now(reason: string, exitCode: number): void;
}

/**
 * One way out of the process. SIGINT, SIGTERM, an unhandled rejection or exception (logged through the
 * redacting logger), or a caller's `now` drain in-flight work for at most SHUTDOWN_DEADLINE_MS, then release
 * the models and the database and exit. Past the deadline the process exits without releasing anything:
 * work still running must never meet a closed database, and SQLite in WAL mode survives an exit at any point.
 */
export function handleShutdown(log: Logger, steps: ShutdownSteps, deadlineMs = SHUTDOWN_DEADLINE_MS): Shutdown {
  let stopping = false;
  const stop = (reason: string, exitCode: number) => {
    if (stopping) return;
    stopping = true;
    log.info({ reason }, 'shutting down');
    const deadline = new Promise<'late'>((resolve) => setTimeout(resolve, deadlineMs, 'late').unref());
    Promise.race([steps.drain().then(() => 'drained' as const), deadline])
      .then(async (outcome) => {
        if (outcome === 'late') {
          log.error({ deadlineMs }, 'shutdown deadline passed with work in flight; exiting without releasing it');
          process.exit(1);
        }
        await steps.release();
        log.info({ exitCode }, 'stopped');
        process.exit(exitCode);
      })
      .catch((error: unknown) => {
        log.error({ err: loggable(error) }, 'shutdown failed');
        process.exit(1);
      });
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop(signal, 0));
  process.on('unhandledRejection', (error) => {
    log.fatal({ err: loggable(error) }, 'unhandled promise rejection');
    stop('unhandled rejection', 1);
  });
  process.on('uncaughtException', (error) => {
    log.fatal({ err: loggable(error) }, 'uncaught exception');
    stop('uncaught exception', 1);
  });
  return { now: stop };
}
