import { defineConfig } from 'vitest/config';

/**
 * Checks on a built site: tests/dist/ read the HTML without a browser, tests/browser/ drive
 * Debian's Chromium. They need a build (DIST_DIR, default dist/), run one file at a time (one
 * browser, and the fail-safe and determinism tests run whole builds) and allow long hooks.
 */
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts', 'tests/browser/**/*.test.ts'],
    // Vitest's default exclude has **/dist/**, which would skip tests/dist/ itself.
    exclude: ['node_modules/**', 'dist/**', 'dist.*/**'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    env: { TZ: 'UTC' },
  },
});
