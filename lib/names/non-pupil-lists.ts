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
const sets = new Map<string, ReadonlySet<string>>();
onWordDataInstalled(() => {
  compiled.clear();
  sets.clear();
});

/** The list with this id as a set, made once (empty when the file has none). */
export function nonPupilSet(id: string): ReadonlySet<string> {
  let set = sets.get(id);
  if (!set) sets.set(id, (set = new Set(nonPupilList(id))));
  return set;
}

/**
 * The shipped pattern `pattern/<id>`, compiled once (case-insensitive unless `flags` say
 * otherwise: "u" alone where case tells, as in "from IT"). Without it a cue
 * (`missing: 'never'`) matches nothing, and a guard that keeps a pupil flagged
 * (`missing: 'always'`, "school talk") matches everything: recall first either way.
 */
export function nonPupilPattern(id: string, missing: 'never' | 'always', flags = 'iu'): RegExp {
  const key = `${id}/${flags}`;
  let re = compiled.get(key);
  if (!re) {
    const source = wordData().nonPupil?.[`pattern/${id}`]?.[0];
    re = new RegExp(source ?? (missing === 'never' ? '(?!)' : ''), flags);
    compiled.set(key, re);
  }
  return re;
}
