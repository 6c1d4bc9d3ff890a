// One lint configuration for every workspace (each runs `eslint` on its own folders).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// The dashboard and packages/ui: import boundaries, with ESLint's own no-restricted-imports.
// - Nothing of the server but the schema package and the generated types: @jixiao/server is for the
//   browser tests and scripts, and only its test harness (@jixiao/server/testing).
// - A feature (apps/dashboard/src/modules/<x>) reaches another only through its public entry
//   (modules/<y>/index.ts, imported as the folder): no path into another module. A relative path leaves
//   its own module after one '../' more than the file is deep in it, so each depth gets its pattern.
const SERVER = {
  group: ['@jixiao/server', '@jixiao/server/*'],
  message: 'The dashboard takes nothing from the server but @jixiao/schema and the generated types.',
};
const SERVER_BUT_HARNESS = {
  regex: '^@jixiao/server(?!/testing$)(/|$)',
  message: 'Browser tests and scripts may use the server only through its test harness, @jixiao/server/testing.',
};
const MODULE_DEPTHS = [0, 1, 2, 3];
const deepImport = (depth) => ({
  regex: `^(?:\\.\\./){${depth + 1}}[^./][^/]*/`,
  message: "Another feature is reached through its public entry: import from the module's folder (its index.ts).",
});
const boundaries = [
  {
    files: ['apps/dashboard/src/**/*.{ts,tsx}', 'packages/ui/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [SERVER] }] },
  },
  {
    files: ['apps/dashboard/e2e/**/*.ts', 'apps/dashboard/scripts/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [SERVER_BUT_HARNESS] }] },
  },
  ...MODULE_DEPTHS.map((depth) => ({
    files: [`apps/dashboard/src/modules/*/${'*/'.repeat(depth)}*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns: [SERVER, deepImport(depth)] }] },
  })),
];

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
  // The React code: the hooks rules (v7's recommended set, React Compiler checks included).
  {
    files: ['apps/dashboard/**/*.{ts,tsx}', 'packages/ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.flat.recommended.rules },
  },
  ...boundaries,
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
