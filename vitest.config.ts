import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    env: { TZ: 'UTC' },
    pool: 'forks',
    // Generous: on a busy 2-core machine a jsdom test's first render alone can pass 5 s
    // (Vitest's default). A timeout catches a hang; it is not a speed check.
    testTimeout: 30_000,
  },
});
