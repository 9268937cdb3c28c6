// The checker's data as the repository holds it, imported: for Node (the scanner, the tests,
// the bench) and `createChecker(settings)`. The extension does not import this module: its
// background reads the same data from files (platform/background/checker-data.ts), which
// keeps them out of background.js.
import { SHIPPED_ACTS } from '../disparaging/acts';
import { MODEL } from '../disparaging/tone/model-data';
import { NAMES_MODEL } from '../names/model/model-data';
import { STAFF_SHORT_FORMS } from '../names/staff-short-forms';
import { SCHOOL_WORD_DATA } from '../school/school-words';
import { seedPolicyPack } from '../policy/seed';
import { SHIPPED_WORDS } from '../text/shipped-words';
import { CHILD_CUE_SOURCES } from '../names/child-cue-list';
import { INVITATION_SOURCES } from '../contact/invitation-data';
import type { CheckerData } from './data';

export const SHIPPED_DATA: CheckerData = {
  toneModel: MODEL,
  namesModel: NAMES_MODEL,
  staffShortForms: STAFF_SHORT_FORMS,
  schoolWords: SCHOOL_WORD_DATA,
  words: SHIPPED_WORDS,
  seedPolicy: seedPolicyPack,
  acts: SHIPPED_ACTS,
  childCues: CHILD_CUE_SOURCES,
  invitations: INVITATION_SOURCES,
};

/**
 * The text of data/checker-data.json, as the build writes it beside background.js
 * (wxt.config.ts) and as the tests and the bench serve it to the code that reads that file.
 */
export function checkerDataFileText(): string {
  return JSON.stringify(SHIPPED_DATA);
}
