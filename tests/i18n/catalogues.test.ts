import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FluentResource } from '@fluent/bundle';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../app/locales.js';
import { COMMANDS } from '../../bot/commands.js';
import { LOCALES_DIR, translator } from '../../bot/i18n/translator.js';

/** Every variable a Fluent pattern names, in any branch of a select expression. */
function variables(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) variables(item, found);
  else if (node !== null && typeof node === 'object') {
    const element = node as { type?: string; name?: string };
    if (element.type === 'var' && element.name) found.add(element.name);
    for (const value of Object.values(node)) variables(value, found);
  }
  return found;
}

/** Each message of a locale's catalogue files (by file), with the variables its text uses. */
function catalogue(locale: string): Map<string, string[]> {
  const messages = new Map<string, string[]>();
  for (const file of readdirSync(join(LOCALES_DIR, locale)).sort()) {
    const resource = new FluentResource(readFileSync(join(LOCALES_DIR, locale, file), 'utf8'));
    for (const message of resource.body) messages.set(`${file} ${message.id}`, [...variables(message)].sort());
  }
  return messages;
}

describe('the message catalogues', () => {
  const [reference, ...others] = LOCALES;
  it.each(others)('%s has exactly the keys of English, in the same files, with the same placeholders', (locale) => {
    expect(Object.fromEntries(catalogue(locale))).toEqual(Object.fromEntries(catalogue(reference)));
  });

  it.each(LOCALES)('%s describes every command, within Telegram’s 256 characters', (locale) => {
    const t = translator(locale);
    for (const { command } of COMMANDS) {
      const description = t(`command-${command}`);
      expect(description).not.toBe(`command-${command}`);
      expect(description.length).toBeGreaterThan(2);
      expect(description.length).toBeLessThanOrEqual(256);
    }
  });
});
