/** Small builders for the routes' JSON schemas: each says once what a field is, for validation and OpenAPI. */
export type JsonSchema = Record<string, unknown>;

/** An object with exactly these keys, all required except `optional`. */
export function object(
  properties: Record<string, JsonSchema>,
  { optional = [], description }: { optional?: readonly string[]; description?: string } = {},
): JsonSchema {
  return {
    type: 'object',
    ...(description && { description }),
    properties,
    required: Object.keys(properties).filter((key) => !optional.includes(key)),
    additionalProperties: false,
  };
}

/** The schema, or null. */
export function orNull(schema: JsonSchema): JsonSchema {
  if (typeof schema.type === 'string') return { ...schema, type: [schema.type, 'null'] };
  return { anyOf: [schema, { type: 'null' }], ...(schema.description ? { description: schema.description } : {}) };
}

export const number = (description?: string): JsonSchema => ({ type: 'number', ...(description && { description }) });
export const integer = (description?: string): JsonSchema => ({ type: 'integer', ...(description && { description }) });
export const string = (description?: string): JsonSchema => ({ type: 'string', ...(description && { description }) });
export const boolean = (description?: string): JsonSchema => ({ type: 'boolean', ...(description && { description }) });
export const oneOf = (values: readonly (string | number)[], description?: string): JsonSchema => ({
  type: typeof values[0] === 'number' ? 'integer' : 'string',
  enum: [...values],
  ...(description && { description }),
});
export const arrayOf = (items: JsonSchema, description?: string): JsonSchema => ({
  type: 'array',
  items,
  ...(description && { description }),
});
export const epochMs = (description: string): JsonSchema => integer(`${description} (epoch milliseconds, UTC)`);
/** A reference to a shared schema (added with addSchema under this $id); OpenAPI lists it under components. */
export const ref = (id: string): JsonSchema => ({ $ref: `${id}#` });
