// Cheap gates before expensive regular expressions. A pattern such as
// `(?:is|was) (?:a )?(?:clown|muppet)s?` can only match text that contains "clown"
// or "muppet": `requiredLiterals` reads that from the pattern's source, and
// `LiteralIndex` finds in one pass over a text which patterns' literals it holds.
// A pattern whose literals are absent cannot match, so it is neither run nor even
// compiled: V8 compiles each expression on its first use, which for the long
// alternations of the disparaging check costs tens of milliseconds at start-up.
//
// The reading is conservative: whatever it does not understand (a class such as
// `\w`, a back-reference, an optional part) requires nothing, and a pattern that
// requires nothing is always run. Literals are compared in ASCII lower case, so
// "SLT" in a case-sensitive pattern gates on "slt" in the lower-cased text.

import { lowerAscii } from './fold';
import { wordData } from './word-data';

/** Strings a piece of pattern can match, when there are few (null: too many to list). */
type Exact = readonly string[] | null;

interface Info {
  exact: Exact;
  /** Any match contains one of these (null: nothing is known to be required). */
  required: readonly string[] | null;
}

const MAX_EXACT = 16;
/** Ranking requirements (`score`), words longer than this count as this long. */
const LITERAL_LENGTH = 4;
const ANYTHING: Info = { exact: null, required: null };
const EMPTY: Info = { exact: [''], required: null };

/**
 * Strings of which every match of `source` contains at least one, in ASCII lower
 * case; null when the pattern could match without any (then it must always run).
 */
export function requiredLiterals(source: string): string[] | null {
  try {
    const parser = new Parser(source);
    const info = parser.disjunction();
    if (parser.at < source.length) return null;
    const required = effective(info);
    return required ? withoutLonger([...new Set(required)]) : null;
  } catch {
    return null;
  }
}

/** A list usable as a requirement: not empty, and no empty string (which every text holds). */
function usable(list: readonly string[] | null): list is readonly string[] {
  return list !== null && list.length > 0 && !list.includes('');
}

function effective(info: Info): readonly string[] | null {
  return best(info.required, info.exact);
}

/** The more selective of two requirements (see `score`). */
function best(a: readonly string[] | null, b: readonly string[] | null): readonly string[] | null {
  if (!usable(a)) return usable(b) ? b : null;
  if (!usable(b)) return a;
  return score(b) > score(a) ? b : a;
}

/** Its weakest string's longest word, then the fewest strings: "worst" beats "the ". */
function score(list: readonly string[]): number {
  let weakest = Infinity;
  for (const s of list) weakest = Math.min(weakest, longestWord(s).length);
  return Math.min(weakest, LITERAL_LENGTH) * 1000 - list.length;
}

function longestWord(s: string): string {
  let longest = '';
  for (const word of s.split(/[^a-z]+/)) if (word.length > longest.length) longest = word;
  return longest || s;
}

/**
 * Whole literals, never cut to a word's first letters: a text holding "one of my" holds
 * "one", but so does "anyone", and "mentee" cut to "ment" is in "moment" and "payment". Cut
 * short, the gates of a third of the child cues opened on a post about a choir and a phonics
 * app, and each opened gate builds and compiles its expression on first use. Of two
 * literals, one inside the other, the shorter is enough: a text holding "clowns" holds
 * "clown" (`clowns?`), one holding "year " holds "year" (`[Yy]ear ?\\d`).
 */
function withoutLonger(literals: string[]): string[] {
  return literals.filter((l) => !literals.some((o) => o !== l && l.includes(o)));
}

function product(a: Exact, b: Exact): Exact {
  if (!a || !b || a.length * b.length > MAX_EXACT) return null;
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return out;
}

function union(lists: Exact[]): Exact {
  const out: string[] = [];
  for (const list of lists) {
    if (!list) return null;
    out.push(...list);
  }
  return out.length > MAX_EXACT ? null : out;
}

class Parser {
  at = 0;
  constructor(private readonly src: string) {}

  private peek(): string | undefined {
    return this.src[this.at];
  }

  disjunction(): Info {
    const branches = [this.alternative()];
    while (this.peek() === '|') {
      this.at++;
      branches.push(this.alternative());
    }
    if (branches.length === 1) return branches[0]!;
    const exact = union(branches.map((b) => b.exact));
    const required: string[] = [];
    for (const branch of branches) {
      const own = effective(branch);
      if (!own) return { exact, required: null };
      required.push(...own);
    }
    return { exact, required };
  }

