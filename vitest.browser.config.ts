import { defineConfig } from 'vitest/config';

/** `npm run test:browser`: the suites that drive Chromium (the HTML report, the CodeMirror demo), Neovim (the language server) and a terminal (util-linux `script`, the progress bar). */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    globalSetup: ['test/setup/build-once.ts'],
  },
});
