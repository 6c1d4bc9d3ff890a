import { defineConfig } from 'vitest/config';

// Transforms and dictionaries are pure: they run in Node, without a DOM.
export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
