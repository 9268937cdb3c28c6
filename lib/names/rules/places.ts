// A listed word used as the name of a place: a river, an island, a mountain or a loch
// named with its kind ("the River Tamsin", "the Isle of Kerr"), a town before its postcode,
// a venue after an event ("the gala at Kerr"), a pub ("the Kerr Arms").
import { defineNameRule } from '../rule';
import { adjacent, candidateAt, prevIn } from '../scan';

/** Kinds of place written before their name, capitalised: "River Isla", "Mount Snowdon". */
const PLACE_KINDS = new Set('river isle island loch lough lake mount mt cape fort'.split(' '));
/** Kinds written before "of": "Isle of Struay", "Vale of Glamorgan". */
const PLACE_KINDS_OF = new Set('isle island isles vale port firth sound kyle bay'.split(' '));
/** After a name: a pub or an inn ("the Miners Arms"), a station ("Kerr Halt"). */
const PLACE_AFTER = /^(?:['’]s)?[ \t]+(?:Arms|Inn|Tavern|Halt)\b/;
/** After a town: what it has or holds ("Kerr market", "the Kerr bypass", "nine Kerr
 * colleges", "the Kerr beach clean", "Kerr seafront"); no child is followed by these. */
const TOWN_AFTER =
  /^[ \t]+(?:markets?|colleges|station|cathedral|minster|airport|harbour|bypass|ring road|pier|castle|town centre|high street|beach(?:es)?|sea ?front|prom(?:enade)?|sands|coast(?:line)?|lido|marina|quay(?:side)?|docks|reservoir|moors|country park|nature reserve)\b/i;
/** Before "of" and a town: "the Bishop of Kerr", "the University of Kerr". */
const TOWN_OF = new Set(
  'bishop diocese mayor duke earl university borough county battle'.split(' '),
);
/** A UK postcode after a town: "Chester CH1 1HD". */
const POSTCODE_AFTER = /^,?[ \t]+[A-Z]{1,2}\d[A-Z\d]?[ \t]*\d[A-Z]{2}\b/;
/** Events held at a place: "the county gala at Kerr", "semi-final at Kerr on Friday". */
const EVENTS = new Set(
  'gala swimming match final semi-final semi quarter-final fixture fixtures tournament festival competition race meet cross-country show concert championships trials'.split(
    ' ',
  ),
);

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
  ],
  flagged: [
    'Pond dipping with Kerr this afternoon.',
    'Kerr, Holland and Mackintosh: PE kit tomorrow please.',
    'The netball semi-final was won by Holland on Thursday.',
    'Well done Kerr at the swimming gala!',
    "I read through Kerr and Holland's reports.",
    'Kerr marketed his cake stall brilliantly.',
    'The Bishop spoke to Kerr about his reading.',
  ],
  fires: ({ m, t, tokens, prev, after, onlyLast, scan }) => {
    if (m.from !== m.to || m.full || m.titled || t.possessive) return false;
    if (PLACE_AFTER.test(after) || POSTCODE_AFTER.test(after) || TOWN_AFTER.test(after))
      return true;
    if (!prev || !adjacent(t)) return false;
    // "diverted through Kerr", "home via Kerr"; Polish "w Kerr" (in).
    // Not in a list: "read through Kerr and Holland's reports" is their work.
    if (/^(?:through|via|w)$/.test(prev.raw) && !/^\s*(?:,|&|and\b)/.test(after)) return true;
    if (prev.shape === 'title' && PLACE_KINDS.has(prev.key) && !candidateAt(scan, m.from - 1))
      return true;
    const kind = prevIn(tokens, m.from - 1);
    if (
      prev.key === 'of' &&
      kind &&
      ((kind.shape === 'title' && PLACE_KINDS_OF.has(kind.key)) || TOWN_OF.has(kind.key))
    )
      return true;
    return onlyLast && prev.key === 'at' && kind !== undefined && EVENTS.has(kind.key);
  },
});

/** "our first Munro", "my 50th Corbett": what is counted by its own
 * name is a kind of thing (hills, ships, models), never a child. */
const COUNTED =
  /(?:^|[^\p{L}])(?:my|our|his|her|their|your|the|a)[ \t]+(?:very[ \t]+)?(?:first|second|third|fourth|fifth|\d{1,4}(?:st|nd|rd|th))[ \t]+$/iu;

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
    return COUNTED.test(text.slice(Math.max(0, m.start - 30), m.start));
  },
});
