import { dirname, relative, resolve, sep } from 'node:path';

/**
 * The layers, bottom up, and the top-level folders each may import from: `market ← inference ←
 * storage/app ← bot | api`. Tooling sits beside them; nothing but tests imports `tests/`.
 */
export const LAYERS = {
  market: [],
  inference: ['market'],
  storage: ['market', 'inference'],
  app: ['market', 'inference', 'storage'],
  bot: ['market', 'inference', 'storage', 'app'],
  api: ['market', 'inference', 'storage', 'app'],
  models: ['market', 'inference'],
  backtest: ['market', 'inference', 'storage', 'app'],
  // The browser's board talks to the server through the JSON API only.
  web: [],
};

/** The process entry starts both doors (the bot, and the HTTP API beside it), so it alone may import api/. */
export const ENTRY_IMPORTS = { 'bot/main.ts': ['api'] };

const root = resolve(import.meta.dirname, '..');

function topFolder(path) {
  const inside = relative(root, path);
  return inside.startsWith('..') ? null : inside.split(sep)[0];
}

/** An ESLint rule: a relative import that reaches a folder its layer may not use is an error. */
export const layerImports = {
  meta: {
    type: 'problem',
    docs: { description: 'imports follow the layers (eslint/layers.js)' },
    messages: {
      wrongWay: '{{from}}/ may not import from {{to}}/: the layers are market ← inference ← storage/app ← bot | api (eslint/layers.js).',
    },
    schema: [],
  },
  create(context) {
    const from = topFolder(context.filename);
    if (!LAYERS[from]) return {};
    const allowed = [...LAYERS[from], ...(ENTRY_IMPORTS[relative(root, context.filename).split(sep).join('/')] ?? [])];
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const to = topFolder(resolve(dirname(context.filename), spec));
      if (to === null || to === from || allowed.includes(to)) return;
      context.report({ node: node.source, messageId: 'wrongWay', data: { from, to } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};
