// Finds listed people in a piece of text: one linear pass over the tokens with
// Map look-ups, full names joined into one mention, typos through the deletion
// index, names squashed inside hashtags. Whether a candidate is really used as a
// name is decided in decide.ts. Both name detectors share one scan per text.
import { famousCover } from './famous';
import { KIN_NOUNS, STAFF_FIRST_TITLES, STAFF_TITLES } from './rule-words';
import { squashedNames } from './squashed-tags';
import { typoCandidate, variantCandidate } from './typo-candidates';
import { verbish } from './phrase-match';
import {
  type Entry,
  type NameIndex,
  TYPO_MIN_LENGTH,
  typoEntries,
  withinOneEdit,
} from './name-index';
import { type Token, caseStyle, tokenize } from './tokens';
import { normaliseForNames } from '../text/normalise';
import { isEnglishWord } from '../text/english';
import { radicalForms } from './welsh-mutation';
import { WELSH_MUTATION_TRIGGERS } from './welsh-words';
import type { Mention, NameDecision, Scan } from './scan';
import { accept, decide, isAmbiguous } from './decide';
import { mayMove, modelOf, withModel } from './model/apply';

/** Scans the text for the index's names; the pupil and staff detectors share one scan of a
 * piece through the engine's memo (name-hits.ts). With `trace`, each candidate's decision
 * and the rules that fired are kept (scan.decisions). */
export function scanNames(typed: string, index: NameIndex, trace = false): Scan {
  // Zero-width characters, soft hyphens, full-width and look-alike letters undone; the
  // rules read this text, and offsets go back to the typed text through scan.offsets.
  const { text, offsets } = normaliseForNames(typed, index.latinOnly);
  const tokens = tokenize(text, index.latinOnly, (key) => index.byFirstPart.has(key));
  const style = caseStyle(tokens);
  const famous = famousCover(tokens);
  const candidates = findCandidates(tokens, index, famous);
  const candidateOf = new Int32Array(tokens.length).fill(-1);
  candidates.forEach((c, n) => candidateOf.fill(n, c.from, c.to + 1));
  const scan: Scan = {
    text,
    ...(offsets ? { offsets } : {}),
    tokens,
    style,
    famous,
    candidates,
    candidateOf,
    firmNames: 0,
    mentions: [],
  };
  const decisions: NameDecision[] | undefined = trace ? [] : undefined;
  const accepted = new Uint8Array(candidates.length);
  const model = modelOf(index);
  const judge = (m: Mention, n: number) => {
    let rule: string | undefined;
    if (decisions) {
      // Traced: every candidate's whole decision, and the model's evidence for each.
      let decision = decide(m, scan, index, text);
      if (model) decision = withModel(model, m, scan, index, decision, true);
      decisions[n] = decision;
      rule = decision.verdict === 'flagged' ? decision.rule : undefined;
    } else {
      // The first rule that fires; the model is asked only where it may move the decision
      // (a flagged single ordinary word; a quiet one only if its model raises at all), so a
      // post of names that are no words costs what it cost without it.
      rule = accept(m, scan, index, text);
      if (model && mayMove(model, m, index, scan, rule !== undefined)) {
        const decision = withModel(model, m, scan, index, decide(m, scan, index, text, false));
        rule = decision.verdict === 'flagged' ? decision.rule : undefined;
      }
    }
    if (rule) {
      accepted[n] = 1;
      m.rule = rule;
    }
  };
  // Two rounds: names that need no context first, so ambiguous ones can lean on them.
  const ambiguous = candidates.map((m) => isAmbiguous(m, index, tokens));
  candidates.forEach((m, n) => !ambiguous[n] && judge(m, n));
  scan.firmNames = accepted.reduce((a, b) => a + b, 0);
  candidates.forEach((m, n) => ambiguous[n] && judge(m, n));
  scan.mentions = candidates.filter((_, n) => accepted[n] === 1);
  if (decisions) scan.decisions = decisions;
  return scan;
}

function joinable(tokens: Token[], i: number): boolean {
  const g = tokens[i]!.gapBefore;
  return g === '' || g === '-' || /^[ \t]+$/.test(g) || /^[ \t]*[-‐‑][ \t]*$/.test(g);
}

function spaced(tokens: Token[], i: number): boolean {
  const g = tokens[i]!.gapBefore;
  return g === '' || /^[ \t]+$/.test(g);
}

