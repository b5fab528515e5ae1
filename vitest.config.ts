import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    // Converts every sample once for the whole run (test files read the results).
    globalSetup: ['tests/support/converted-samples.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
