// Once a word is a person's name, whose is it? A pupil and a member of staff may share
// it; these rules say when the words around it point to an adult. They decide the same
// way whichever lists the name is on.
import { ADULT_AFFILIATION_AFTER } from '../context-words';
import type { Mention } from '../scan';

export interface AttributionRule {
  id: string;
  why: string;
  /** Texts where the listed pupil's name is left quiet by this rule (the adult is meant). */
  quiet: readonly string[];
  /** Near misses where the pupil is still flagged. */
  flagged: readonly string[];
  /** True when the mention is an adult's: its pupil entries do not count. */
  adult(m: Mention, text: string): boolean;
}

export const adultAffiliation: AttributionRule = {
  id: 'names/adult-affiliation',
  why: 'A lone name with an adult organisation after it ("Chloe from HR") is an adult who shares the name.',
  quiet: [
    'Jacob from the supply agency messaged about Monday.',
    'Oscar from HR is chasing me.',
    'Goodbye to Mrs Holland from the library van.',
    'Kevin from the corner café dropped off hot chocolates for the choir.',
    'Oscar from the gurdwara committee brought the langar.',
    'Holland from the council came to see the new crossing.',
  ],
  flagged: ['Jacob from Year 4 won the cup.'],
  adult: (m, text) => {
    const after = text.slice(m.end, m.end + 60);
    // "Mrs Morgan from the library van": a title for no member of staff, then where she
    // works, is an adult who shares a pupil's surname.
    if (m.titled && m.entries.every((e) => e.person.kind === 'pupil'))
      return /^[ \t]+from (?:the|our|my|a) (?![Yy]ear|[Cc]lass|[Rr]eception|[Nn]ursery)/.test(
        after,
      );
    // A lone name, given or surname ("Ali from the mosque committee" may be either).
    return !m.full && m.from === m.to && ADULT_AFFILIATION_AFTER.test(after);
  },
};

export const ATTRIBUTION_RULES: readonly AttributionRule[] = [adultAffiliation];
