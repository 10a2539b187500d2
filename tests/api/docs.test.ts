import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, ERROR_CODE_NAMES } from '../../api/errorCodes.js';
import { useHttpApi } from '../support/httpApi.js';

const page = readFileSync('docs/http-api.md', 'utf8');
const api = useHttpApi();

describe('docs/http-api.md', () => {
  it('lists every error code with its status, as api/errorCodes.ts has them', () => {
    for (const code of ERROR_CODE_NAMES) expect(page).toContain(`| \`${code}\` | ${ERROR_CODES[code].status} |`);
  });

  it('has a row for every route of the OpenAPI document', async () => {
    const { paths } = (await api.get('/openapi.json')).json() as { paths: Record<string, Record<string, unknown>> };
    for (const [path, methods] of Object.entries(paths)) {
      for (const method of Object.keys(methods)) expect(page).toContain(`| ${method.toUpperCase()} | \`${path}\` |`);
    }
  });
});
