import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'project/layer-imports').map((m) => m.message);
}

describe('the layer rule of the lint', () => {
  it('fails an import that goes the wrong way', async () => {
    expect(await layerErrors('app/example.ts', "import { createBot } from '../bot/createBot.js';\nexport const x = createBot;\n")).toEqual([
      expect.stringMatching(/^app\/ may not import from bot\//),
    ]);
    expect(await layerErrors('inference/example.ts', "export { openDatabase } from '../storage/database.js';\n")).toHaveLength(1);
    expect(await layerErrors('market/deep/example.ts', "const m = await import('../../inference/prediction.js');\nexport { m };\n")).toHaveLength(1);
    expect(await layerErrors('bot/example.ts', "import { x } from '../tests/support/x.js';\nexport { x };\n")).toHaveLength(1);
    expect(await layerErrors('bot/example.ts', "import { x } from '../api/createHttpServer.js';\nexport { x };\n")).toHaveLength(1);
    expect(await layerErrors('api/example.ts', "import { x } from '../bot/createBot.js';\nexport { x };\n")).toHaveLength(1);
  });

  it('lets the process entry start the HTTP door beside the bot', async () => {
    expect(await layerErrors('bot/main.ts', "import { x } from '../api/createHttpServer.js';\nexport { x };\n")).toEqual([]);
  });

  it('lets an import that goes down the layers through, and a folder of the same name inside a layer', async () => {
    expect(await layerErrors('bot/example.ts', "import { createApp } from '../app/createApp.js';\nexport { createApp };\n")).toEqual([]);
    expect(await layerErrors('inference/example.ts', "import { ModelRegistry } from './models/registry.js';\nexport { ModelRegistry };\n")).toEqual([]);
  });
});
