import { ERROR_CODE_NAMES, ERROR_CODES, type ErrorCode } from '../errorCodes.js';
import { arrayOf, object, oneOf, string, type JsonSchema } from './jsonSchema.js';

export const errorDetailSchema: JsonSchema = {
  $id: 'ErrorDetail',
  ...object(
    {
      code: oneOf(ERROR_CODE_NAMES, 'Stable: a client branches on it'),
      message: string('What was wrong and what to send instead; for people, may change'),
      suggestions: arrayOf(string(), 'unknown_symbol only: the closest listed pairs'),
    },
    { optional: ['suggestions'], description: 'What went wrong, as a stable code and a message.' },
  ),
};

/** The error answers of a route, by status; each status says which codes it carries. */
export function errorResponses(codes: readonly ErrorCode[]): Record<number, JsonSchema> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of codes) {
    const { status } = ERROR_CODES[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return Object.fromEntries(
    [...byStatus].map(([status, list]) => [
      status,
      object({ error: { $ref: 'ErrorDetail#' } }, { description: list.map((c) => `${c}: ${ERROR_CODES[c].meaning}`).join(' ') }),
    ]),
  );
}
