// Once a word is a person's name, whose is it? A pupil and a member of staff may share
// it; these rules say when the words around it point to an adult. They decide the same
// way whichever lists the name is on.
import { nonPupilList, nonPupilLists, nonPupilPattern } from '../non-pupil-lists';
import { onWordDataInstalled } from '../../text/word-data';
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

/** An adult organisation or role after "from" makes a lone first name an adult, not a
 * pupil (data: named-others-words.ts): "Chloe from the supply agency", "Lucy from HR", "Sam from the trust", "Jo from the
 * corner café", "Sam from the mosque committee", a service that visits schools ("Jo from
 * the speech and language team", "Dai from the music service", "Nia from Menter Iaith")
 * (a pupil comes from 10B or Rowan class, never from a café, a committee or a service;
 * "the netball team" is no service). Up to two
 * words may qualify it ("the academy trust"); a year group or class never does. */
const ADULT_AFFILIATION_AFTER = () => nonPupilPattern('adult-affiliation-after', 'never', 'u');

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
    'Kevin from the school nursing team ran the hand-washing workshop.',
    'Big thanks to Ruby and Oscar from the youth service for the graffiti art session.',
    'Orla from Menter Iaith brought Welsh board games to the lunch club.',
  ],
  flagged: [
    'Jacob from Year 4 won the cup.',
    'Kevin from the netball team scored twice.',
    'Ruby and Oscar from Hazel class read to the governors.',
  ],
  adult: (m, text) => {
    const after = text.slice(m.end, m.end + 60);
    // "Mrs Morgan from the library van": a title for no member of staff, then where she
    // works, is an adult who shares a pupil's surname.
    if (m.titled && m.entries.every((e) => e.person.kind === 'pupil'))
      return /^[ \t]+from (?:the|our|my|a) (?![Yy]ear|[Cc]lass|[Rr]eception|[Nn]ursery)/.test(
        after,
      );
    // A lone name, given or surname ("Ali from the mosque committee" may be either), or
    // the first of two ("Jo and Sam from the council").
    if (m.full || m.from !== m.to) return false;
    if (ADULT_AFFILIATION_AFTER().test(after)) return true;
    const partner = PARTNER_BEFORE_FROM.exec(after);
    return partner !== null && ADULT_AFFILIATION_AFTER().test(after.slice(partner[0].length));
  },
};

