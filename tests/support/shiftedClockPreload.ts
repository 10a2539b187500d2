/**
 * Preloaded into a child process (`node --import tsx --import ./tests/support/shiftedClockPreload.ts …`):
 * its Date.now follows the ShiftedClock whose file CLOCK_FILE_ENV names. Everything in the bot reads its
 * clock through Date.now (the injected `now` defaults), so the whole process moves with the fake exchange.
 */
import { CLOCK_FILE_ENV, CLOCK_POLL_MS, readClockOffset } from './shiftedClock.js';

const file = process.env[CLOCK_FILE_ENV];
if (!file) throw new Error(`${CLOCK_FILE_ENV} must name the clock file written by ShiftedClock`);
const realNow = Date.now.bind(Date);
let offset = readClockOffset(file);
setInterval(() => {
  offset = readClockOffset(file);
}, CLOCK_POLL_MS).unref();
Date.now = () => realNow() + offset;
