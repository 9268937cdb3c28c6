import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    testTimeout: 20_000,
    benchmark: { include: ['bench/**/*.bench.ts'] },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'lib/**/*.test.ts',
            'components/**/*.test.ts',
            'components/**/*.test.tsx',
            'entrypoints/**/*.test.ts',
            'platform/**/*.test.ts',
            'test/**/*.test.ts',
            'test/**/*.test.tsx',
          ],
          exclude: ['test/e2e/**'],
          setupFiles: ['test/setup-words.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        // Real Chromium and Firefox ESR with the built extension (test/e2e/chromium.ts, firefox.ts).
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          // One browser at a time: timings stay honest on a two-core machine.
          fileParallelism: false,
          // After the unit tests, not beside them: Chromium would skew their timing checks.
          sequence: { groupOrder: 1 },
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