/** Token index after the entry's parts matched from i, or -1. */
function matchParts(tokens: Token[], i: number, parts: string[], typoLast = false): number {
  for (let k = 0; k < parts.length; k++) {
    const t = tokens[i + k];
    if (!t || (k > 0 && !joinable(tokens, i + k))) return k > 0 && typoLast ? i + k : -1;
    if (t.key === parts[k]) continue;
    const canTypo = typoLast && k === parts.length - 1 && parts[k]!.length >= TYPO_MIN_LENGTH;
    if (canTypo && t.shape !== 'lower' && withinOneEdit(t.key, parts[k]!)) continue;
    // A double-barrelled surname may be shortened to its first part after a first name.
    return typoLast && k > 0 ? i + k : -1;
  }
  return i + parts.length;
}

/** A member of staff's name at token i ("Revd Jo", "Coach Okafor"). */
function staffAt(tokens: Token[], i: number, index: NameIndex): boolean {
  const m = i < tokens.length ? matchAt(tokens, i, index) : undefined;
  return !!m && m.entries.some((e) => e.person.kind === 'staff');
}

/** "Dr Hana Ismail", "Mrs Ruby": a title no child carries, before a pupil's given name and
 * no member of staff's, is some adult who shares it; the name is left to the rules
 * (names/other-person/adult-title) rather than joined to the title. "Miss" is left out:
 * "Little Miss Ruby" and nursery's "Miss Ruby" may be the child. */
function adultTitledGivenName(title: Token, m: Mention): boolean {
  return (
    title.key !== 'miss' &&
    !m.full &&
    m.entries.every((e) => e.person.kind !== 'staff' && e.field !== 'last')
  );
}

function findCandidates(tokens: Token[], index: NameIndex, famous: Uint8Array): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const titled =
      (STAFF_TITLES.has(t.key) ||
        (STAFF_FIRST_TITLES.has(t.key) && staffAt(tokens, i + 1, index))) &&
      i + 1 < tokens.length &&
      !famous[i + 1];
    const at = titled ? skipInitial(tokens, i + 1) : i;
    const m = matchAt(tokens, at, index);
    if (m && titled && /^\.?\s+$/.test(tokens[i + 1]!.gapBefore) && !adultTitledGivenName(t, m)) {
      const staff = m.entries.filter((e) => e.person.kind === 'staff');
      // "Mr Long" with no staff member Long: a pupil's parent only if the name is no word.
      if (!staff.length && !m.full && isAmbiguous(m, index)) {
        i = m.to;
        continue;
      }
      out.push({
        ...m,
        entries: staff.length ? staff : m.entries,
        from: i,
        start: t.start,
        full: true,
        titled: true,
      });
      i = m.to;
      continue;
    }
    const found = titled ? matchAt(tokens, i, index) : m;
    const own = found && registerOrder(tokens, found);
    if (own) {
      out.push(own);
      i = own.to;
      continue;
    }
    if (t.squashed && t.where === 'tag') out.push(...squashedNames(t, i, index));
  }
  return out;
}

/** Skips an initial between a title and a surname: "Mrs K. Hughes". */
function skipInitial(tokens: Token[], i: number): number {
  const t = tokens[i];
  const next = tokens[i + 1];
  const isInitial = t && t.raw.length === 1 && t.shape !== 'lower';
  return isInitial && next && /^\.?\s+$/.test(next.gapBefore) ? i + 1 : i;
}

function mention(
  tokens: Token[],
  from: number,
  to: number,
  entries: Entry[],
  full: boolean,
  typo: boolean,
): Mention {
  return {
    start: tokens[from]!.start,
    end: tokens[to]!.end,
    entries,
    from,
    to,
    full,
    titled: false,
    typo,
  };
}

/** The best mention starting at token i: a full name if one fits, else the longest listed name. */
function matchAt(tokens: Token[], i: number, index: NameIndex): Mention | undefined {
  const t = tokens[i];
  if (!t || t.key === '') return undefined;
  const exact = index.byFirstPart.get(t.key);
  const found = exact ? bestOf(tokens, i, exact, false) : undefined;
  if (found) return found;
  const bare =
    possessiveWithoutApostrophe(tokens, i, index) ??
    pluralSurname(t, index) ??
    possessiveInTag(tokens, i, index);
  if (bare) return bestOf(tokens, i, bare, false);
  const joined = hyphenatedTypo(tokens, i, index);
  if (joined) return bestOf(tokens, i, joined, false);
  const mutated = mutatedEntries(tokens, i, index);
  if (mutated) return bestOf(tokens, i, mutated, true);
  if (typoCandidate(t, index)) {
    // A word that is no word may be a slip for any listed name, those that are also words
    // included: "Brookln" is Brooklyn, "Precous" is Precious (the rules then ask of it what
    // they ask of the name).
    // In lower case only names that are no word ("shanise" for Shanice, not "rosie" for
    // Rose), and only where a person stands ("shanise asked me", not "on telly again").
    if (t.shape === 'lower' && !personSlot(tokens, i)) return undefined;
    const typos = typoEntries(index, t.key, t.shape !== 'lower');
    return typos.length ? bestOf(tokens, i, typos, true) : undefined;
  }
  if (!variantCandidate(t, index)) return undefined;
  const variants = typoEntries(index, t.key, true).filter((e) => e.person.kind === 'pupil');
  const m = variants.length ? bestOf(tokens, i, variants, true) : undefined;
  return m && { ...m, variant: true };
}

