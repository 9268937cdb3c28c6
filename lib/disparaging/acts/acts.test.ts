// Every entry of the act vocabulary keeps its promise: its example matches its
// pattern compiled exactly as the lexicon compiles it (a WordSet on lower-cased
// text), its id is `kind/name` and unique, and it says why it counts.
import { describe, expect, it } from 'vitest';
import { lowerAscii, WordSet } from '../lexicon';
import { ACT_ENTRIES, ACTS, type ActEntry } from '.';
import { COMPLAINTS } from './irony';

/** Each list with the prefix its ids carry: the act kinds, and irony's complaints. */
const LISTS: [prefix: string, entries: readonly ActEntry[]][] = [
  ...Object.entries(ACT_ENTRIES),
  ['complaint', COMPLAINTS],
];
const ALL = LISTS.flatMap(([prefix, entries]) => entries.map((entry) => ({ prefix, entry })));

describe('act vocabulary', () => {
  it('has entries for every kind', () => {
    for (const [prefix, entries] of LISTS) expect(entries.length, prefix).toBeGreaterThan(0);
  });

  it.each(ALL.map(({ entry }) => [entry.id, entry] as const))('%s matches its example', (_, e) => {
    expect(new WordSet([e.pattern]).test(lowerAscii(e.example))).toBe(true);
  });

  it('names every entry kind/name, once', () => {
    const wrong = ALL.filter(
      ({ prefix, entry }) => !new RegExp(`^${prefix}/[a-z0-9]+(?:-[a-z0-9]+)*$`).test(entry.id),
    ).map(({ entry }) => entry.id);
    expect(wrong).toEqual([]);
    const ids = ALL.map(({ entry }) => entry.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('says why each entry counts', () => {
    const silent = ALL.filter(({ entry }) => !entry.note.trim()).map(({ entry }) => entry.id);
    expect(silent).toEqual([]);
  });

  it('gives the lexicon each kind in entry order', () => {
    for (const [kind, entries] of Object.entries(ACT_ENTRIES)) {
      expect(ACTS[kind as keyof typeof ACTS]).toEqual(entries.map((e) => e.pattern));
    }
  });
});
