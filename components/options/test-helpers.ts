// Shared by the options component tests: fixture files as browser File objects.
import { fixtureBytes } from '../../test/class-list-fixtures';

export function fixtureFile(name: string): File {
  return new File([fixtureBytes(name) as BlobPart], name);
}

export function textFile(name: string, text: string): File {
  return new File([text], name);
}

/** Lets pending promises and Preact's re-render settle. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
