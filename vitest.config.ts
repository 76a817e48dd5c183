import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['tests/browser/**', 'tests/dist/**', 'node_modules/**'],
    env: { TZ: 'UTC' },
    // Some tests load every data file or run npm run check; on a busy 2-core machine they take
    // longer than vitest's default 5 s without anything being wrong.
    testTimeout: 30_000,
  },
});
