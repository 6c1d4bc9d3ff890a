// One lint configuration for every workspace (each runs `eslint` on its own folders).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/generated/**', '**/*.d.ts', '**/coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  // The server's boundaries (issue 10). rules/ is pure: it imports nothing of the server. A feature reaches
  // another only through its public entry, modules/<feature>/index.ts; entities may name each other's
  // entities (the database schema is one graph of relations).
  {
    files: ['apps/server/src/rules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./(\\.\\./)*(modules|graphql|database|http|demo|bench|testing)(/|$)',
              message:
                'rules/ holds pure domain rules: it imports nothing from the server (modules, graphql, database …).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/server/src/modules/*/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./[^./][^/]*/(?!index\\.js$)(?![^/]+\\.entity\\.js$)',
              message: 'Reach another feature through its public entry: ../<feature>/index.js.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/server/src/modules/*/*/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./\\.\\./[^./][^/]*/(?!index\\.js$)(?![^/]+\\.entity\\.js$)',
              message: 'Reach another feature through its public entry: ../../<feature>/index.js.',
            },
          ],
        },
      ],
    },
  },
);
