// Reads the sample exports in test/fixtures/class-lists/ (one per MIS shape and broken case).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CLASS_LIST_FIXTURES = fileURLToPath(
  new URL('./fixtures/class-lists/', import.meta.url),
);

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(CLASS_LIST_FIXTURES + name));
}
