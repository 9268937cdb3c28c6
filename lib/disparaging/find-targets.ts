// The targets of one line: names the other checks found, then the lexicon's
// groups, outside the spans that are no target ("my own kids", "council tax").
import { type Lexicon, type TargetHit } from './lexicon';
import { overlaps, within } from '../text/span';

/** The target an allegation implies ("that woman"): never the longer name that hides a real one. */
export const IMPLIED = 'someone';

export function findTargets(
  text: string,
  asWritten: string,
  lexicon: Lexicon,
  known: TargetHit[],
): TargetHit[] {
  const excluded = lexicon.notTargets.matches(text);
  const found: TargetHit[] = known.map((t) => ({ ...t }));
  for (const { label, words, capitals } of lexicon.targets) {
    for (const span of [...words.matches(text), ...capitals.matches(asWritten)]) {
      if (excluded.some((x) => overlaps(x, span))) continue;
      // A name another detector found says better who it is ("Old Park Primary" is the school).
      const named = known.find((k) => overlaps(k, span));
      found.push({ ...span, label: named?.label ?? label });
    }
  }
  // The longest name wins: "Year 8 parents" are parents, "the Year 4 team" colleagues.
  const named = found.filter(
    (t) =>
      !found.some((u) => u.label !== IMPLIED && u.end - u.start > t.end - t.start && within(t, u)),
  );
  for (const t of named) t.owner = /^'s?\s/.test(text.slice(t.end, t.end + 3));
  return named;
}
