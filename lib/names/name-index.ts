// The name index, built once per settings file in `compile`: every listed first,
// preferred and last name of pupils and staff, keyed by its first folded part,
// plus a deletion index for one-edit typos (symmetric delete: a typo and a name
// one edit apart share a key after at most one deletion each).
import type { SchoolSettings } from '../settings/types';
import { isEverydayWord } from '../text/everyday';
import { nameParts } from '../text/fold';
import { isOrdinaryWord } from '../text/part-of-speech';
import { ORDINARY_NAMES } from './ordinary-names';
import type { ShortFormEntry } from './staff-short-forms';
import type { EncodedNamesModel } from './model/encoded';

export type Field = 'first' | 'preferred' | 'last';

export interface Person {
  kind: 'pupil' | 'staff';
  first: string;
  last: string;
  preferred?: string;
  /** The staff list's title ("Mrs", "Fr"), folded; empty when not given. */
  title?: string;
  /** Class name for pupils. */
  className?: string;
  /** The school has said this pupil must not be named online. */
  restricted: boolean;
  firstParts: string[];
  preferredParts: string[];
  lastParts: string[];
}

export interface Entry {
  person: Person;
  field: Field;
  parts: string[];
}

export interface NameIndex {
  /** Folded first part → entries. */
  byFirstPart: Map<string, Entry[]>;
  /** Deletion variant → single-part entries of 5+ letters. */
  typos: Map<string, Entry[]>;
  /** Deletion variant → single-part names of 5+ letters that are also words (Jasmine), for
   * typos that are themselves names ("Jasmin"), taken only in a name-like context. */
  variants: Map<string, Entry[]>;
  /** Folded single-word listed names that are also everyday words (Will, May, Hope): the
   * curated ORDINARY_NAMES, or a word people use often in lower case (everyday.ts).
   * Worked out per name on first use, so building the index waits for no word list. */
  ambiguous: { has(key: string): boolean };
  /** Every listed name is in Latin letters (with diacritics): the tokeniser may skip others. */
  latinOnly: boolean;
  /** Folded last names per person kind, for "a full name whose surname is not theirs". */
  people: Person[];
  /** The learned names model (model/), when the checker's data carry one: it may raise a
   * candidate the rules left quiet or quiet a single ordinary word they flagged. */
  model?: EncodedNamesModel;
}

/** Names shorter than this get no typo matching. */
export const TYPO_MIN_LENGTH = 5;

/** The index of the settings' people. A checker builds it once and shares it between its
 * name detectors (Detector.compile's `shared`); nothing here keeps it. */
export function nameIndexFor(
  settings: SchoolSettings,
  model?: EncodedNamesModel,
  shortForms: readonly ShortFormEntry[] = [],
): NameIndex {
  const index = buildIndex(settings, shortForms);
  if (model) index.model = model;
  return index;
}

