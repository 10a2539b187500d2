import type { ErrorCode } from '../errorCodes.js';
import { errorResponses } from '../schemas/error.js';
import type { JsonSchema } from '../schemas/jsonSchema.js';

/** What any guarded route may answer besides its own errors. */
const GUARD_ERRORS: readonly ErrorCode[] = ['unauthorized', 'rate_limited', 'internal'];

/** A route's error responses for the OpenAPI document: its own codes and the guards'. */
export const routeErrors = (...codes: ErrorCode[]): Record<number, JsonSchema> => errorResponses([...codes, ...GUARD_ERRORS]);
