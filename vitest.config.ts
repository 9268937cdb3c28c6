import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: [
      'lib/**/*.test.ts',
      'components/**/*.test.tsx',
      'entrypoints/**/*.test.ts',
      'platform/**/*.test.ts',
      'test/**/*.test.ts',
      'test/**/*.test.tsx',
    ],
    testTimeout: 20_000,
  },
});
