// Scorn: words said of people and of things alike ("is a joke", "is useless").
// They count beside a target in the same clause, or one borrowed from the
// sentence before or after; they are quiet near praise, when about a thing
// ("the heating is rubbish") and when they stand before a noun they describe.
import type { ActEntry } from './entry';
import { COPULA, SAID_OF, THING_TRAITS } from './fragments';

export const SCORN: ActEntry[] = [
  {
    id: 'scorn/epithets',
    pattern: `(?<!\\bthere )\\b${SAID_OF} (?:clowns?|muppets?|snakes?|animals|monsters?|pigs?|rats?|sheep|leeches|vultures|parasites?|vermin|trash|rabble|savages?|dinosaurs?|dragons?|witch(?:es)?|cows?|spanners?|thieves|thief|cowboys|amateurs|jokers|freaks?|joke|shambles|dump|con|farce|liabilit(?:y|ies)|embarrassment|disgrace|rubbish)`,
    note: 'Nouns that insult only when said of someone ("she\'s a snake", "they\'re a bunch of clowns"), never on their own ("the kids held a snake"). Not after "there": "there were dinosaurs" is said of no one.',
    example: 'The new deputy is an absolute clown.',
  },
  {
    id: 'scorn/thing-traits',
    pattern: `${COPULA}(?: \\w+){0,2}(?: just| so| really| a bit| an?)? ${THING_TRAITS}`,
    note: 'Harsh adjectives after "is", "so" and the like ("the agency is useless"). The same words describe coats and falls, so they need the verb before them, and a skill rated ("useless at netball") is not an attack.',
    example: 'Their office staff are completely useless.',
  },
  {
    id: 'scorn/people-epithets',
    pattern: `(?<!\\bthere )\\b${SAID_OF} (?:wastes? of (?:[\\w']+ ){0,2}(?:space|oxygen|skin|salary|money|air)|lumps?|robots?|drips?|cliques?|mean girls|toads?|weasels?|hyenas|rejects|hens|snowflakes|duds?|wet wipes|drama queens?|divas?|prima donnas?)`,
    note: 'Names for people only, said of someone: "they\'re a pack of weasels", "a waste of space". Alone the words are animals and objects ("we found a toad"), so they need "is a", "a pack of" and the like.',
    example: 'That governor is a complete waste of space.',
  },
  {
    id: 'scorn/closing-verdict',
    pattern:
      '(?:useless|pathetic|disgraceful|hopeless|embarrassing|shameful|laughable|clueless|unprofessional|incompetent|a joke|a disgrace|a shambles)(?= *[.!]| *$)',
    note: 'A one-word verdict that closes a sentence ("…sent nobody again, useless."). Only at the end: before a noun the word describes the noun ("a useless printer").',
    example: 'The agency sent nobody for the third day running, useless.',
  },
];
