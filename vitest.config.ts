import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
          exclude: ['src/server/**/*.api.test.ts'],
          environment: 'node',
        },
      },
      {
        // The pure modules also run in the browser: run their tests in a DOM-like world too.
        test: {
          name: 'unit-browserlike',
          include: [
            'src/coach/**/*.test.ts',
            'src/domain/**/*.test.ts',
            'src/protocol/**/*.test.ts',
            'src/crypto/**/*.test.ts',
          ],
          environment: 'happy-dom',
        },
      },
      {
        test: {
          name: 'api',
          include: ['src/server/**/*.api.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
