// The checker's data as the repository holds it, imported: for Node (the scanner, the tests,
// the bench) and `createChecker(settings)`. The extension does not import this module: its
// background reads the same data from files (platform/background/checker-data.ts), which
// keeps them out of background.js.
import { MODEL } from '../disparaging/tone/model-data';
import { SHIPPED_WORDS } from '../text/shipped-words';
import type { CheckerData } from './data';

export const SHIPPED_DATA: CheckerData = { toneModel: MODEL, words: SHIPPED_WORDS };
