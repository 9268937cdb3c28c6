// Reads the sample exports in test/fixtures/class-lists/ (one per MIS shape and broken case).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Tests run from the project root (vitest and playwright alike); import.meta.url is not a
// file URL under the happy-dom environment.
export const CLASS_LIST_FIXTURES = join(process.cwd(), 'test/fixtures/class-lists');

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(CLASS_LIST_FIXTURES, name)));
}
