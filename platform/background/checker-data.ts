// The checker's data (lib/engine/data.ts: the word lists, the tone and names models' weights
// and the seed policy), read from the file the build writes beside background.js (wxt.config.ts) rather
// than carried inside it: about 450 KB less script for a woken worker to load. The file is part of the
// extension, so reading it is local, never the network. Read once per worker, beside the
// settings (checker-host.ts): the first check waits for both. A damaged or missing file is
// reported on the console; without usable word lists the checker gets NO_WORDS (no word is
// English, so every listed name is flagged: recall first), without a usable tone model it
// goes by its rules alone, without the seed policy a school with no policy of its own sees
// its warnings without clause numbers (NO_POLICY); without parent-contact's phrase lists no
// invitation is known, and without the child-context words the general child-reference step
// finds no one. Each field is checked alone: a damaged one is dropped, the rest kept.
import { isChildCueSources } from '../../lib/names/child-cues';
import { isInvitationSources } from '../../lib/contact/invitation-sources';
import { isChildContextWords } from '../../lib/names/child-context-shape';
import { browser } from '#imports';
import * as v from 'valibot';
import { CHECKER_DATA_FILE, type CheckerData } from '../../lib/engine/data';
import type { EncodedModel } from '../../lib/disparaging/tone/encoded';
import type { EncodedNamesModel } from '../../lib/names/model/encoded';
import type { ShortFormEntry } from '../../lib/names/staff-short-forms';
import type { SchoolWordData } from '../../lib/school/school-words';
import { NO_WORDS, type WordData } from '../../lib/text/word-data';
import type { PolicyPack } from '../../lib/policy/types';
import {
  ACT_KINDS,
  NO_ACTS,
  type ActSources,
  type TargetGroup,
} from '../../lib/disparaging/acts/kinds';
import { policyPackSchema } from '../../lib/settings/schema';
import { markStart } from './start-marks';

let loading: Promise<CheckerData> | undefined;

/** The data, read from the extension's file on first call; later calls share the promise. */
export function loadCheckerData(): Promise<CheckerData> {
  loading ??= readCheckerData(readFile).then((data) => {
    markStart('data');
    return data;
  });
  return loading;
}

/** What `read` gives, checked; a file that cannot be read is reported. Never rejects. */
export function readCheckerData(read: () => Promise<unknown>): Promise<CheckerData> {
  return read().then(checkerDataOf, (error: unknown) => {
    console.error(
      'Before You Post: the checker data could not be read; every listed name will be flagged and the tone check goes by its rules alone',
      error,
    );
    return { words: NO_WORDS, seedPolicy: NO_POLICY, acts: NO_ACTS };
  });
}

/** A policy with no clauses: every topic cites nothing (the warnings still show). */
export const NO_POLICY: PolicyPack = { format: 'policy-pack', version: 1, title: '', clauses: [] };

async function readFile(): Promise<unknown> {
  const response = await fetch(browser.runtime.getURL(`/${CHECKER_DATA_FILE}`));
  return response.json();
}

/** What of `raw` is usable: word lists, a tone model and a seed policy of the right shape,
 * each or none. */
export function checkerDataOf(raw: unknown): CheckerData {
  const {
    toneModel,
    namesModel,
    staffShortForms,
    schoolWords,
    words,
    seedPolicy,
    acts,
    childCues,
    invitations,
  } = (raw ?? {}) as Record<string, unknown>;
  const data: CheckerData = { words: NO_WORDS, seedPolicy: NO_POLICY, acts: NO_ACTS };
  if (isWordData(words)) {
    // The famous names and the non-pupil words are optional: a malformed list is dropped,
    // the words kept.
    const { famous, nonPupil, childContext, ...rest } = words;
    data.words = {
      ...rest,
      ...(isFamous(famous) ? { famous } : {}),
      ...(isNonPupil(nonPupil) ? { nonPupil } : {}),
      ...(isChildContextWords(childContext) ? { childContext } : {}),
    };
    // Without them the general child-reference step finds no one (lib/names/child-context.ts).
    if (!isChildContextWords(childContext))
      console.error(
        'Before You Post: the checker data file has no usable child-context words; children on no list are found by the cue patterns alone',
      );
  } else {
    console.error(
      'Before You Post: the checker data file has no usable word lists; every listed name will be flagged',
    );
  }
  if (isEncodedModel(toneModel)) data.toneModel = toneModel;
  else console.error('Before You Post: the checker data file has no usable tone model');
  // Without the names model the name rules decide alone (lib/names/model/apply.ts).
  if (isNamesModel(namesModel)) data.namesModel = namesModel;
  else console.error('Before You Post: the checker data file has no usable names model');
  // Without the short forms staff are found by their listed names only.
  if (isShortForms(staffShortForms)) data.staffShortForms = staffShortForms;
  else console.error('Before You Post: the checker data file has no usable staff short forms');
  if (isSchoolWords(schoolWords)) data.schoolWords = schoolWords;
  else console.error('Before You Post: the checker data file has no usable school words');
  if (v.is(policyPackSchema, seedPolicy)) data.seedPolicy = seedPolicy as PolicyPack;
  else console.error('Before You Post: the checker data file has no usable seed policy');
  // Without the act vocabulary and the target groups the disparaging check judges nothing
  // (acts/kinds.ts); every other check is unaffected.
  if (isActSources(acts)) data.acts = acts;
  else console.error('Before You Post: the checker data file has no usable act vocabulary');
  // Without the cue patterns children on no list are found by the general step alone
  // (lib/names/child-context.ts).
  if (isChildCueSources(childCues)) data.childCues = childCues;
  else console.error('Before You Post: the checker data file has no usable child-reference cues');
  // Without the phrase lists parent-contact knows no invitation and raises nothing
  // (lib/detectors/parent-contact.ts); every other check is unaffected.
  if (isInvitationSources(invitations)) data.invitations = invitations;
  else console.error('Before You Post: the checker data file has no usable invitation phrases');
  return data;
}

