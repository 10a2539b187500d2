import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATE_COMMAND, WEB_API_TYPES_FILE, webApiTypes } from '../../api/webApiTypes.js';

describe('the board\u2019s generated API types', () => {
  it('are what the API\u2019s schemas generate today', async () => {
    const committed = readFileSync(WEB_API_TYPES_FILE, 'utf8');
    expect(committed, `${WEB_API_TYPES_FILE} is out of step with api/schemas/: run \`${GENERATE_COMMAND}\` and commit it`).toBe(
      await webApiTypes(),
    );
  });
});
