// The general step (lib/names/child-context.ts), in new words: a given name on no list,
// decided by the words around it — joining, a club or team, a pupil's sibling, a visiting
// child, a child met through past work, a child from another school — and kept quiet for
// adults, the writer's own family, places, other languages and posts about no children.
import { describe, expect, it } from 'vitest';
import childReference from './child-reference';
import { childFlagged, detectorTable } from '../../test/detector-table';
import { namesSettings } from '../../test/fixtures/names-settings';
import { createChecker } from '../engine';
import type { Decision } from '../engine/trace';

detectorTable(childReference, {
  settings: namesSettings,
  valid: [
    // Adults beside the name: a role word next to it, or adult work after it.
    {
      text: 'Huge welcome to our new TA Bernadette, who joins the Year 2 team on Monday.',
      quietBecause: 'child-reference/context-adult',
    },
    {
      text: 'Thanks to Wilfred the plumber from Brightwater Heating for fixing the school boiler.',
      quietBecause: 'child-reference/context-adult',
    },
    // A job later in the sentence: a new member of staff joining, the kitchen praised.
    {
      text: 'A warm welcome to Priyanka, who joins us after Easter as our new Year 3 SENCo.',
      quietBecause: 'child-reference/context-adult',
    },
    'Huge shout out to Dolores and the whole kitchen team for the school Christmas lunch!',
    // Thanks, farewells, a colleague's newborn, adult work after the name, a pet.
    {
      text: 'Thanks to Rosalind from Bumblebees Nursery for the class flowers.',
      quietBecause: 'child-reference/context-adult',
    },
    {
      text: 'Welcome back Philippa after her maternity leave, the children have missed her!',
      quietBecause: 'child-reference/context-adult',
    },
    {
      text: 'Welcome to the world baby Lachlan! Congratulations from everyone at school.',
      quietBecause: 'child-reference/context-adult',
    },
    {
      text: 'Year 5 loved meeting Leontyne from the bookshop, who read from her new book.',
      quietBecause: 'child-reference/context-adult',
    },
    {
      text: 'Welcome Winnie, our new school dog, who joins the Reception class on Mondays!',
      quietBecause: 'child-reference/context-pet',
    },
    {
      text: 'Ignatius joins us from St Cuthbert’s as our new caretaker.',
      quietBecause: 'child-reference/context-adult',
    },
    // Someone from a place with no school word, where nothing says several schools meet.
    'Our pupils enjoyed the talk from Seraphina from Holloway Hives about bees.',
    // At a children's setting, the adults who run it; a word that is no name opening a line;
    // famous players in a post that mentions children but no children's team.
    'Holiday club: Roisin ran the craft table and the children made lanterns.',
    'Breakfast club is back after the holidays. Philomena ran the toaster like a pro.',
    'Nowt like a breakfast club sing-song on a Friday!',
    'Goals from Vardy and Maddison, what a game! The kids in my class were buzzing.',
    // A colleague's newborn: "baby" with no pupil named, or welcomed.
    'Congratulations to Mrs Pemberton from everyone at school on the safe arrival of baby Ottoline!',
    {
      text: 'Congratulations to Mrs Pemberton from all at school, and a huge welcome to baby Ottoline!',
      quietBecause: 'child-reference/context-adult',
    },
    // The cue patterns: a story's title after an article, a grown-up former pupil, a
    // contraction opening a sentence.
    'Acting out The Tortoise and the Hare in Year 1 this week, and who won and why.',
    'Lovely to have our former pupil Wilhelmina, now 22, back in to talk to Year 10 about nursing.',
    'I taught the little lad for two years. He’s in Year 9 now and taller than me!',
    // Jobs beside the name or later in its sentence, and a staff team.
    'Welcome to Jolanta, our new school counsellor, who starts on Monday.',
    'Our trainee Ishaan starts his placement with Year 3 on Monday.',
    'Shout out to Radka who coached our Under-9s to the league title!',
    'Ottilie joins the office team on Monday, please say hello at the school gate.',
    // A given name after "in" is a place; a pronoun is no name.
    'My old placement in Chester had a fantastic nurture room.',
    'Nobody builds dens like the holiday club kids!',
    // The writer's own child, even at a club.
    {
      text: 'Our little Cormac scored twice at his football club training tonight!',
      quietBecause: 'child-reference/context-own-family',
    },
    // The writer's own child stays theirs even at the writer's school.
    {
      text: 'My son Barnaby starts at ours in September, eek!',
      quietBecause: 'child-reference/context-own-family',
    },
    // A name in a post about no children at all: a pub quiz, a film, the telly.
    'Shout out to Leopold who carried our pub quiz team to victory.',
    'Watching the cup final: Dubrovsky scored a screamer against us.',
    // A capitalised run is a place, a school or a full name, not a child.
    'Welcome to Marlowe Grange, our new venue for the school summer fair.',
    // A word no list knows after "at" is a place ("at Pendleworth"), and beside another unknown
    // word it is another language.
    'Year 4 parents: we meet at Pendleworth for the trip at 9.',
    'Grace Whitfield’s big sister goes to Harrowdene now and loves it.',
    'Clwb celf starts Tuesday after school!',
    // "from Year 5" is this school's class (the cues decide those).
    'Priyanka from Year 5 covered my lunch duty, what a star.',
    // A name in a post about children with nothing presenting it as one of them.
    'Lovely assembly today. Bartholomew the author read his new book to the whole school.',
  ],
  invalid: [
    {
      text: 'My niece Ottilie starts at ours in September, so excited!',
      findings: [childFlagged('Ottilie', 'child-reference/context-at-our-school')],
    },
    {
      text: 'Welcome to Elm Lodge Tadhg, our newest weekly boarder!',
      findings: [childFlagged('Tadhg', 'child-reference/context-joining')],
    },
    {
      text: 'Really looking forward to meeting Yusuf, who joins our Year 1 class after half term.',
      findings: [childFlagged('Yusuf', 'child-reference/context-joining')],
    },
    {
      text: 'Under-10s match report: goals from Cassius, Benedikt and Ferdie-Lou. MOTM Jaxon in midfield.',
      findings: [
        childFlagged('Cassius', 'child-reference/context-team'),
        childFlagged('Benedikt', 'child-reference/context-team'),
        childFlagged('Ferdie-Lou', 'child-reference/context-team'),
        childFlagged('Jaxon', 'child-reference/context-team'),
      ],
    },
    {
      text: 'Grace Whitfield brought in photos of baby Annaliese-Joy, born on Sunday.',
      findings: [childFlagged('Annaliese-Joy', 'child-reference/context-sibling')],
    },
    {
      text: 'Sports day at school: Alistair (Noah Young’s big brother) ran the relay for the juniors.',
      findings: [childFlagged('Alistair', 'child-reference/context-sibling')],
    },
    {
      text: 'Our class loved having a young visitor from Pentreath Primary, Solveig, for the afternoon.',
      findings: [childFlagged('Solveig', 'child-reference/context-visiting')],
    },
    {
      text: 'Ran into Tamsin from my old placement school at the park, she is in Year 9 now!',
      findings: [childFlagged('Tamsin', 'child-reference/context-past-work')],
    },
    {
      text: 'Our pupils loved the joint science morning. Lysander from St Aidan’s asked the best question.',
      findings: [childFlagged('Lysander', 'child-reference/context-elsewhere')],
    },
    {
      text: 'Ludmila at Fernhill sent our Kacper a postcard from their trip.',
      findings: [childFlagged('Ludmila', 'child-reference/context-elsewhere')],
    },
    {
      text: 'Easter holiday club: Marnie-Jo and Ossian built a den, then Tobiah fell in the stream.',
      findings: [
        childFlagged('Marnie-Jo', 'child-reference/context-setting'),
        childFlagged('Ossian', 'child-reference/context-setting'),
        childFlagged('Tobiah', 'child-reference/context-setting'),
      ],
    },
    {
      text: 'Toddler swim session this morning with nine little ones. Wojciech kicked all the way across!',
      findings: [childFlagged('Wojciech', 'child-reference/context-setting')],
    },
    {
      text: 'Holiday club today: Zachariah made pancakes in the kitchen for everyone.',
      findings: [childFlagged('Zachariah', 'child-reference/context-setting')],
    },
    {
      text: 'Under-11s netball: player of the match went to their goal attack, Sunniva, who never stopped.',
      findings: [childFlagged('Sunniva', 'child-reference/context-team')],
    },
    {
      text: 'Forest club today and wee Eilidh found a toad under the log pile.',
      findings: [childFlagged('Eilidh', 'child-reference/context-child-word')],
    },
    {
      text: 'Big shout out to their number 7 Ruaraidh, who helped our goalie up after the tackle. U12s football at its best.',
      findings: [childFlagged('Ruaraidh', 'child-reference/context-team')],
    },
  ],
});

