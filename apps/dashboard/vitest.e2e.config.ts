import { defineConfig } from 'vitest/config';

// Browser tests: the built dashboard served by the built server on a demo database, in Debian's chromium.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['./e2e/setup/global-server.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    // One browser at a time on two cores.
    fileParallelism: false,
  },
});
