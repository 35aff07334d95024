import { defineConfig } from 'vitest/config';

// Real browsers: one file at a time, long timeouts (Firefox launch is ~3 s).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    maxWorkers: 1,
  },
});