  private alternative(): Info {
    // Every term's own requirement holds for the whole; so does any run of terms that
    // can be listed in full ("is", " ", "a" → "is a").
    let required: readonly string[] | null = null;
    let exact: Exact = [''];
    let run: Exact = [''];
    while (this.at < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      const term = this.term();
      required = best(required, effective(term));
      exact = product(exact, term.exact);
      const longer: Exact = term.exact ? product(run, term.exact) : null;
      if (!longer) required = best(required, run);
      run = longer ?? term.exact ?? [''];
    }
    return { exact, required: best(required, run) };
  }

  private term(): Info {
    const atom = this.atom();
    const c = this.peek();
    if (
      c === '?' ||
      c === '*' ||
      c === '+' ||
      (c === '{' && /^\{\d+(?:,\d*)?\}/.test(this.rest()))
    ) {
      const [min, max] = this.quantifier();
      if (this.peek() === '?') this.at++; // lazy
      if (min === 0) {
        return {
          exact: max === 1 && atom.exact ? union([atom.exact, ['']]) : null,
          required: null,
        };
      }
      const exact = min === 1 && max === 1 ? atom.exact : null;
      return { exact, required: effective(atom) };
    }
    return atom;
  }

  private rest(): string {
    return this.src.slice(this.at);
  }

  private quantifier(): [number, number] {
    const c = this.src[this.at++]!;
    if (c === '?') return [0, 1];
    if (c === '*') return [0, Infinity];
    if (c === '+') return [1, Infinity];
    const m = /^(\d+)(,(\d*))?\}/.exec(this.rest())!;
    this.at += m[0].length;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
    return [min, max];
  }

  private atom(): Info {
    const c = this.src[this.at++]!;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    if (c === '.') return ANYTHING;
    if (c === '^' || c === '$') return EMPTY;
    if (c === ')' || c === '|') throw new Error('unexpected');
    // A whole code point: an emoji is one literal, never half a surrogate pair.
    const code = this.src.codePointAt(this.at - 1)!;
    if (code > 0xffff) this.at++;
    return oneChar(String.fromCodePoint(code));
  }

  private group(): Info {
    let lookaround: 'positive' | 'negative' | undefined;
    if (this.rest().startsWith('?:')) this.at += 2;
    else if (/^\?<?[=!]/.test(this.rest())) {
      const behind = this.rest().startsWith('?<');
      lookaround = this.src[this.at + (behind ? 2 : 1)] === '=' ? 'positive' : 'negative';
      this.at += behind ? 3 : 2;
    } else if (this.rest().startsWith('?<')) this.at = this.src.indexOf('>', this.at) + 1;
    const inner = this.disjunction();
    if (this.src[this.at++] !== ')') throw new Error('unclosed group');
    if (lookaround === undefined) return inner;
    // A lookaround matches no characters, so it adds nothing to the strings beside it. A
    // positive one still needs its own text in the text: "Cerys, a child from…"
    // (`(\p{Lu}\p{Ll}+)(?=, a (?:child|kid) from)`) needs "child" or "kid" in the line, though
    // not in the match. The gate asks the whole text, so that is requirement enough; without
    // it the child cues that start on a capitalised word required nothing and were built and
    // run on every first check.
    return lookaround === 'positive' ? { exact: [''], required: effective(inner) } : EMPTY;
  }

  private escape(): Info {
    const c = this.src[this.at++]!;
    if (c === 'b' || c === 'B') return EMPTY;
    if ('dDwWsS'.includes(c)) return ANYTHING;
    if (c === 'p' || c === 'P') {
      this.at = this.src.indexOf('}', this.at) + 1;
      return ANYTHING;
    }
    if (/\d/.test(c)) return ANYTHING; // a back-reference
    if (c === 'n') return oneChar('\n');
    if (c === 't') return oneChar('\t');
    if (c === 'u' || c === 'x' || c === 'c' || c === 'k') throw new Error('escape not read');
    return oneChar(c);
  }

  private charClass(): Info {
    const chars: string[] = [];
    let negated = false;
    if (this.peek() === '^') {
      negated = true;
      this.at++;
    }
    let known = true;
    while (this.peek() !== ']') {
      if (this.at >= this.src.length) throw new Error('unclosed class');
      let c = this.src[this.at++]!;
      if (c === '\\') {
        c = this.src[this.at++]!;
        if ('dDwWsSpPbBuxck'.includes(c)) known = false;
        if (c === 'p' || c === 'P') this.at = this.src.indexOf('}', this.at) + 1;
        if (c === 'n') c = '\n';
      }
      if (this.peek() === '-' && this.src[this.at + 1] !== ']') {
        known = false; // a range: too many to list
        this.at += 2;
        if (this.src[this.at - 1] === '\\') this.at++;
        continue;
      }
      if (!chars.includes(lowerAscii(c))) chars.push(lowerAscii(c));
    }
    this.at++;
    if (negated || !known || chars.length > 4) return ANYTHING;
    return { exact: chars, required: null };
  }
}

