// Names inside a hashtag or handle written as one lower-case run ("#islasmashedit",
// "@noahyoung"): every substring of four or more letters is looked up, so this runs
// only on short tag words.
import { isKnownWord } from '../text/part-of-speech';
import type { Mention } from './scan';
import type { Entry, NameIndex } from './name-index';
import type { Token } from './tokens';

/** "#theorywork": the name is only the start of a longer word. */
function startsLongerWord(key: string, s: number, e: number): boolean {
  for (let k = 1; k <= 4 && e + k <= key.length; k++)
    if (isKnownWord(key.slice(s, e + k))) return true;
  return false;
}

/** Letters after a squashed name must start a word ("isla|smashed"), not run on from
 * the name ("theo|rywork" is "theory work"); letters before it must end one ("go|max"). */
function wordEdges(key: string, s: number, e: number): boolean {
  const starts = e === key.length || knownPiece(key, e, true);
  return starts && (s === 0 || knownPiece(key, s, false));
}
function knownPiece(key: string, at: number, after: boolean): boolean {
  for (let n = 2; n <= 10; n++) {
    const piece = after ? key.slice(at, at + n) : key.slice(at - n, at);
    if (piece.length < n) return false;
    if (isKnownWord(piece)) return true;
  }
  return false;
}

/** Extends a squashed first name over the person's surname: "noahyoung". */
function withSurname(key: string, end: number, found: Entry[]): number {
  for (const e of found) {
    const surname = e.field === 'last' ? '' : e.person.lastParts.join('');
    if (surname && key.startsWith(surname, end)) {
      found.splice(0, found.length, e);
      return end + surname.length;
    }
  }
  return end;
}

const HANDLE_TITLE = /^(?:mrs|miss|mr|ms|sir)/;

/** A teacher's handle: a title and a staff surname, then word pieces or nothing
 * ("@missstoneteaches", "@mrs_okafor_pe" squashed). The title is the evidence, so a surname
 * that is also a word ("Stone") counts here. */
function staffHandle(t: Token, i: number, index: NameIndex): Mention | undefined {
  const key = t.key;
  const title = HANDLE_TITLE.exec(key)?.[0];
  if (!title) return undefined;
  for (const person of index.people) {
    const surname = person.lastParts.join('');
    if (person.kind !== 'staff' || surname.length < 3) continue;
    const end = title.length + surname.length;
    if (!key.startsWith(surname, title.length) || (end < key.length && !knownPiece(key, end, true)))
      continue;
    const entries = (index.byFirstPart.get(person.lastParts[0]!) ?? []).filter(
      (e) => e.person === person && e.field === 'last',
    );
    if (!entries.length) continue;
    return {
      start: t.start,
      end: t.start + end,
      entries,
      from: i,
      to: i,
      full: true,
      titled: true,
      typo: false,
    };
  }
  return undefined;
}

/** Names inside a hashtag or handle written as one lower-case run: "#islasmashedit". */
export function squashedNames(t: Token, i: number, index: NameIndex): Mention[] {
  const out: Mention[] = [];
  const key = t.key;
  // Real tags are short; a longer run is no hashtag a person reads.
  if (key.length < 5 || key.length > 60 || key.length !== t.raw.length) return out;
  const handle = staffHandle(t, i, index);
  if (handle) return [handle];
  let s = 0;
  while (s <= key.length - 4) {
    let found: Entry[] | undefined;
    let foundEnd = 0;
    for (let e = Math.min(key.length, s + 20); e >= s + 4; e--) {
      const remainderOk = (s === 0 || s >= 3) && (e === key.length || key.length - e >= 3);
      if (!remainderOk || startsLongerWord(key, s, e) || !wordEdges(key, s, e)) continue;
      const entries = index.byFirstPart
        .get(key.slice(s, e))
        ?.filter((x) => x.parts.length === 1 && !index.ambiguous.has(x.parts[0]!));
      if (entries?.length) {
        found = entries;
        foundEnd = e;
        break;
      }
    }
    if (found) {
      foundEnd = withSurname(key, foundEnd, found);
      const full = foundEnd > s + found[0]!.parts[0]!.length;
      out.push({
        start: t.start + s,
        end: t.start + foundEnd,
        entries: found,
        from: i,
        to: i,
        full,
        titled: false,
        typo: false,
      });
      s = foundEnd;
    } else s++;
  }
  return out;
}
