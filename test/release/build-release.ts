// Builds and zips the extension for Chrome and Firefox into the directory given, as
// `npm run zip` does (wxt zip = build, then package), for the release tests to inspect.
// Run in a child process so the build runs under plain Node, not inside vitest.
// Usage: tsx test/release/build-release.ts OUT_DIR
import { zip } from 'wxt';

const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: build-release.ts OUT_DIR');
  process.exit(2);
}
for (const browser of ['chrome', 'firefox']) await zip({ browser, outDir });
