import { defineConfig } from 'vitest/config';

/**
 * Checks on a built site: tests/dist/ read the HTML without a browser, tests/browser/ drive
 * Debian's Chromium. They need a build (DIST_DIR, default dist/) and allow long hooks. Two files
 * run at once: the browser pages in one worker while the other runs the file checks and the
 * builds of temporary copies (fail-safe, determinism, sub-path), each in a folder of its own.
 */
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts', 'tests/browser/**/*.test.ts'],
    // Vitest's default exclude has **/dist/**, which would skip tests/dist/ itself.
    exclude: ['node_modules/**', 'dist/**', 'dist.*/**'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    maxWorkers: 2,
    env: { TZ: 'UTC' },
  },
});
