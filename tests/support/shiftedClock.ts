import { readFileSync, renameSync, writeFileSync } from 'node:fs';

/** The environment variable that tells a child process where its clock file is (see shiftedClockPreload.ts). */
export const CLOCK_FILE_ENV = 'SHIFTED_CLOCK_FILE';

/**
 * A wall clock set to another moment that runs at the real pace, shared with a child process: the offset
 * from the real clock lives in a file the child re-reads. Acceptance runs use it to put the real bot inside
 * the candle data (2021) and to move it, with the fake exchange, past a signal's horizon.
 */
export class ShiftedClock {
  private offset: number;

  constructor(readonly file: string, start: number) {
    this.offset = start - Date.now();
    this.write();
  }

  readonly now = (): number => Date.now() + this.offset;

  /** Moves this clock, and the child's within CLOCK_POLL_MS, forward by `ms`. */
  advance(ms: number): void {
    this.offset += ms;
    this.write();
  }

  private write(): void {
    // Written aside and renamed, so the child never reads half a number.
    writeFileSync(`${this.file}.next`, String(this.offset));
    renameSync(`${this.file}.next`, this.file);
  }
}

/** How often the child re-reads the offset. */
export const CLOCK_POLL_MS = 50;

export function readClockOffset(file: string): number {
  const offset = Number(readFileSync(file, 'utf8'));
  if (!Number.isFinite(offset)) throw new Error(`${file} does not hold a clock offset in milliseconds`);
  return offset;
}
