import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { layerImports } from './eslint/layers.js';

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'artifacts/', 'web/dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { project: { rules: { 'layer-imports': layerImports } } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
      'project/layer-imports': 'error',
    },
  },
);
