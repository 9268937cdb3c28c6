// Turns the shared name scan into one detector's hits: the pupils' or the staff's
// entries of each accepted mention, after the attribution rules, each hit carrying the
// id of the rule that decided it. With a trace, every candidate is reported.
import type { Hit } from '../engine/finding';
import { once, type DetectContext } from '../engine/detector';
import { scanNames } from './find-names';
import type { NameIndex } from './name-index';
import { pupilReason, staffReason } from './reasons';
import { ATTRIBUTION_RULES } from './rules/attribution';
import type { Mention, NameDecision } from './scan';

type Who = 'pupil' | 'staff';

/** The attribution rule that makes this mention an adult's, if any. */
function adultBy(m: Mention, text: string) {
  return ATTRIBUTION_RULES.find((r) => r.adult(m, text));
}

export function nameHits(who: Who, text: string, index: NameIndex, context: DetectContext): Hit[] {
  const { trace } = context;
  // One scan of the piece for both name detectors (a traced one when a trace is asked for).
  const scan = once(context, trace ? 'names-traced' : 'names', () =>
    scanNames(text, index, trace !== undefined),
  );
  // Offsets back into the typed text when normalising moved characters.
  const at = (i: number) => (scan.offsets ? scan.offsets[i]! : i);
  const hits: Hit[] = [];
  const kind = who === 'pupil' ? 'pupil-name' : 'staff-name';
  scan.candidates.forEach((m, n) => {
    const entries = m.entries.filter((e) => e.person.kind === who);
    if (entries.length === 0) return;
    const decision: NameDecision | undefined = scan.decisions?.[n];
    const accepted = decision ? decision.verdict === 'flagged' : m.rule !== undefined;
    const adult = accepted && who === 'pupil' ? adultBy(m, scan.text) : undefined;
    const start = at(m.start);
    const end = at(m.end);
    if (trace && decision) {
      const fired = adult
        ? [...decision.fired, { rule: adult.id, said: 'quiet' as const }]
        : decision.fired;
      trace({
        kind,
        start,
        end,
        verdict: accepted && !adult ? 'flagged' : 'quiet',
        rule: adult ? adult.id : decision.rule,
        fired,
        ...(decision.score ? { score: decision.score } : {}),
        ...(decision.model ? { model: decision.model } : {}),
      });
    }
    if (!accepted || adult) return;
    const written = text.slice(start, end);
    const restricted = who === 'pupil' && entries.some((e) => e.person.restricted);
    hits.push({
      kind,
      start,
      end,
      rule: m.rule!,
      reason: who === 'pupil' ? pupilReason(m, entries, written) : staffReason(m, entries, written),
      ...(restricted ? { severity: 'high' as const, restricted: true } : {}),
    });
  });
  return hits;
}
