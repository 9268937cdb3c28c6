// A listed word used as the name of a place: a river, an island, a mountain or a loch
// named with its kind ("the River Tamsin", "the Isle of Kerr"), a town before its postcode,
// a venue after an event ("the gala at Kerr"), a pub ("the Kerr Arms").
import { defineNameRule, textHas } from '../rule';
import { nonPupilPattern, nonPupilSet } from '../non-pupil-lists';
import { adjacent, candidateAt, prevIn } from '../scan';

/** Kinds of place written before their name, capitalised: "River Isla", "Mount Snowdon". */
const PLACE_KINDS = () => nonPupilSet('place-kinds');
/** Kinds written before "of": "Isle of Struay", "Vale of Glamorgan". */
const PLACE_KINDS_OF = () => nonPupilSet('place-kinds-of');
/** After a name: a pub or an inn ("the Miners Arms"), a station ("Kerr Halt"). */
const PLACE_AFTER = /^(?:['’]s)?[ \t]+(?:Arms|Inn|Tavern|Halt)\b/;
/** After a town: what it has or holds ("Kerr market", "the Kerr bypass", "nine Kerr
 * colleges", "the Kerr beach clean", "Kerr seafront"); no child is followed by these. */
const TOWN_AFTER = () => nonPupilPattern('town-after', 'never', 'i');
/** Before "of" in lower case after "the": the people, the holy houses and the land of a
 * place ("the nuns of Whitby", "the island of Skye", "the people of Lewis"). */
const OF_PLACE_LOWER = () => nonPupilSet('place-people-of');
/** Before "of" and a town: "the Bishop of Kerr", "the University of Kerr". */
const TOWN_OF = () => nonPupilSet('town-of');
/** A UK postcode after a town: "Chester CH1 1HD". */
const POSTCODE_AFTER = /^,?[ \t]+[A-Z]{1,2}\d[A-Z\d]?[ \t]*\d[A-Z]{2}\b/;
/** Events held at a place: "the county gala at Kerr", "semi-final at Kerr on Friday". */
const EVENTS = () => nonPupilSet('events');

export const placeName = defineNameRule({
  id: 'names/non-person/place-name',
  why: 'A name with the kind of place before it ("River", "Isle of", "Bishop of"), "through" or "via" before it, a postcode, "Arms" or a town\'s "market", "station" or "colleges" after it, or an event held "at" it (a surname alone) is a place.',
  says: 'quiet',
  quiet: [
    'Pond dipping by the River Kerr this afternoon.',
    'Our topic map of the Isle of Mackintosh is on the wall.',
    'Collection point: 4 Mill Lane, Holland PE12 7QT.',
    'The netball semi-final at Holland is on Thursday.',
    'Staff drinks at the Mackintosh Arms from 5.',
    'Diverted through Holland on the way back, so we were late.',
    'The Bishop of Kerr led the carol service.',
    'Stopped at Holland market for strawberries.',
    'Open day: four Kerr colleges in one afternoon.',
    'Our retreat was about the saints of Iona and the books they copied.',
    'A ferry to the island of Holland, then a long walk.',
  ],
  flagged: [
    'Pond dipping with Kerr this afternoon.',
    'Kerr, Holland and Mackintosh: PE kit tomorrow please.',
    'The netball semi-final was won by Holland on Thursday.',
    'Well done Kerr at the swimming gala!',
    "I read through Kerr and Holland's reports.",
    'Kerr marketed his cake stall brilliantly.',
    'The Bishop spoke to Kerr about his reading.',
    'The people of Hazel class say thank you to Iona and Kevin.',
  ],
  fires: ({ m, t, tokens, prev, after, onlyLast, scan }) => {
    if (m.from !== m.to || m.full || m.titled || t.possessive) return false;
    if (PLACE_AFTER.test(after) || POSTCODE_AFTER.test(after) || TOWN_AFTER().test(after))
      return true;
    if (!prev || !adjacent(t)) return false;
    // "diverted through Kerr", "home via Kerr"; Polish "w Kerr" (in).
    // Not in a list: "read through Kerr and Holland's reports" is their work.
    if (/^(?:through|via|w)$/.test(prev.raw) && !/^\s*(?:,|&|and\b)/.test(after)) return true;
    if (prev.shape === 'title' && PLACE_KINDS().has(prev.key) && !candidateAt(scan, m.from - 1))
      return true;
    const kind = prevIn(tokens, m.from - 1);
    if (
      prev.key === 'of' &&
      kind &&
      ((kind.shape === 'title' && PLACE_KINDS_OF().has(kind.key)) || TOWN_OF().has(kind.key))
    )
      return true;
    // "the saints of Iona", "the island of Arran": not in a list ("the people of Kerr and Ruby").
    if (
      prev.key === 'of' &&
      kind?.shape === 'lower' &&
      OF_PLACE_LOWER().has(kind.key) &&
      tokens[m.from - 3]?.key === 'the' &&
      !/^\s*(?:,|&|and)\s*\p{Lu}/u.test(after) &&
      !/^[ \t]+(?:class|year|group|room|house|team)\b/i.test(after)
    )
      return true;
    return onlyLast && prev.key === 'at' && kind !== undefined && EVENTS().has(kind.key);
  },
});

/** "our first Munro", "my 50th Corbett": what is counted by its own
 * name is a kind of thing (hills, ships, models), never a child. */
const COUNTED = () => nonPupilPattern('counted', 'never', 'iu');

export const countedThing = defineNameRule({
  id: 'names/non-person/counted-thing',
  why: 'A name counted by an ordinal after "my", "our" or "the" ("bagged our first Munro", "my 50th Corbett") is a kind of thing, not a child.',
  says: 'quiet',
  quiet: [
    'Bagged my first Kerr on Saturday! Cloud the whole way up.',
    'My 10th Holland this summer and still no view from the top.',
  ],
  flagged: [
    'Our first Kerr to finish the cross-country was in Year 4.',
    'First Kevin read his poem, then Ruby.',
    'The first reader was Kevin, the last Ruby.',
  ],
  fires: ({ m, t, text, next }) => {
    if (m.full || m.titled || m.from !== m.to || t.possessive || t.where !== 'text') return false;
    // "our first Kerr to finish": a child ranked among others is counted so too.
    if (next && /^(?:to|in|from|of|who)$/.test(next.key)) return false;
    return COUNTED().test(text.slice(Math.max(0, m.start - 30), m.start));
  },
});

/** Words that name a school in Welsh, Irish and Scots Gaelic, before its name ("Ysgol Glan
 * Alaw", "Gaelscoil Éanna", "Sgoil Ruby"), and in English after it ("Kerr Academy"). */
const SCHOOL_BEFORE = () => nonPupilSet('school-words-before');
const SCHOOL_AFTER = () => nonPupilPattern('school-after', 'never', 'u');

/** Any word of a school's name or a fixture in the text: most texts have none. */
const SCHOOL_OR_MATCH = () => nonPupilPattern('school-or-match', 'never');

export const otherSchool = defineNameRule({
  id: 'names/non-person/school-name',
  why: 'A name inside the name of a school ("Ysgol Glan Alaw", "Kerr Academy", "v Thornby Holland") is the school, not a pupil: schools and teams are named after people and places.',
  says: 'quiet',
  quiet: [
    'Good luck to Ysgol Bro Ruby in the Eisteddfod this weekend!',
    'Netball v Kerr Academy on Thursday, bus at 3.',
    'U13 rugby v Thornby Holland tomorrow: kit by 8am please.',
  ],
  flagged: [
    'Kevin from our school won the Eisteddfod prize!',
    'Kerr scored twice v Thornby High.',
    'Kerr in goal for Year 5 v Year 6 at lunch.',
    'Kerr, Academy trophy winner for reading.',
  ],
  fires: (look) => {
    const { m, t, tokens, scan, after } = look;
    if (m.full || m.from !== m.to || t.possessive || !textHas(look, SCHOOL_OR_MATCH()))
      return false;
    // "Ysgol Bro Ruby": the school word up to two capitalised words before.
    for (let k = m.from - 1, n = 0; k >= 0 && n < 3; k--, n++) {
      const w = tokens[k]!;
      if (w.shape !== 'title' || !adjacent(tokens[k + 1])) break;
      if (SCHOOL_BEFORE().has(w.key)) return true;
      if (tokens[k + 1]!.sentenceStart || w.sentenceStart) break;
    }
    if (SCHOOL_AFTER().test(after)) return true;
    // "v Thornby Holland": a capitalised word on no list between "v" and the name, the opponent's.
    const before = tokens[m.from - 1];
    const v = tokens[m.from - 2];
    return (
      before !== undefined &&
      v !== undefined &&
      /^(?:v|vs|versus)$/.test(v.key) &&
      before.shape === 'title' &&
      adjacent(before) &&
      adjacent(t) &&
      !t.sentenceStart &&
      !before.sentenceStart &&
      !candidateAt(scan, m.from - 1)
    );
  },
});
