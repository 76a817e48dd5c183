import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['tests/browser/**', 'tests/dist/**', 'node_modules/**'],
    env: { TZ: 'UTC' },
    // Tests that load every data file (data/lait_values.csv alone is 1.9 MB) take several seconds
    // on a busy two-core machine; the 5 s default failed them there.
    testTimeout: 30_000,
    // Test files share their worker's loaded modules (no test changes a module's state): the data
    // and chart modules load once per worker instead of once per file, which halves the run.
    isolate: false,
  },
});
