import { defineConfig } from 'vitest/config';

/** `npm test`: everything that needs only Node and the repository's own dependencies. */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The suites that drive a real browser have their own script (npm run test:browser, vitest.browser.config.ts).
    exclude: ['test/browser/**', '**/node_modules/**'],
    testTimeout: 30_000,
    pool: 'forks',
    globalSetup: ['test/setup/build-once.ts'],
  },
});
