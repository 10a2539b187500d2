import { ERROR_CODES, type ErrorCode } from './errorCodes.js';

/** An error the HTTP door raises itself (bad parameter, no token, no route); its message is for the client. */
export class ApiError extends Error {
  constructor(readonly code: ErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
  }

  /** Read by Fastify and @fastify/rate-limit like any HTTP error's status. */
  get statusCode(): number {
    return ERROR_CODES[this.code].status;
  }
}
