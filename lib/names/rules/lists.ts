// Names in lists: a roll call, a team sheet, a run of winners, a thread of who said what.
// A list of listed names is the surest sign the text is about pupils, so a name in one is
// flagged even where a later rule would read it as someone else's name or as a word
// ("Zakaria" one letter from a word, "Kowalski and Greenwood" as a couple, "orlando" the city).
import { defineNameRule, type Look } from '../rule';
import { candidateAt, isGivenName, type Mention, type Scan } from '../scan';
import { isAmbiguous } from '../ambiguous';
import { isInfinitive, posOf } from '../../text/part-of-speech';

/**
 * What may stand between two names of one list: an optional initial ("Tom D"), an optional
 * tally ("x2", "(pen)", "(2)", "(1:12!)", "214", "hat-trick"), then a separator (a comma, "&", "/", a
 * new line, an emoji) or only spaces ("Rojin Rayan Hevin Amira all did the crossword").
 */
const LIST_GAP =
  /^(?:['’]s)?(?:[ \t]+\p{Lu}\.?)?(?:[ \t]*(?:[x×][ \t]?\d{1,2}|\([^()\n]{1,12}\)|\d{1,3}\.?|hat-?tricks?|brace|pen))?[ \t]*(?:[,;/&+|\n][\s]*|(?:and|&)[ \t]+|[\p{Extended_Pictographic}\uFE0F\u200D][\s\p{Extended_Pictographic}\uFE0F\u200D]*)?$/u;

export interface Run {
  members: Mention[];
  /** Members that are no ordinary word (Ottilie, Kowalski; not Orlando, Fisher). */
  firm: number;
}

const runs = new WeakMap<Scan, Map<Mention, Run>>();
const positions = new WeakMap<Scan, Map<Mention, number>>();

/** The list the candidate is in (itself alone when in none). */
export function runOf(look: Look): Run {
  let byMention = runs.get(look.scan);
  if (!byMention) runs.set(look.scan, (byMention = buildRuns(look)));
  return byMention.get(look.m) ?? { members: [look.m], firm: 0 };
}

function buildRuns({ scan, index }: Look): Map<Mention, Run> {
  const out = new Map<Mention, Run>();
  const at = new Map<Mention, number>();
  positions.set(scan, at);
  const { candidates } = scan;
  let run: Mention[] = [];
  const close = () => {
    const firm = run.filter((c) => !isAmbiguous(c, index, scan.tokens)).length;
    const r: Run = { members: run, firm };
    run.forEach((c, i) => {
      out.set(c, r);
      at.set(c, i);
    });
    run = [];
  };
  for (const c of candidates) {
    const last = run[run.length - 1];
    // A tag or a link is no list item, and neither is a word inside one.
    if (scan.tokens[c.from]!.where !== 'text') {
      if (run.length) close();
      continue;
    }
    if (last && !joined(scan, last, c)) close();
    run.push(c);
  }
  if (run.length) close();
  return out;
}

const single = (c: Mention) => c.from === c.to && !c.full && !c.titled;

/** Whether b follows a in one list. Spaces alone join only single given names written
 * alike ("Rojin Rayan Hevin", "orlando toby"): "Libby Morris will" is a name and a verb. */
function joined(scan: Scan, a: Mention, b: Mention): boolean {
  const gap = scan.text.slice(a.end, b.start);
  if (!LIST_GAP.test(gap)) return false;
  if (/[^\s\p{Lu}.]/u.test(gap)) return true;
  const ta = scan.tokens[a.from]!;
  const tb = scan.tokens[b.from]!;
  return single(a) && single(b) && ta.shape === tb.shape && isGivenName(a) && isGivenName(b);
}

/** "surnames like Smith, Lee and Price": names talked about as names. */
const NAMES_AS_WORDS =
  /\b(?:(?:sur|first |given |family |pet |baby )?names?|spellings?) (?:like|such as|including|e\.g\.?|eg|for example)[ \t:]*$/i;

export const namesAsWords = defineNameRule({
  id: 'names/non-person/names-as-words',
  why: 'A list after "names like" or "surnames such as" talks about the names themselves, not about the children who have them.',
  says: 'quiet',
  quiet: ['Common Scots surnames such as Kerr, Mackintosh and Fraser come from places.'],
  flagged: ['Names of the team: Kerr, Mackintosh and Fraser.'],
  fires: (look) => {
    const first = runOf(look).members[0]!;
    return NAMES_AS_WORDS.test(look.scan.text.slice(Math.max(0, first.start - 40), first.start));
  },
});

export const nameList = defineNameRule({
  id: 'names/name-list',
  why: 'A listed name in a list of three or more listed names, at least two of them no ordinary word, is one of the children listed.',
  says: 'flag',
  quiet: ['Our values this term are Patience, Honesty and Grace.'],
  flagged: [
    'Pairs for the trip: Kevin Orla Scarlett Jacob all on the front bus.',
    'will grace and kevin and orla come to the front',
    'Lunch table today: Mackintosh, Doyle and Collins asked about my cat.',
    'Scorers: Kerr x2, Moss, Ferreira (pen).',
    '400m: Orla (1:12!), Kevin D, Jacob',
  ],
  fires: (look) => {
    const { members, firm } = runOf(look);
    return members.length >= 3 && firm >= 2;
  },
});

/** "mason: my dog ate it": a name opening a line or sentence, then a colon. */
function labels(scan: Scan, m: Mention): boolean {
  const t = scan.tokens[m.from]!;
  // After a score or an emoji ("6/10 jayden:") a new line of the thread starts; after a
  // word ("Brian Clough:") it is someone's whole name.
  const opens =
    t.sentenceStart ||
    m.from === 0 ||
    /\n|^[^\p{L}]*[\d\p{Extended_Pictographic}][^\p{L}]*$/u.test(t.gapBefore);
  return opens && t.where === 'text' && /^[ \t]*:/.test(scan.text.slice(m.end, m.end + 4));
}

export const speakerLabel = defineNameRule({
  id: 'names/speaker-label',
  why: 'Listed names opening lines with a colon ("ruby: …" "kevin: …"), two or more, or one before a quotation, are children quoted.',
  says: 'flag',
  quiet: ['Summer: three weeks to go!'],
  flagged: [
    'quotes of the day 🧵 grace: "is a worm a snake" will: "no it\'s a noodle"',
    'Overheard at snack time. May: "carrots are just orange crisps"',
  ],
  fires: ({ scan, m }) => {
    if (!labels(scan, m)) return false;
    // One label before a quotation is a child quoted: 'rose: "is it home time"'.
    if (/^[ \t]*:[ \t]*["“]/.test(scan.text.slice(m.end, m.end + 6))) return true;
    let n = 0;
    for (let k = 0; k < scan.tokens.length && n < 2; k++) {
      const c = candidateAt(scan, k);
      if (c && c.from === k && labels(scan, c)) n++;
    }
    return n >= 2;
  },
});

const NEAR = 4;

/** Where the candidate stands in its list. */
function positionIn(look: Look): number {
  runOf(look);
  return positions.get(look.scan)?.get(look.m) ?? 0;
}

/** A comma, "&", "/", "+", a new line or "and" between the candidate and a neighbouring member. */
function separated({ scan }: Look, members: Mention[], at: number): boolean {
  const sep = (a: Mention | undefined, b: Mention | undefined) =>
    !!a && !!b && /[,&/+\n]|\band\b|\bn\b/.test(scan.text.slice(a.end, b.start));
  return sep(members[at - 1], members[at]) || sep(members[at], members[at + 1]);
}

/** A member taken as a pupil: flagged already, or no ordinary word and not left quiet. */
function takenAsPupil(c: Mention, look: Look): boolean {
  // In text with capitals, a member in lower case vouches for nobody ("Hunter, collier").
  if (look.scan.style === 'normal' && look.scan.tokens[c.from]!.shape === 'lower') return false;
  if (c.rule !== undefined) return true;
  return c.quietBy === undefined && !isAmbiguous(c, look.index, look.scan.tokens);
}

/** "Marley and Kingdom iced the cupcakes", "joy, leo and trinity all blended": a name-word
 * in a list with listed names taken as pupils is a pupil too. It stands after the rules for
 * someone else's name and before the weak ones (a determiner, a compound noun, the context
 * score), which read one neighbouring word where the list says more. */
export const withListedNames = defineNameRule({
  id: 'names/with-listed-names',
  why: 'A listed name joined by a comma, "and" or "&" to other listed names taken as pupils is one of them, whatever the word after it suggests.',
  says: 'flag',
  quiet: [
    'Grace and patience will see us through the summer.',
    'Bring wellies, a rose cutting and will power.',
  ],
  flagged: [
    'Orla and Summer iced the buns.',
    'Kevin and Grace all painted the fence.',
    'summer, orla and grace all sang',
    'Orla and Will brought plenty of conkers.',
  ],
  fires: (look) => {
    const { m, t, scan, next } = look;
    if (t.where !== 'text' || !look.ambiguous) return false;
    const { members } = runOf(look);
    if (members.length < 2) return false;
    // The members near it (a list of thousands costs the same per name as a list of five).
    const at = positionIn(look);
    const near = members.slice(Math.max(0, at - NEAR), at + NEAR + 1);
    const taken = near.filter((c) => c !== m && takenAsPupil(c, look)).length;
    if (taken === 0) return false;
    // Lower case where the writer uses capitals is the word ("Hunter, collier, cooper").
    if (scan.style === 'normal' && t.shape === 'lower') return false;
    // A label, not a member: "Queen: Zara / Baker: Jacob".
    if (/^[ \t]*:/.test(look.after)) return false;
    // Joined by a separator, not spaces alone ("Megan Fox" is one name).
    if (!separated(look, members, at)) return false;
    // "Orla, Kevin and will be there": a modal with a verb after it is the verb.
    return !(posOf(t.key) === 'modal' && next !== undefined && isInfinitive(next.key));
  },
});