describe('the general child-reference step traces every candidate it decides', () => {
  it('names a rule for each name it left quiet and each it raised', () => {
    const checker = createChecker(namesSettings);
    const trace: Decision[] = [];
    checker.check(
      'Under-9s football tonight: goals from Cassius and Benedikt. Our coach Humphrey ran the line, and Octavia brought oranges.',
      { trace },
    );
    const mine = trace
      .filter((d) => d.detector === 'child-reference')
      .map((d) => `${d.text} ${d.verdict} ${d.rule}`);
    expect(mine).toEqual(
      expect.arrayContaining([
        'Cassius flagged child-reference/context-team',
        'Benedikt flagged child-reference/context-team',
        'Humphrey quiet child-reference/context-adult',
        'Octavia quiet child-reference/context-no-cue',
      ]),
    );
  });
});

describe("the general step reads the name scan's own words when it can", () => {
  // A whole check reuses the words the name scan split the piece into (scannedWords); a traced
  // check splits it again. Both must find the same children, a name in another script included
  // (the name scan reads "Алёна" with its look-alike letters undone, so its words are not the
  // text's own and the step splits the text itself).
  it.each([
    'Welcome to our newest Year 2 starter, Алёна, who joins us on Monday.',
    'Welcome to our newest Year 2 starter, Ελένη, who joins us on Monday.',
    'Under-9s football tonight: goals from Cassius and Benedikt. Our coach Humphrey ran the line.',
    'Big shout out to their number 7 Ruaraidh, who helped our goalie up after the tackle. U12s football at its best.',
  ])('%s', (text) => {
    const checker = createChecker(namesSettings);
    const found = (options?: { trace: Decision[] }) =>
      checker
        .check(text, options)
        .filter((f) => f.kind === 'child-reference')
        .map((f) => `${f.text} ${f.rule}`);
    const reused = found();
    expect(reused.length).toBeGreaterThan(0);
    expect(found({ trace: [] })).toEqual(reused);
  });
});
