import type { Context, MiddlewareFn } from 'grammy';
import type { AnswerTimes } from '../app/answerTimes.js';

/** Middleware that times every update from arrival to the end of its handling, failures included. */
export function timeAnswers(times: AnswerTimes): MiddlewareFn<Context> {
  return async (_ctx, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      times.record(performance.now() - started);
    }
  };
}