function text(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

/**
 * What the index needs to know of one name part, worked out once per build: a school of
 * 1,000 pupils has a few hundred different names, and each was folded, looked up in the
 * lexicon and cut into its deletions once per pupil (about 13 ms of a woken worker's
 * first check; a few ms now).
 */
interface Builder {
  index: NameIndex;
  parts: Map<string, string[]>;
  heads: Map<string, { ordinary: boolean; deletions: string[] }>;
}

function buildIndex(settings: SchoolSettings, shortForms: readonly ShortFormEntry[]): NameIndex {
  const shortFormsOf = new Map(shortForms.flatMap((e) => e.full.map((f) => [f, e.forms] as const)));
  const index: NameIndex = {
    byFirstPart: new Map(),
    typos: new Map(),
    variants: new Map(),
    ambiguous: ordinaryNames(),
    latinOnly: true,
    people: [],
  };
  const builder: Builder = { index, parts: new Map(), heads: new Map() };
  const partsOf = (name: string): string[] => {
    let parts = builder.parts.get(name);
    if (!parts) builder.parts.set(name, (parts = nameParts(name)));
    return parts;
  };
  for (const cls of settings.classes ?? []) {
    for (const p of cls.pupils ?? []) {
      addPerson(builder, {
        kind: 'pupil',
        first: text(p.first),
        last: text(p.last),
        preferred: text(p.preferred) || undefined,
        className: text(cls.name),
        restricted: Array.isArray(p.restrictions) && p.restrictions.includes('name'),
        firstParts: partsOf(text(p.first)),
        preferredParts: partsOf(text(p.preferred)),
        lastParts: partsOf(text(p.last)),
      });
    }
  }
  const derived = new Set<string>();
  for (const s of settings.staff ?? []) {
    // Colleagues call adults by a short form of a long given name ("thanks Bev" for
    // Beverley): staff lists hold no preferred names, so the forms come from the listed
    // first name (staff-short-forms.ts); the first stands as the preferred name, the rest
    // are further entries of the same person.
    const firstParts = partsOf(text(s.first));
    const shorts = [...(shortFormsOf.get(firstParts.join(' ')) ?? [])];
    // A double given name goes by its first part: "Miss Kerry" for Kerry-Ann.
    if (firstParts.length > 1 && firstParts[0]!.length >= 3) shorts.push(firstParts[0]!);
    const person: Person = {
      kind: 'staff',
      first: text(s.first),
      last: text(s.last),
      preferred: shorts[0],
      title: text(s.title)
        .toLowerCase()
        .replace(/[^a-z]/g, ''),
      restricted: false,
      firstParts: partsOf(text(s.first)),
      preferredParts: shorts[0] ? [shorts[0]] : [],
      lastParts: partsOf(text(s.last)),
    };
    addPerson(builder, person);
    for (const form of shorts.slice(1))
      addEntry(builder, { person, field: 'preferred', parts: [form] });
    for (const form of shorts) derived.add(form);
  }
  // A derived short form that is nobody's listed name is read like "Will": by its context,
  // so "my jo" (Scots: sweetheart) stays quiet while "thanks Jo" is a colleague.
  const derivedOnly = derivedNames.get(index.ambiguous);
  for (const form of derived) {
    const entries = index.byFirstPart.get(form) ?? [];
    if (entries.every((e) => e.field === 'preferred' && e.person.kind === 'staff'))
      derivedOnly?.add(form);
  }
  return index;
}

function addPerson(builder: Builder, person: Person): void {
  const { index } = builder;
  index.people.push(person);
  const letters = person.first + person.last + (person.preferred ?? '');
  if (index.latinOnly && /[^ -\u024f’ʼ‐‑–]/.test(letters)) index.latinOnly = false;
  addEntry(builder, { person, field: 'first', parts: person.firstParts });
  addEntry(builder, { person, field: 'preferred', parts: person.preferredParts });
  addEntry(builder, { person, field: 'last', parts: person.lastParts });
}

function addEntry({ index, heads }: Builder, entry: Entry): void {
  const head = entry.parts[0];
  if (!head) return;
  if (entry.field === 'preferred' && entry.parts.join(' ') === entry.person.firstParts.join(' '))
    return;
  push(index.byFirstPart, head, entry);
  if (entry.parts.length !== 1) return;
  singleNames.get(index.ambiguous)?.add(head);
  // Typos of names that are also words ("Hunted", "Summers") would be words, not names.
  if (head.length < TYPO_MIN_LENGTH) return;
  let known = heads.get(head);
  if (!known) {
    known = {
      ordinary: ORDINARY_NAMES.has(head) || isOrdinaryWord(head),
      deletions: deletions(head),
    };
    heads.set(head, known);
  }
  for (const d of known.deletions) push(known.ordinary ? index.variants : index.typos, d, entry);
}

/** The single-word names of each index, for its `ambiguous` look-up. */
const singleNames = new WeakMap<object, Set<string>>();
/** The staff short forms of each index that are no one's listed name. */
const derivedNames = new WeakMap<object, Set<string>>();

function ordinaryNames(): NameIndex['ambiguous'] {
  const singles = new Set<string>();
  const derived = new Set<string>();
  const memo = new Map<string, boolean>();
  const look = {
    has(key: string): boolean {
      if (!singles.has(key)) return false;
      let ordinary = memo.get(key);
      if (ordinary === undefined) {
        ordinary = ORDINARY_NAMES.has(key) || derived.has(key) || isEverydayWord(key);
        memo.set(key, ordinary);
      }
      return ordinary;
    },
  };
  singleNames.set(look, singles);
  derivedNames.set(look, derived);
  return look;
}

function push(map: Map<string, Entry[]>, key: string, entry: Entry): void {
  const list = map.get(key);
  if (!list) map.set(key, [entry]);
  else if (!list.includes(entry)) list.push(entry);
}

/** The word itself and every string one deletion away from it. */
export function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) {
    if (i > 0 && word[i] === word[i - 1]) continue;
    out.push(word.slice(0, i) + word.slice(i + 1));
  }
  return out;
}

/** Optimal string alignment distance, capped: true when a and b are at most one edit apart. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** "Lewandowski" and "Lewandowska", "Maria" and "Mario": a different final vowel is
 * another form of the name (often another person), not a slip. */
function genderedEnding(a: string, b: string): boolean {
  const n = a.length;
  return (
    n === b.length &&
    n >= 4 &&
    a.slice(0, -1) === b.slice(0, -1) &&
    /[aeiouy]/.test(a[n - 1]!) &&
    /[aeiouy]/.test(b[n - 1]!)
  );
}

/** Single-part entries whose name is one edit from the word (the word itself excluded). */
export function typoEntries(index: NameIndex, word: string, variants = false): Entry[] {
  const found: Entry[] = [];
  for (const d of deletions(word)) {
    const names = index.typos.get(d) ?? [];
    for (const e of variants ? [...names, ...(index.variants.get(d) ?? [])] : names) {
      const name = e.parts[0]!;
      // A different initial usually means a different name (Kayden, Jayden), not a slip.
      if (name === word || name[0] !== word[0] || found.includes(e)) continue;
      if (genderedEnding(word, name)) continue;
      if (withinOneEdit(word, name)) found.push(e);
    }
  }
  return found;
}
