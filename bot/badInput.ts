import { INTL_LOCALE } from '../app/locales.js';
import { langFor, type Lang } from './i18n/chatLocale.js';

/** A variable of a bad-input message: HTML-ready text (user input already escaped), or a list joined in the reader's words. */
export type BadInputVariables = Record<string, string | readonly string[]>;

/**
 * What a user typed cannot be served. The message is the catalogue's `key` (bot/locales/<locale>/chat.ftl)
 * with its `variables`, ready-to-send HTML (user input already escaped and shortened) that says what was
 * wrong and what to type instead; toUserError renders it in the reader's language.
 */
export class BadInputError extends Error {
  constructor(
    readonly key: string,
    readonly variables: BadInputVariables = {},
  ) {
    super(`bad input: ${key}`);
    this.name = 'BadInputError';
  }

  /** The message in `lang` (HTML). */
  render(lang: Lang): string {
    const list = new Intl.ListFormat(INTL_LOCALE[lang.locale], { style: 'long', type: 'conjunction' });
    const values = Object.fromEntries(
      Object.entries(this.variables).map(([name, value]) => [name, typeof value === 'string' ? value : list.format(value)]),
    );
    return lang.t(this.key, values);
  }

  /** The message in English (logs and tests). */
  get userMessage(): string {
    return this.render(langFor('en'));
  }
}
