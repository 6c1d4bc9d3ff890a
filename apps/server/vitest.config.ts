import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Vite would pick graphql's ESM build while type-graphql (loaded by Node) gets the CommonJS one:
    // two copies of graphql break `instanceof` checks, so both must be the one Node resolves.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    setupFiles: ['./test/setup/reflect.ts', './test/setup/county-dates.ts'],
    globalSetup: ['./test/setup/global-database.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: files run in parallel, each on its own database.
    maxWorkers: 2,
  },
});
