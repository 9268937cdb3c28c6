// Builds the Chrome extension into the directory given, for the end-to-end tests.
// Run in a child process so the build runs under plain Node, not inside vitest.
// Usage: tsx test/e2e/build-extension.ts OUT_DIR
import { build } from 'wxt';

const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: build-extension.ts OUT_DIR');
  process.exit(2);
}
await build({ browser: 'chrome', outDir });
