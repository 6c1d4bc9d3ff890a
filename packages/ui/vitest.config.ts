import { defineConfig } from 'vitest/config';

// Pure formatters run in Node; component tests opt into happy-dom with a file docblock.
export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
