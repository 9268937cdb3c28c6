// What the checker knows that does not depend on the school, handed in rather than imported,
// so that the extension can ship it as files beside its script instead of inside it
// (platform/background/checker-data.ts reads them; wxt.config.ts writes them), while Node
// (the scanner, the tests, the bench) imports it (lib/engine/shipped-data.ts).
// Read-only: checkers may share one CheckerData, and each decodes what it needs itself.
import type { ActSources } from '../disparaging/acts/kinds';
import type { EncodedModel } from '../disparaging/tone/encoded';
import type { EncodedNamesModel } from '../names/model/encoded';
import type { ShortFormEntry } from '../names/staff-short-forms';
import type { SchoolWordData } from '../school/school-words';
import type { PolicyPack } from '../policy/types';
import type { ChildCueSource } from '../names/child-cue-list';
import type { InvitationSources } from '../contact/invitation-sources';
import { installWordData, type WordData } from '../text/word-data';

/** Where the extension's build puts the CheckerData, as JSON, beside background.js. */
export const CHECKER_DATA_FILE = 'data/checker-data.json';

export interface CheckerData {
  /**
   * The tone model's weights as `npm run train:tone` wrote them (tone/model-data.ts), or
   * undefined when they could not be read: the disparaging check then goes by its rules
   * alone (tone/signals.ts `rulesAttack`) rather than staying silent.
   */
  toneModel?: EncodedModel;
  /**
   * The names model's weights and thresholds as `npm run train:names` wrote them
   * (lib/names/model/model-data.ts), or undefined: the name rules then decide alone.
   */
  namesModel?: EncodedNamesModel;
  /**
   * The short forms of given names staff go by ("Bev" for Beverley: lib/names/staff-short-forms.ts),
   * or undefined: staff are then found by their listed names only.
   */
  staffShortForms?: readonly ShortFormEntry[];
  /**
   * The school words (lib/school/school-words.ts, SCHOOL_WORD_DATA): Welsh councils' names,
   * counties' short forms and the words beside a school's short name; or undefined: the
   * school is then found by the names the settings give and their derived forms only.
   */
  schoolWords?: SchoolWordData;
  /**
   * The word lists (lib/text/word-data.ts): English words, everyday words and compromise's
   * lexicon. Required: without them no name is told from a word. When the file cannot be
   * read the background passes NO_WORDS, which makes every listed name a name (recall first).
   * Installed for the look-ups in lib/text when a checker's context is made, before any
   * detector compiles or checks.
   */
  words: WordData;
  /**
   * The seed school's policy pack (lib/policy/seed.ts): what a school without its own policy
   * cites, and what tells a school's clause that is the seed's own, word for word, so that it
   * keeps the seed's reason (lib/policy/citations.ts). About 27 KB of text that the
   * extension's background reads from the data file rather than carrying in its script.
   */
  seedPolicy: PolicyPack;
  /**
   * The act vocabulary of the disparaging check (lib/disparaging/acts/): about 35 KB of
   * patterns the background reads from the data file rather than carrying in its script.
   * When the file cannot be read, NO_ACTS: the targets and the tone model still decide.
   */
  acts: ActSources;
  /**
   * The child-reference cue patterns (lib/names/child-cue-list.ts): about 12 KB of patterns
   * the background reads from the data file rather than carrying in its script. When
   * undefined, children on no list are found by the general step alone (child-context.ts).
   */
  childCues?: readonly ChildCueSource[];
  /**
   * parent-contact's phrase lists (lib/contact/invitation-data.ts: the invitations, who they
   * are aimed at, the other languages' invitations): about 16 KB of patterns the background
   * reads from the data file rather than carrying in its script. When undefined, no invitation
   * is known and parent-contact raises nothing; every other check is unaffected.
   */
  invitations?: InvitationSources;
}

/** What createChecker hands each detector's `compile`, once per checker. */
export interface CompileContext {
  data: CheckerData;
  /**
   * Work several detectors need from the same settings, done once per checker and kept by
   * it alone: `shared('name-index', () => buildNameIndex(settings))`. Two checkers never
   * share it, so rebuilding a checker for new settings starts clean.
   */
  shared: <T>(key: string, build: () => T) => T;
}

/** A fresh context: the engine makes one per checker; tests that compile one detector, their own. */
export function compileContext(data: CheckerData): CompileContext {
  installWordData(data.words);
  const built = new Map<string, unknown>();
  return {
    data,
    shared<T>(key: string, build: () => T): T {
      if (!built.has(key)) built.set(key, build());
      return built.get(key) as T;
    },
  };
}