function oneChar(c: string): Info {
  return { exact: [lowerAscii(c)], required: null };
}

interface Entry {
  literal: string;
  gate: number;
}

/** ASCII upper case to lower case, on a character code; anything else as it is. */
const lowerCode = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/**
 * The literals that start with the characters on the way to this node (a trie below the
 * first two characters). A node lists its literals until a scan finds it holding more than
 * SPLIT, then files them by their next character: "the" starts 48 of the disparaging gates'
 * literals ("the school", "the head"…), and checked one by one each "the" of a post cost 48
 * comparisons; filed by the next character it costs a few steps down the trie. Filed when a
 * text first reaches the node, not when the literal is added: a woken worker builds the
 * index before its first answer, and most nodes are never reached.
 */
interface TrieNode {
  /** Literals that end here: the way down has matched all of them. */
  ends: Entry[];
  /** Longer literals, compared whole, until the node is split. */
  list: Entry[];
  /** Longer literals by their next character, once the node is split. */
  next: Map<number, TrieNode> | undefined;
}

const SPLIT = 4;

const newNode = (): TrieNode => ({ ends: [], list: [], next: undefined });

function insert(node: TrieNode, entry: Entry, depth: number): void {
  if (entry.literal.length === depth) node.ends.push(entry);
  else if (node.next === undefined) node.list.push(entry);
  else {
    const c = entry.literal.charCodeAt(depth);
    let child = node.next.get(c);
    if (child === undefined) node.next.set(c, (child = newNode()));
    insert(child, entry, depth + 1);
  }
}

/** Files a long list by the next character, one level down (deeper levels when reached). */
function split(node: TrieNode, depth: number): void {
  const waiting = node.list;
  node.list = [];
  node.next = new Map();
  for (const entry of waiting) insert(node, entry, depth);
}

/**
 * Many gates checked in one pass over a text. Each gate is a list of literals; `scan`
 * marks the gates whose literals the text contains, ignoring ASCII case, without
 * copying the text. Literals are filed by their first two characters, in a table
 * indexed by character code, then in a small trie (TrieNode), so each place in the
 * text costs an array read and a step or two down the trie. The last texts scanned are
 * kept: the detector asks about the lower-cased text and the text as written, which
 * differ in case only.
 */
export class LiteralIndex {
  // Filled up front: an array written at scattered indices falls back to a slow dictionary.
  private readonly pairs = emptySlots<TrieNode>(128 * 128);
  /** Literals of one character, and those starting outside ASCII, by first character. */
  private readonly others = new Map<number, Entry[]>();
  private gates = 0;
  private recent: OpenGates[] = [];
  /** Literals compared and trie steps taken by `scan` so far: the work a text cost (tests). */
  work = 0;

  /** A new gate; its id for `has`. */
  add(literals: readonly string[]): number {
    const gate = this.gates++;
    for (const literal of new Set(literals.map(lowerAscii))) {
      const entry = { literal, gate };
      const c0 = literal.charCodeAt(0);
      const c1 = literal.charCodeAt(1);
      if (literal.length === 1 || c0 >= 128 || c1 >= 128) {
        this.others.set(c0, [...(this.others.get(c0) ?? []), entry]);
        continue;
      }
      insert((this.pairs[c0 * 128 + c1] ??= newNode()), entry, 2);
    }
    this.recent = [];
    return gate;
  }

  /** Whether `text` holds one of the gate's literals, ignoring ASCII case. */
  has(gate: number, text: string): boolean {
    return this.opened(text)[gate] === 1;
  }

