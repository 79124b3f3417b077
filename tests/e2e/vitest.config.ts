import { defineConfig } from 'vitest/config';

// Browser tests: the production build served on localhost, driven in Debian's Chromium.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    env: { TZ: 'UTC' },
    // A hang-catcher, not a speed check: some tests open five or six pages, and at load
    // average ~39 on 2 cores (a run with two \`yes\` beside five other builds) they took > 60 s.
    testTimeout: 240_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
