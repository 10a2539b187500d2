/**
 * What a user typed cannot be served. `userMessage` is ready-to-send HTML (user input already
 * escaped and shortened) that says what was wrong and what to type instead.
 */
export class BadInputError extends Error {
  constructor(readonly userMessage: string) {
    super(`bad input: ${userMessage}`);
    this.name = 'BadInputError';
  }
}
