// Words of worship and RE that are also names: a regnal or papal number ("Pius XII",
// "Henry VIII"), the virtues ("Prudence, Justice, Fortitude, Temperance"), "Christian" as
// an adjective ("our Christian values").
import { defineNameRule, textHas } from '../rule';
import { STORY_CONTEXT } from '../non-person-words';
import { nonPupilPattern, nonPupilSet } from '../non-pupil-lists';
import { adjacent, candidateAt, nextIn } from '../scan';
import { posOf } from '../../text/part-of-speech';

/** Roman numbers of two or more letters (a lone I, V or X may be a pronoun or an initial). */
const REGNAL = /^(?=[IVX]{2,5}$)X{0,3}(?:IX|IV|V?I{0,3})$/;

export const regnalNumber = defineNameRule({
  id: 'names/other-person/regnal-number',
  why: 'A given name with a Roman number after it ("Henry VIII", "Pius XII") is a monarch or a pope.',
  says: 'quiet',
  quiet: ['Year 8 are writing about Edward VI and the Reformation.'],
  flagged: ['Edward V8 won the science prize.', 'Edward and Jacob in 8X were brilliant.'],
  fires: ({ m, tokens, end }) => {
    const next = nextIn(tokens, m.to);
    return !end.possessive && next !== undefined && adjacent(next) && REGNAL.test(next.raw);
  },
});

/** The virtues of RE and collective worship. */
const VIRTUES = () => nonPupilSet('virtues');
const VIRTUE_TALK =
  /^[ \t]*,[ \t]*(?:one of the|the (?:first|second|third|fourth) of the)\b|^[ \t]+(?:is|was) (?:a|the) virtue\b/i;

export const virtue = defineNameRule({
  id: 'names/non-person/virtue',
  why: 'A name that is a virtue (Patience, Temperance, Charity) listed with two more virtues, or called one of the virtues, is the virtue.',
  says: 'quiet',
  quiet: [
    'This week we reflect on Prudence, one of the fruits of the Spirit.',
    'Assembly theme: Justice, Prudence and Mercy.',
  ],
  flagged: [
    'Well done Prudence, Kevin and Orla for helping.',
    'Prudence showed real kindness and courage today.',
  ],
  fires: ({ m, t, tokens, after, scan }) => {
    if (m.from !== m.to || m.full || !VIRTUES().has(t.key)) return false;
    if (VIRTUE_TALK.test(after)) return true;
    // Capitalised virtues joined to it by commas or "and", up to three either side.
    let others = 0;
    for (const dir of [-1, 1]) {
      for (let k = m.from + dir, n = 0; n < 3 && k >= 0 && k < tokens.length; k += dir, n++) {
        const w = tokens[k]!;
        if (w.key === 'and' || w.key === '&') continue;
        if (w.shape !== 'title' && w.shape !== 'upper') break;
        if (!VIRTUES().has(w.key)) break;
        others++;
      }
    }
    return others >= 2 && !listedBeside(scan, m.from);
  },
});

/** "Well done Patience, Kevin and Orla": another listed name that is no virtue beside it. */
function listedBeside(scan: Parameters<typeof candidateAt>[0], i: number): boolean {
  for (const k of [i - 2, i - 1, i + 1, i + 2]) {
    const c = candidateAt(scan, k);
    if (c && !VIRTUES().has(scan.tokens[k]!.key)) return true;
  }
  return false;
}

/** Given names that are also adjectives of faith or nation: "our Christian values". */
const NAME_ADJECTIVES = new Set(['christian', 'catholic', 'english', 'welsh', 'irish', 'scottish']);
const DETERMINERS = new Set('our the a their his her its this these'.split(' '));

export const nameAdjective = defineNameRule({
  id: 'names/non-person/name-adjective',
  why: 'A given name that is also an adjective ("Christian"), after "our" or "the" and before a plural noun, is the adjective ("our Christian values").',
  says: 'quiet',
  quiet: ['Our Christian values guide everything we do.'],
  flagged: ['Our Christian won the spelling bee.', 'Christian helped with the values display.'],
  fires: ({ m, t, prev, next }) => {
    if (m.from !== m.to || m.full || t.possessive || !NAME_ADJECTIVES.has(t.key)) return false;
    if (!prev || !DETERMINERS.has(prev.key) || !next || !adjacent(next)) return false;
    return next.shape === 'lower' && next.key.endsWith('s') && posOf(next.key) === 'noun';
  },
});

/** Books of the Bible named after a person who is also a given name. */
const BIBLE_BOOKS = () => nonPupilSet('bible-books');
/** "the Book of Ruth", "the Gospel of Luke", "the letter of James", "according to John". */
const BOOK_OF_BEFORE = () => nonPupilPattern('book-of-before', 'never');
/** "Luke's Gospel", "Mark's account". */
const GOSPEL_AFTER = () => nonPupilPattern('gospel-after', 'never');
/** "John 3:16", "Luke 2:1-20", "Ruth 1.16": a chapter and verse. */
const VERSE_AFTER = /^[ \t]+\d{1,3}[:.]\d{1,3}\b/;

export const scripture = defineNameRule({
  id: 'names/non-person/scripture',
  why: 'A name that is a book of the Bible, read as the book ("the Book of Ruth", "Luke\'s Gospel", "John 3:16" in a post about scripture), is no pupil.',
  says: 'quiet',
  quiet: [
    'Our reading this week is the Gospel according to Matthew, chapter 18, on forgiveness.',
    "In RE we compared the Christmas story in Matthew's Gospel with the nativity play.",
    'Assembly verse: Matthew 5:9, read beautifully by Year 6 in the Bible reading.',
  ],
  flagged: [
    'Matthew 3:15 pick up from the gate please.',
    "matthew's gospel choir solo was beautiful.",
    'Thanks to the parents of Matthew for the Gospel music CD.',
  ],
  fires: (look) => {
    const { m, t, text, after } = look;
    if (m.full || m.titled || m.from !== m.to || !BIBLE_BOOKS().has(t.key)) return false;
    if (BOOK_OF_BEFORE().test(text.slice(Math.max(0, m.start - 30), m.start))) return true;
    if (GOSPEL_AFTER().test(after) && t.shape !== 'lower') return true;
    return VERSE_AFTER.test(after) && textHas(look, STORY_CONTEXT());
  },
});