const strings = (list: unknown) =>
  Array.isArray(list) && list.every((s) => typeof s === 'string' && s.length > 0);

/** Entries of `{ id, full: [...], forms: [...] }` (lib/names/staff-short-forms.ts). */
function isShortForms(value: unknown): value is ShortFormEntry[] {
  return (
    Array.isArray(value) &&
    value.every(
      (e: Partial<ShortFormEntry> | null) =>
        typeof e?.id === 'string' && strings(e.full) && strings(e.forms),
    )
  );
}

/** The word lists as strings, the Welsh councils as lists of names. */
function isSchoolWords(value: unknown): value is SchoolWordData {
  const { welshCouncils: welsh, ...lists } = (value ?? {}) as Partial<SchoolWordData>;
  return (
    ['countyShortForms', 'nounsAfter', 'placeBefore', 'placeAfter'].every(
      (k) => typeof lists[k as keyof typeof lists] === 'string',
    ) &&
    !!welsh &&
    Object.values(welsh).every(strings)
  );
}

/** Every kind a list of pattern sources, the irony negatives one too, and each target group a
 * label with its patterns. */
function isActSources(value: unknown): value is ActSources {
  const a = value as Partial<ActSources> | null;
  return (
    typeof a === 'object' &&
    a !== null &&
    typeof a.byKind === 'object' &&
    a.byKind !== null &&
    ACT_KINDS.every((kind) => strings(a.byKind![kind])) &&
    strings(a.ironyNegatives) &&
    Array.isArray(a.targets) &&
    a.targets.length > 0 &&
    a.targets.every(
      (g: Partial<TargetGroup> | null) =>
        typeof g?.label === 'string' &&
        strings(g.patterns) &&
        (g.exact === undefined || strings(g.exact)),
    )
  );
}

function isEncodedModel(value: unknown): value is EncodedModel {
  const m = value as Partial<EncodedModel> | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    typeof m.buckets === 'number' &&
    typeof m.scale === 'number' &&
    typeof m.threshold === 'number' &&
    typeof m.weights === 'string'
  );
}

function isNamesModel(value: unknown): value is EncodedNamesModel {
  const m = value as Partial<EncodedNamesModel> | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    typeof m.buckets === 'number' &&
    typeof m.scale === 'number' &&
    typeof m.raise === 'number' &&
    typeof m.quiet === 'number' &&
    typeof m.weights === 'string'
  );
}

const isStrings = (value: unknown): boolean =>
  Array.isArray(value) && value.every((s) => typeof s === 'string');

function isFamous(value: unknown): value is WordData['famous'] {
  const f = value as Partial<NonNullable<WordData['famous']>> | null;
  return (
    typeof f === 'object' &&
    f !== null &&
    isStrings(f.phrases) &&
    typeof f.people === 'object' &&
    f.people !== null &&
    Object.values(f.people).every((w) => typeof w === 'string')
  );
}

function isNonPupil(value: unknown): value is WordData['nonPupil'] {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value as Record<string, unknown>).every(isStrings)
  );
}

function isWordData(value: unknown): value is WordData {
  const w = value as Partial<WordData> | null;
  const l = (w as { lexicon?: Partial<WordData['lexicon']> } | null)?.lexicon;
  return (
    typeof w === 'object' &&
    w !== null &&
    typeof w.english === 'string' &&
    w.english.length > 0 &&
    typeof w.everyday === 'string' &&
    w.everyday.length > 0 &&
    typeof l === 'object' &&
    l !== null &&
    isStrings(l.lists) &&
    isStrings(l.groups) &&
    typeof l.words === 'string' &&
    l.words.length > 0 &&
    typeof l.groupCodes === 'string' &&
    typeof l.tagParents === 'object' &&
    l.tagParents !== null &&
    typeof l.inflected === 'object' &&
    l.inflected !== null &&
    Array.isArray(l.odd) &&
    typeof w.gates === 'object' &&
    w.gates !== null &&
    Object.values(w.gates).every((g) => typeof g === 'string') &&
    l.odd.every((o) => Array.isArray(o) && typeof o[0] === 'string' && typeof o[1] === 'number')
  );
}