/** Words before a person: "with shanise", "thanks shanise", "and shanise". */
const BEFORE_PERSON = new Set(
  'with and thanks thank congrats congratulations well done for to from told asked helped'.split(
    ' ',
  ),
);

/** A lower-case word in a person's place: a verb straight after it, or a word before it that
 * takes a person ("shanise asked me", "well done shanise"). */
function personSlot(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  if (next && !next.sentenceStart && /^[ \t]+$/.test(next.gapBefore) && verbish(next.key))
    return true;
  return !!prev && !tokens[i]!.sentenceStart && BEFORE_PERSON.has(prev.key);
}

/** Among entries matching at i: the longest full name, else the longest name, with every tie. */
function bestOf(tokens: Token[], i: number, entries: Entry[], typo: boolean): Mention | undefined {
  let nameEnd = -1;
  let named: Entry[] | undefined;
  let fullEnd = -1;
  let full: Entry[] | undefined;
  for (const e of entries) {
    const end = typo || e.parts.length === 1 ? i + 1 : matchParts(tokens, i, e.parts);
    if (end < 0) continue;
    const f = fullAfter(tokens, e, end);
    if (f > fullEnd) {
      fullEnd = f;
      full = [e];
    } else if (f > 0 && f === fullEnd) full?.push(e);
    if (end > nameEnd) {
      nameEnd = end;
      named = [e];
    } else if (end === nameEnd) named?.push(e);
  }
  if (fullEnd > 0 && full) return mention(tokens, i, fullEnd - 1, full, true, typo);
  return nameEnd > 0 && named ? mention(tokens, i, nameEnd - 1, named, false, typo) : undefined;
}

/** Token index after the person's surname when it follows a first/preferred name at `end`. */
function fullAfter(tokens: Token[], e: Entry, end: number): number {
  if (e.field === 'last' || e.person.lastParts.length === 0) return -1;
  const next = tokens[end];
  const surname = e.person.lastParts[0]!;
  if (
    next &&
    next.key !== surname &&
    (surname.length < TYPO_MIN_LENGTH || next.key[0] !== surname[0])
  )
    return -1;
  // In links and file names words are joined by "-", "_" or ".": "/bethany-crowther.jpg".
  const joined =
    next && (next.where !== 'text' || next.gapBefore === '_') && /^[-_.]$/.test(next.gapBefore);
  if (!next || !(spaced(tokens, end) || joined) || next.sentenceStart) return -1;
  const after = matchParts(tokens, end, e.person.lastParts, true);
  // "Joanne Ellis-Bextor": a surname glued by a hyphen to more letters is someone else's.
  const glued = tokens[after];
  return after > 0 && glued?.gapBefore === '-' && glued.shape !== 'lower' ? -1 : after;
}

/** "Ibrahims dad": a name with a bare s before a word for family. */
function possessiveWithoutApostrophe(
  tokens: Token[],
  i: number,
  index: NameIndex,
): Entry[] | undefined {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!t.key.endsWith('s') || !next || !KIN_NOUNS.has(next.key) || !spaced(tokens, i + 1)) return;
  const entries = index.byFirstPart.get(t.key.slice(0, -1))?.filter((e) => e.parts.length === 1);
  return entries?.length ? entries : undefined;
}

/** "#ReubensWellies", "#IslasPicnic": a given name with a bare "s" glued to the next word
 * of a camel-case tag is the child's possessive (tags have no apostrophes). */
function possessiveInTag(tokens: Token[], i: number, index: NameIndex): Entry[] | undefined {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (t.where !== 'tag' || t.shape !== 'title' || t.key.length < 4 || !t.key.endsWith('s'))
    return undefined;
  if (!next || next.where !== 'tag' || next.gapBefore !== '' || next.shape !== 'title')
    return undefined;
  const entries = index.byFirstPart
    .get(t.key.slice(0, -1))
    ?.filter((e) => e.field !== 'last' && e.parts.length === 1);
  return entries?.length ? entries : undefined;
}

