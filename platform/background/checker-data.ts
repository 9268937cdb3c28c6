// The checker's data (lib/engine/data.ts: the word lists and the tone model's weights), read
// from the file the build writes beside background.js (wxt.config.ts) rather than carried
// inside it: about 420 KB less script for a woken worker to load. The file is part of the
// extension, so reading it is local, never the network. Read once per worker, beside the
// settings (checker-host.ts): the first check waits for both. A damaged or missing file is
// reported on the console; without usable word lists the checker gets NO_WORDS (no word is
// English, so every listed name is flagged: recall first), without a usable tone model it
// goes by its rules alone.
import { browser } from '#imports';
import { CHECKER_DATA_FILE, type CheckerData } from '../../lib/engine/data';
import type { EncodedModel } from '../../lib/disparaging/tone/encoded';
import { NO_WORDS, type WordData } from '../../lib/text/word-data';
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
    return { words: NO_WORDS };
  });
}

async function readFile(): Promise<unknown> {
  const response = await fetch(browser.runtime.getURL(`/${CHECKER_DATA_FILE}`));
  return response.json();
}

/** What of `raw` is usable: word lists and a tone model of the right shape, each or neither. */
export function checkerDataOf(raw: unknown): CheckerData {
  const { toneModel, words } = (raw ?? {}) as { toneModel?: unknown; words?: unknown };
  const data: CheckerData = { words: NO_WORDS };
  if (isWordData(words)) data.words = words;
  else {
    console.error(
      'Before You Post: the checker data file has no usable word lists; every listed name will be flagged',
    );
  }
  if (isEncodedModel(toneModel)) data.toneModel = toneModel;
  else console.error('Before You Post: the checker data file has no usable tone model');
  return data;
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

const isStrings = (value: unknown): boolean =>
  Array.isArray(value) && value.every((s) => typeof s === 'string');

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
