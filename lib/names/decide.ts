// Decides whether a listed word in the text is used as a person's name: the rules in
// rules/index.ts in order, the first that fires deciding, then the context score for
// names that are also ordinary words. With `trace`, it also says which rules fired.
import { isAmbiguous } from './ambiguous';
import type { Fired } from '../engine/trace';
import type { NameIndex } from './name-index';
import { lookAt, type Look } from './rule';
import { CONTEXT_RULE, NAME_RULES, ORDINARY_WORD_RULE } from './rules';
import type { Mention, NameDecision, Scan } from './scan';
import { scoreOf, thresholdFor } from './score';

export { isAmbiguous };

/** The id of the rule that makes the candidate a name, or undefined when it stays
 * quiet; the fast path of `decide`. */
export function accept(m: Mention, scan: Scan, index: NameIndex, text: string): string | undefined {
  const look = lookAt(m, scan, index, text, isAmbiguous(m, index, scan.tokens));
  for (const rule of NAME_RULES) {
    if (!rule.fires(look)) continue;
    if (rule.says === 'flag') return rule.id;
    quietBy(m, scan, rule.id);
    return undefined;
  }
  return scoreOf(look) >= thresholdFor(look) ? CONTEXT_RULE.id : undefined;
}

/** The decision with every rule that fired, for traces (`check(text, { trace })`); with
 * `late` false, without asking the rules after the deciding one (what the names model reads,
 * at the cost of `accept`). */
export function decide(
  m: Mention,
  scan: Scan,
  index: NameIndex,
  text: string,
  late = true,
): NameDecision {
  const look = lookAt(m, scan, index, text, isAmbiguous(m, index, scan.tokens));
  const fired: Fired[] = [];
  let decided: NameDecision | undefined;
  for (const rule of NAME_RULES) {
    if (!firesSafely(rule.fires, look)) continue;
    const said = rule.says;
    if (decided) fired.push({ rule: rule.id, said, late: true });
    else {
      fired.push({ rule: rule.id, said });
      decided = { verdict: said === 'flag' ? 'flagged' : 'quiet', rule: rule.id, fired };
      if (said === 'quiet') quietBy(m, scan, rule.id);
      if (!late) return decided;
    }
  }
  if (decided) return decided;
  const terms: { rule: string; said: number }[] = [];
  const total = scoreOf(look, terms);
  const threshold = thresholdFor(look);
  fired.push(...terms);
  const flagged = total >= threshold;
  return {
    verdict: flagged ? 'flagged' : 'quiet',
    rule: flagged ? CONTEXT_RULE.id : ORDINARY_WORD_RULE.id,
    fired,
    score: { total, threshold },
  };
}

/** Rules after the deciding one assume earlier ones did not fire; a trace asks them anyway. */
function firesSafely(fires: (look: Look) => boolean, look: Look): boolean {
  try {
    return fires(look);
  } catch {
    return false;
  }
}

/** Records the quiet rule on the mention, and the name among the scan's quiet ones. */
function quietBy(m: Mention, scan: Scan, rule: string): void {
  m.quietBy = rule;
  (scan.quietKeys ??= new Set()).add(scan.tokens[m.from]!.key);
}