/** "the Ashworths", "the Joneses'": a listed surname in the plural is the family. */
function pluralSurname(t: Token, index: NameIndex): Entry[] | undefined {
  if (t.shape === 'lower' || t.key.length < 4 || !t.key.endsWith('s')) return undefined;
  for (const stem of [t.key.slice(0, -1), t.key.endsWith('es') ? t.key.slice(0, -2) : '']) {
    const entries = index.byFirstPart
      .get(stem)
      ?.filter((e) => e.field === 'last' && e.parts.length === 1);
    if (entries?.length) return entries;
  }
  return undefined;
}

/** "Llongyfarchiadau i Gerys": a capitalised word after a Welsh word that mutates the
 * next one, which is no English word and whose radical form is a listed name (Cerys). */
function mutatedEntries(tokens: Token[], i: number, index: NameIndex): Entry[] | undefined {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (t.shape !== 'title' || t.where !== 'text' || t.sentenceStart || !prev) return undefined;
  if (!WELSH_MUTATION_TRIGGERS.has(prev.key) || prev.shape !== 'lower') return undefined;
  if (!/^[ \t]+$/.test(t.gapBefore)) return undefined;
  for (const radical of radicalForms(t.key)) {
    const entries = index.byFirstPart.get(radical)?.filter((e) => e.parts.length === 1);
    if (!entries?.length) continue;
    // "at Dom's" is English: "a", "i", "am", "at", "o" mutate only in Welsh text.
    if (ALSO_ENGLISH.has(prev.key) && !hasWelsh(tokens)) return undefined;
    return isEnglishWord(t.key) ? undefined : entries;
  }
  return undefined;
}

const welshText = new WeakMap<Token[], boolean>();
/** Whether the text holds a word only Welsh uses (worked out once per text). */
function hasWelsh(tokens: Token[]): boolean {
  let has = welshText.get(tokens);
  if (has === undefined) welshText.set(tokens, (has = tokens.some((w) => WELSH_ONLY.has(w.key))));
  return has;
}

const ALSO_ENGLISH = new Set(['a', 'i', 'am', 'at', 'o', 'dan', 'ei', 'hyd']);
/** Words that show the text is (partly) Welsh. */
const WELSH_ONLY = new Set(
  'yn y yr mae iawn ac gyda diolch llongyfarchiadau croeso heddiw ysgol pob lwc mawr fawr bach fach ein eich eu dros drwy efo gan heb wrth'.split(
    ' ',
  ),
);

const byLaterParts = new WeakMap<NameIndex, Map<string, Entry[]>>();

/** Entries of hyphenated names ("Lily-Rose") keyed by all their parts but the first. */
function laterParts(index: NameIndex): Map<string, Entry[]> {
  let map = byLaterParts.get(index);
  if (!map) {
    map = new Map();
    for (const entries of index.byFirstPart.values())
      for (const e of entries) {
        if (e.parts.length < 2) continue;
        const key = e.parts.slice(1).join(' ');
        map.set(key, [...(map.get(key) ?? []), e]);
      }
    byLaterParts.set(index, map);
  }
  return map;
}

/** "Lilly-Rose" for Lily-Rose: the rest of a hyphenated name exact and its first part one
 * edit away. Short first parts are allowed here (the rest of the name is the evidence). */
function hyphenatedTypo(tokens: Token[], i: number, index: NameIndex): Entry[] | undefined {
  const next = tokens[i + 1];
  if (!next || !/^[-‐‑]$/.test(next.gapBefore) || tokens[i]!.key.length < 3) return undefined;
  const map = laterParts(index);
  for (let n = 1; n <= 2 && i + n < tokens.length; n++) {
    if (n > 1 && !/^[-‐‑]$/.test(tokens[i + n]!.gapBefore)) break;
    const rest = tokens
      .slice(i + 1, i + 1 + n)
      .map((t) => t.key)
      .join(' ');
    const entries = map
      .get(rest)
      ?.filter((e) => e.parts.length === n + 1 && withinOneEdit(tokens[i]!.key, e.parts[0]!));
    if (entries?.length)
      return entries.map((e) => ({ ...e, parts: [tokens[i]!.key, ...e.parts.slice(1)] }));
  }
  return undefined;
}

/** "Kowalczyk, Jakub" (a register or a mark sheet): a listed surname, a comma, then the
 * same person's first or preferred name is one full mention of that person. */
function registerOrder(tokens: Token[], m: Mention): Mention {
  if (m.full || m.from !== m.to) return m;
  const next = tokens[m.to + 1];
  if (!next || !/^,[ \t]*$/.test(next.gapBefore)) return m;
  const entries = m.entries.filter(
    (e) =>
      e.field === 'last' &&
      (e.person.firstParts[0] === next.key || e.person.preferredParts[0] === next.key),
  );
  if (!entries.length) return m;
  return { ...m, entries, to: m.to + 1, end: next.end, full: true };
}
