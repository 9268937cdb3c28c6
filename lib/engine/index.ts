// The one entry point of the checker (CONTRACTS.md §5): `createChecker(settings)`, with the
// checker's data as the repository holds it (lib/engine/shipped-data.ts). The scanner, the
// tests and the bench come here. The extension's background builds its checker with
// `buildChecker` (checker.ts) and data read from files, so that the data stay out of
// background.js; both give the same answers (platform/background/checker-data.test.ts).
import { buildChecker, type Checker, type CheckerOptions } from './checker';
import type { CheckerData } from './data';
import { SHIPPED_DATA } from './shipped-data';
import type { SchoolSettings } from '../settings/types';

export * from './checker';
export { compileContext, type CheckerData, type CompileContext } from './data';
export { SHIPPED_DATA } from './shipped-data';

export function createChecker(
  settings: SchoolSettings,
  options: CheckerOptions & { data?: CheckerData } = {},
): Checker {
  return buildChecker(settings, options.data ?? SHIPPED_DATA, options);
}