/** "and Sam" between a name and "from the council": two adults from the same place. */
const PARTNER_BEFORE_FROM = /^[ \t]+(?:and|&)[ \t]+\p{Lu}[\p{L}'’-]*(?=[ \t]+from\b)/u;

/** Children playing at jobs take the job as a title: "Ruby the vet in the role-play
 * surgery", "dressed as a firefighter". */
const CHILD_PLAY = () => nonPupilPattern('child-play', 'always');

let lastText: string | undefined;
let lastPlay = false;
let lastAdult = false;
/** Over the whole text, once per text (asked for every accepted name): CHILD_PLAY, and
 * whether an occupation, a workplace or "from" stands anywhere in it. */
function facts(text: string): void {
  if (text !== lastText) {
    lastText = text;
    lastPlay = CHILD_PLAY().test(text);
    lastAdult = occupationPatterns().any.test(text) || /\bfrom\b/i.test(text);
  }
}
function childPlay(text: string): boolean {
  facts(text);
  return lastPlay;
}
/** No occupation, workplace or "from" anywhere: no name in the text is an adult's by them. */
function noAdultCue(text: string): boolean {
  facts(text);
  return !lastAdult;
}

/** Words before an occupation that make it a child's: "our young farmer Kevin". */
const CHILD_BEFORE_ROLE: ReadonlySet<string> = new Set(
  'young junior little budding pupil child student trainee mini'.split(' '),
);

let patterns:
  { after: RegExp; before: RegExp; calledFar: RegExp; at: RegExp; any: RegExp } | undefined;
onWordDataInstalled(() => (patterns = undefined));

/** Built on first use from the occupation data ("dog-walker" also reads "dog walker"). */
function occupationPatterns() {
  if (patterns) return patterns;
  const alt =
    nonPupilLists('occupation/')
      .flatMap(([, words]) => words)
      .sort((a, b) => b.length - a.length)
      .map((w) => w.replace(/-/g, '[- ]?'))
      .join('|') || '(?!)';
  const places =
    nonPupilList('workplaces')
      .map((w) => w.replace(/-/g, '-?').replace(/ /g, '[ \\t]+'))
      .join('|') || '(?!)';
  patterns = {
    // Any occupation or workplace in the text: most texts have none.
    any: new RegExp(`(?:^|[^\\p{L}])(?:${alt}|${places})`, 'iu'),
    // "Ellis the plumber", "Reid's the butcher", "Kevin, the local vet,".
    after: new RegExp(
      `^(?:['’]s)?,?[ \\t]+the[ \\t]+(?:local[ \\t]+|village[ \\t]+|new[ \\t]+)?(?:${alt})s?(?![\\p{L}-])`,
      'iu',
    ),
    // "our driver Frank", "my bus driver Kevin", "a real-life ranger called Eve".
    before: new RegExp(
      `(?:^|[^\\p{L}])(my|our|the|a|an|their|his|her|your)[ \\t]+((?:[\\p{L}-]+[ \\t]+){0,2}?)(?:${alt})(?:[ \\t]+(?:called|named))?[ \\t]*(,?)[ \\t]*$`,
      'iu',
    ),
    // "The dog-walker at the end of my road is called Teddy".
    calledFar: new RegExp(
      `(?:^|[^\\p{L}])(?:${alt})s?(?![\\p{L}'’-])([^.!?\\n]{0,40}?)[ \\t](?:is|was)[ \\t]+(?:called|named)[ \\t]+$`,
      'iu',
    ),
    // "Kirsty at the Co-op", "Sam at the post office".
    at: new RegExp(`^[ \\t]+at[ \\t]+(?:the[ \\t]+|our[ \\t]+)?(?:${places})(?![\\p{L}])`, 'iu'),
  };
  return patterns;
}

/** A child or a relative of the adult between the occupation and the name: "the farmer's
 * daughter is called Ruby". */
const KIN_BETWEEN =
  /['’]s\b|\b(?:son|daughter|child|kid|kids|boy|girl|lad|lass|grandson|granddaughter|nephew|niece)\b/i;
/** Thanks before a named adult of a shop, or what they did after it. */
const THANKED_BEFORE =
  /\b(?:thanks?|thank you|cheers|shout ?out|big up|grateful)\b[^.!?\n]{0,20}$/i;
const FOR_AFTER = /^[^.!?\n]{0,40}?\b(?:for|who)\b/i;

/** Whether the single word at [start, end) is an adult named by their occupation. */
function occupationAt(start: number, end: number, text: string): boolean {
  const p = occupationPatterns();
  if (noAdultCue(text)) return false;
  const after = text.slice(end, end + 60);
  const before = text.slice(Math.max(0, start - 70), start);
  if (p.after.test(after)) return true;
  const b = p.before.exec(before);
  // After a comma only an owned role is an appositive ("our driver, Frank,"): "brave at the
  // dentist, Dawid scored" lists a child after a place.
  const owned = /^(?:my|our|their)$/i.test(b?.[1] ?? '');
  if (
    b &&
    (b[3] === '' || owned) &&
    !(b[2] ?? '').split(/[ \t]+/).some((w) => CHILD_BEFORE_ROLE.has(w.toLowerCase()))
  )
    return true;
  const far = p.calledFar.exec(before);
  if (far && !KIN_BETWEEN.test(far[1] ?? '')) return true;
  return p.at.test(after) && (THANKED_BEFORE.test(before) || FOR_AFTER.test(after.slice(4)));
}

export const adultOccupation: AttributionRule = {
  id: 'names/adult-occupation',
  why: 'A lone name beside an occupation no pupil holds ("Ellis the plumber", "our driver Frank", "a ranger called Eve", thanks to "Kirsty at the Co-op") is an adult who shares it (occupation-words.ts, with ids).',
  quiet: [
    'Does anyone have a number for Ellis the plumber? The kitchen tap is dripping again.',
    "Kerr's the butcher sold out of pies by ten.",
    'Huge thanks to our driver Kevin, who never once missed the 7.40 pick-up.',
    'On the moor walk we met a ranger called Iona who showed us an adder.',
    'The dog walker at the end of our lane is called Teddy. A grown man called Teddy!',
    'Thank you to Grace at the post office for the raffle prizes.',
    'Our SALT Ruby is running the parent workshop on Thursday.',
  ],
  flagged: [
    'Kevin the goalkeeper saved two penalties.',
    'Stars of the week: Ruby for being brave at the dentist, Kevin for his first goal.',
    'In the role-play surgery Kevin the vet bandaged every teddy.',
    'Our young farmer Kevin fed the lambs at the city farm.',
    "The farmer's daughter is called Ruby and she is in Hazel class.",
    'Kevin at the dentist this morning, so he missed the spelling test.',
  ],
  adult: (m, text) => {
    if (m.full || m.from !== m.to || childPlay(text)) return false;
    return occupationAt(m.start, m.end, text);
  },
};

/** What only an adult's working life has, straight after the name: "Gordon's been off work
 * three weeks", "Kevin is on nights again" (a pupil's "work experience" is not it). */
const WORKING_LIFE_AFTER = () => nonPupilPattern('working-life', 'never');

export const adultWorkingLife: AttributionRule = {
  id: 'names/adult-working-life',
  why: 'A lone name followed by what only an adult\'s working life has ("X\'s been off work", "X is on nights") is an adult who shares it.',
  quiet: [
    "Kevin's been off work three weeks with his back, so I'm doing all the dog walks.",
    'Oscar is on nights again so tea for one.',
  ],
  flagged: [
    'Kevin is on work experience at the garage this week.',
    "Kevin's been off school with a cold.",
  ],
  adult: (m, text) =>
    !m.full && m.from === m.to && WORKING_LIFE_AFTER().test(text.slice(m.end, m.end + 50)),
};

/** The earlier places, up to 400 characters back, where the same word stands, as [start, end). */
function earlier(m: Mention, text: string): [number, number][] {
  const word = text.slice(m.start, m.end);
  const out: [number, number][] = [];
  // Within the post around it: a long text must not be searched again for every name.
  let i = text.indexOf(word, Math.max(0, m.start - 400));
  while (i >= 0 && i < m.start) {
    const a = text[i - 1];
    const z = text[i + word.length];
    if ((a === undefined || !/\p{L}/u.test(a)) && (z === undefined || !/\p{L}/u.test(z)))
      out.push([i, i + word.length]);
    i = text.indexOf(word, i + 1);
  }
  return out;
}

export const sameAdultAgain: AttributionRule = {
  id: 'names/same-adult-again',
  why: 'A lone name the post has already made an adult\'s ("Nate from IT … Nate, you are a saint") is the same adult again.',
  quiet: [
    'Oscar from HR sorted my payslip. Oscar, you are a star.',
    'Thanks to Kerr the plumber for the new boiler. Kerr even fixed the dripping tap.',
  ],
  flagged: ['Oscar from HR sorted my payslip. Oscar in Rowan class made me a card.'],
  adult: (m, text) => {
    if (m.full || m.from !== m.to || noAdultCue(text) || childPlay(text)) return false;
    // Placed in a class or year group, it is a pupil who shares the adult's name.
    if (
      /^[ \t]+(?:in|from)[ \t]+(?:year|yr|class|reception|nursery|p\d|\p{Lu}\p{Ll}+[ \t]+class)/iu.test(
        text.slice(m.end, m.end + 30),
      )
    )
      return false;
    return earlier(m, text).some(
      ([s, e]) => occupationAt(s, e, text) || ADULT_AFFILIATION_AFTER().test(text.slice(e, e + 60)),
    );
  },
};

export const ATTRIBUTION_RULES: readonly AttributionRule[] = [
  adultAffiliation,
  adultOccupation,
  adultWorkingLife,
  sameAdultAgain,
];
