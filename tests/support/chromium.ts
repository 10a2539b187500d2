import { existsSync } from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';

const warned = { done: false };

/**
 * Whether the browser tests can run here: Debian's Chromium, driven by playwright-core. Without it they
 * skip with one line saying what to install; with REQUIRE_CHROMIUM=1 (CI) its absence is a failure.
 */
export function chromiumOrSkip(): { skip: boolean } {
  if (existsSync(CHROMIUM)) return { skip: false };
  const reason = `${CHROMIUM} is missing; install with: apt-get install -y chromium`;
  if (process.env.REQUIRE_CHROMIUM === '1') throw new Error(`REQUIRE_CHROMIUM=1 but ${reason}`);
  if (!warned.done) {
    warned.done = true;
    console.warn(`skipping browser tests: ${reason}`);
  }
  return { skip: true };
}
