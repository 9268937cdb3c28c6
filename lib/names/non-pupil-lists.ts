// The installed non-pupil word lists (lib/names/non-pupil-data.ts, shipped in
// data/checker-data.json), as the rules read them; empty when the file has none, so the
// rules that need them stay quiet about nothing (recall first).
import { onWordDataInstalled, wordData } from '../text/word-data';

/** The list with this id, or none. */
export const nonPupilList = (id: string): readonly string[] => wordData().nonPupil?.[id] ?? [];

/** Every list whose id starts with `prefix`, with its id. */
export function nonPupilLists(prefix: string): [string, readonly string[]][] {
  return Object.entries(wordData().nonPupil ?? {}).filter(([id]) => id.startsWith(prefix));
}

const compiled = new Map<string, RegExp>();
onWordDataInstalled(() => compiled.clear());

/**
 * The shipped pattern `pattern/<id>`, compiled once (case-insensitive). Without it a cue
 * (`missing: 'never'`) matches nothing, and a guard that keeps a pupil flagged
 * (`missing: 'always'`, "school talk") matches everything: recall first either way.
 */
export function nonPupilPattern(id: string, missing: 'never' | 'always'): RegExp {
  let re = compiled.get(id);
  if (!re) {
    const source = wordData().nonPupil?.[`pattern/${id}`]?.[0];
    re = new RegExp(source ?? (missing === 'never' ? '(?!)' : ''), 'iu');
    compiled.set(id, re);
  }
  return re;
}
