import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['tests/browser/**', 'tests/dist/**', 'node_modules/**'],
    env: { TZ: 'UTC' },
    // Tests that load every data file (now with the LAIT values) can pass 5 s on a busy 2-core machine.
    testTimeout: 30_000,
  },
});