  /** Every gate at once, for `text`: 1 where it holds one of the gate's literals. */
  opened(text: string): Uint8Array {
    return this.openGates(text).found;
  }

  /** As `opened`, with the open gates' ids listed too, in ascending order. */
  openGates(text: string): OpenGates {
    let seen = this.recent.find((r) => r.text === text);
    if (!seen) {
      const same = this.recent.find((r) => sameIgnoringCase(r.text, text));
      // The same text in another case is remembered as it is written too: the capitals'
      // lists ask about the text as written once a list, and comparing it again, letter by
      // letter ignoring case, on every question cost more than the scan.
      if (same) seen = { ...same, text };
      else {
        const found = this.scan(text);
        const list: number[] = [];
        for (let gate = 0; gate < found.length; gate++) if (found[gate] === 1) list.push(gate);
        seen = { text, found, list };
      }
      this.recent = [seen, ...this.recent.slice(0, 3)];
    }
    return seen;
  }

  private scan(text: string): Uint8Array {
    const found = new Uint8Array(this.gates);
    const { pairs, others } = this;
    let work = 0;
    let c1 = lowerCode(text.charCodeAt(0));
    for (let i = 0; i < text.length; i++) {
      const c0 = c1;
      c1 = lowerCode(text.charCodeAt(i + 1));
      if (others.size > 0) {
        const list = others.get(c0);
        if (list !== undefined) work += mark(found, list, text, i);
      }
      let node = c0 < 128 && c1 < 128 ? pairs[c0 * 128 + c1] : undefined;
      for (let depth = 2; node !== undefined; depth++) {
        work++;
        for (const { gate } of node.ends) found[gate] = 1;
        if (node.list.length > SPLIT) split(node, depth);
        if (node.list.length > 0) work += mark(found, node.list, text, i);
        node = node.next?.get(lowerCode(text.charCodeAt(i + depth)));
      }
    }
    this.work += work;
    return found;
  }
}

/** What a text opens: `found[gate]` is 1 for each open gate; `list` holds their ids, ascending. */
export interface OpenGates {
  text: string;
  found: Uint8Array;
  list: readonly number[];
}

/** Marks the gates of the literals in `list` that stand at `at`; the comparisons made. */
function mark(found: Uint8Array, list: Entry[], text: string, at: number): number {
  let compared = 0;
  for (const { literal, gate } of list) {
    if (found[gate] === 1) continue;
    compared++;
    if (matchesAt(text, at, literal)) found[gate] = 1;
  }
  return compared;
}

/**
 * `length` empty slots, pushed one by one: a packed array, cheap to make. Array.from({ length })
 * walks the length as an array-like, one property read a slot: the 16,384 slots of an index
 * took 2-3 ms to make that way, for each index, at every start of the worker.
 */
function emptySlots<T>(length: number): (T | undefined)[] {
  const slots: (T | undefined)[] = [];
  for (let i = 0; i < length; i++) slots.push(undefined);
  return slots;
}

function sameIgnoringCase(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (lowerCode(a.charCodeAt(i)) !== lowerCode(b.charCodeAt(i))) return false;
  }
  return true;
}

/** Whether `literal` (lower case) stands at `at` in `text`, ignoring ASCII case. */
function matchesAt(text: string, at: number, literal: string): boolean {
  if (at + literal.length > text.length) return false;
  for (let k = 0; k < literal.length; k++) {
    if (lowerCode(text.charCodeAt(at + k)) !== literal.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * A short fingerprint of a pattern's source (cyrb53), the key of the gates worked out
 * at build time (`npm run gen:gates`): a pattern edited since has no entry, so its gate
 * is worked out afresh, never taken from another pattern.
 */
export function sourceKey(source: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * The literals a pattern requires: worked out at build time for the built-in patterns
 * (`npm run gen:gates`, gate-data.ts, shipped with the word data: lib/text/word-data.ts),
 * afresh for any other (a school's own names) or when the data have none.
 */
export function gateLiterals(source: string): readonly string[] | null {
  const gates = wordData().gates;
  const key = sourceKey(source);
  if (Object.hasOwn(gates, key)) {
    // '' for a pattern that requires nothing: read at build time too, not parsed again at the
    // first check of a woken worker (each parse of a long cue took a few milliseconds cold).
    const stored = gates[key]!;
    return stored === '' ? null : stored.split('|');
  }
  return requiredLiterals(source);
}
