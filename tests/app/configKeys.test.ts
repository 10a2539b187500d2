import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS } from '../../app/config.js';

/**
 * The config schema (app/config.ts) is the one source of truth; .env.example documents every key, README.md
 * lists them under "Configuration" and docs/operations.md explains them. This test fails when any of them
 * names a key the schema does not read, or leaves one out.
 */

const read = (path: string) => readFileSync(path, 'utf8');

/** `KEY=` lines of .env.example (comments and blank lines skipped). */
function envExampleKeys(): string[] {
  return read('.env.example')
    .split('\n')
    .flatMap((line) => /^([A-Z][A-Z0-9_]*)=/.exec(line)?.[1] ?? []);
}

/** The lines of a markdown file from the heading `title` to the next heading of the same or a higher level. */
function section(markdown: string, title: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => /^#+ /.test(line) && line.replace(/^#+ /, '').trim() === title);
  if (start < 0) throw new Error(`no heading "${title}"`);
  const level = /^#+/.exec(lines[start]!)![0].length;
  const end = lines.findIndex((line, k) => k > start && new RegExp(`^#{1,${level}} `).test(line));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** README: list items that start with a key in backticks, e.g. "- `API_PORT` turns on the HTTP API". */
function readmeKeys(): string[] {
  return section(read('README.md'), 'Configuration').flatMap((line) => /^- `([A-Z][A-Z0-9_]*)`/.exec(line)?.[1] ?? []);
}

/** docs/operations.md: table rows that start with a key in backticks, e.g. "| `API_PORT` | unset | ... |". */
function operationsKeys(): string[] {
  return section(read('docs/operations.md'), 'Configuration keys').flatMap((line) => /^\| `([A-Z][A-Z0-9_]*)`/.exec(line)?.[1] ?? []);
}

const schemaKeys: string[] = [...CONFIG_KEYS].sort();

describe('configuration keys', () => {
  it('are read from the schema object', () => {
    expect(CONFIG_KEYS).toContain('TELEGRAM_BOT_TOKEN');
    expect(CONFIG_KEYS).toContain('TELEGRAM_WEBHOOK_SECRET');
    expect(new Set(CONFIG_KEYS).size).toBe(CONFIG_KEYS.length);
  });

  it.each([
    ['.env.example', envExampleKeys],
    ["README.md's Configuration list", readmeKeys],
    ["docs/operations.md's Configuration keys table", operationsKeys],
  ])('are the same set in %s as in app/config.ts', (_where, keysOf) => {
    const listed = keysOf();
    expect(listed.filter((key, k) => listed.indexOf(key) !== k), 'listed twice').toEqual([]);
    expect(listed.filter((key) => !schemaKeys.includes(key)), 'not in the schema').toEqual([]);
    expect(schemaKeys.filter((key) => !listed.includes(key)), 'missing').toEqual([]);
  });
});
