// Session 8's review of children on no list (issue 12, item 5), by category, in new words:
// a candidate must look like a given name (not a place, an event, an exam, a word after an
// article, an everyday word), a pupil's grown-up sibling is no child, and children beside a
// relationship the cues did not know are raised: another school's children in results and
// team lists, pen pals and buddies, a sibling after a possessive typed without its
// apostrophe, the other school's child beside ours, introductions, "X, who I coach",
// letters from partner-school children, work-experience students, a pupil family's newborn.
import childReference from './child-reference';
import { childFlagged, detectorTable } from '../../test/detector-table';
import { namesSettings } from '../../test/fixtures/names-settings';

detectorTable(childReference, {
  settings: namesSettings,
  valid: [
    // a place the lexicon knows, after a cue
    {
      text: 'New Year 4 starter from Lancashire arrives Monday, lovely family.',
      quietBecause: 'child-reference/not-a-name/place',
    },
    // a place the lexicon lacks, told by its British shape
    {
      text: 'Our Year 5 girls beat the Wearside under-11s today, what a game.',
      quietBecause: 'child-reference/not-a-name/place-shape',
    },
    {
      text: 'Noah from Year 6 moved up from Scunthorpe in Year 3.',
      quietBecause: 'child-reference/not-a-name/place-shape',
    },
    // after moving or representing
    // a word no list knows after "from" is never a candidate
    'New Year 8 starter arriving from Ullapool on Monday, please make her welcome.',
    {
      text: 'Oscar from Year 9 running for Kirriemuir at the regionals on Saturday!',
      quietBecause: 'child-reference/not-a-name/place-link',
    },
    // an event of a year group
    {
      text: 'Our Year 3 Liturgy this morning was led beautifully.',
      quietBecause: 'child-reference/not-a-name/event',
    },
    {
      text: 'Pics from the Y5 disco are up on the blog!',
      quietBecause: 'child-reference/not-a-name/event',
    },
    // an everyday word by frequency, opening a sentence before a cue
    {
      text: 'Photos from the Year 6 residential are on the blog 📸',
      quietBecause: 'child-reference/not-a-name/everyday-word',
    },
    // an exam before its level
    {
      text: 'Tutoring update: my Saturday tutee passed her Nat 5!',
      quietBecause: 'child-reference/not-a-name/exam',
    },
    // after an article: part of a place's or a thing's name
    {
      text: 'Shout out to Ruby from Year 8 who trains with the Drumnacraig juniors.',
      quietBecause: 'child-reference/not-a-name/after-article',
    },
    // a pupil's sibling who is grown up and working
    {
      text: "Jasmine's big sister Adaeze, now a midwife at the Royal, gave a careers talk to Year 6.",
      quietBecause: 'child-reference/grown-up',
    },
    // a results list of our own pupils where the brackets hold a year group or a role
    'Y6 cross-country: 1st Noah (captain), 2nd Bethany (Year 6).',
    // a date is no placing, and an everyday word after a placing is no name
    'Sports day is on Tuesday 8th July, and the Year 6 disco on the 11th.',
    'Y5 relay results: 1st Place went to the blue team, 2nd Place to Noah and Bethany.',
    // adults in brackets in a sports post: the coaches are thanked
    'Sports day results are in! Thanks to our coaches Bernadette Lyle (Harriers) and Conall (Rovers).',
    // "and their" with no pupil before it: a couple's children
    'Great to see Hamish and their Clementine at the Christmas fair.',
    // a name introduced after an adult
    "Our new Year 2 TA starts Monday, her name's Philippa.",
    // a child described, then a grown-up between: the name is the grown-up's
    "A Year 1 girl came in with her gran. Her name's Philippa and she brought cake.",
    // letters from someone with no partner school or pen pals in the post
    'Letters from Evangeline arrived for the office today.',
    // cover arrangements between staff, then a word opening the next sentence
    'Cover for Friday: Karen on a course, Dawn covering Hazel. Hydro cancelled for Year 1.',
    // one of a group of adults
    'Two dads from the PTA came to fix the shed. One of them, Lysander, brought his own drill.',
    // a grown-up's pen pal
    "Mum's pen pal Gwendolyn came to stay.",
    // the writer's own name
    "Starting as a Year 7 tutor in September. My name's Octavia and I'm so excited.",
  ],
  invalid: [
    // results and team lists naming another school
    {
      text: 'Area XC, U11 girls: 1st Marisol Quint (Fernhill), 2nd Ivy, 3rd Delphine from Ashgrove.',
      findings: [
        childFlagged('Marisol Quint', 'child-reference/other-school-in-results'),
        childFlagged('Delphine', 'child-reference/other-school-in-results'),
      ],
    },
    {
      text: 'U12 squad for Sunday: Oscar, George, Rocky + Torin & Aldous P (Kilbride). Meet 9am.',
      findings: [
        childFlagged('Torin', 'child-reference/other-school-in-results'),
        childFlagged('Aldous P', 'child-reference/other-school-in-results'),
      ],
    },
    {
      text: 'Gala medals 🥇 Wilhelmina Frost (Greystoke) 🥈 Noah 🥉 Scarlett.',
      findings: [childFlagged('Wilhelmina Frost', 'child-reference/other-school-in-results')],
    },
    // a rare dictionary word after a placing, in results
    {
      text: 'Y4 poetry recital results: 1st Juniper, 2nd Noah, 3rd Bethany.',
      findings: [childFlagged('Juniper', 'child-reference/placing-in-results')],
    },
    // pen pals and buddies of a pupil
    {
      text: "Letters came back today! Jasmine's pen pal Anneliese Varga has three rabbits.",
      findings: [childFlagged('Anneliese Varga', 'child-reference/pen-pal-of-pupil')],
    },
    {
      text: "Oscar's reading buddy Cosmo read him a whole chapter.",
      findings: [childFlagged('Cosmo', 'child-reference/pen-pal-of-pupil')],
    },
    // a sibling after a possessive typed without its apostrophe
    {
      text: 'Has anyone seen Kacpers little brother Fitzgerald at the gate? His lift is here.',
      findings: [childFlagged('Fitzgerald', 'child-reference/sibling-of-pupil')],
    },
    // the other school's child beside ours
    {
      text: 'Joint art day with the partner school: Scarlett and their Wiktoria painted a whole wall.',
      findings: [childFlagged('Wiktoria', 'child-reference/ours-and-theirs')],
    },
    // introductions of a new child
    {
      text: 'New Year 3 boy joining after half term, family have just moved here. Name: Tobiasz.',
      findings: [childFlagged('Tobiasz', 'child-reference/introduced')],
    },
    {
      text: "Lovely wee P2 girl visited today. Her name's Morven and she loved the sand.",
      findings: [childFlagged('Morven', 'child-reference/introduced')],
    },
    // children in the writer's work outside the class
    {
      text: 'So proud of Ptolemy Hirst, who I coach at the Saturday club, picked for the county U14s.',
      findings: [childFlagged('Ptolemy Hirst', 'child-reference/who-i-work-with')],
    },
    {
      text: 'Our work experience student Zuleika from Moorside High has been a star in Year 1 all week.',
      findings: [childFlagged('Zuleika', 'child-reference/my-work-role')],
    },
    {
      text: 'One of the youngsters on my caseload at the family hub, Elowen, took her first steps today.',
      findings: [childFlagged('Elowen', 'child-reference/one-of-my')],
    },
    {
      text: 'One of the young people I mentored, Tyreek, has just started an apprenticeship. From a quiet Year 10 to this!',
      findings: [childFlagged('Tyreek', 'child-reference/one-of-my')],
    },
    // letters from partner-school children
    {
      text: 'Our link school in Kraków sent parcels for Year 5. Letters from Zofia and Bronek are on the display board.',
      findings: [
        childFlagged('Zofia', 'child-reference/partner-letters'),
        childFlagged('Bronek', 'child-reference/partner-letters'),
      ],
    },
    // a pupil family's newborn
    {
      text: 'Congratulations to the Okafor family, who welcomed baby Chidubem on Sunday. Jasmine is over the moon.',
      findings: [childFlagged('Chidubem', 'child-reference/context-baby-of-family')],
    },
    // the other side's player, a name that is also a word
    {
      text: 'Year 6 netball v Hollins tonight. Their goal attack Precious? No, their captain Testimony, is brilliant.',
      findings: [childFlagged('Testimony', 'child-reference/other-side-player')],
    },
    // cards from children of a former placement
    {
      text: 'My first placement was in a little primary in Hexham and I still get cards from Leontyne every Christmas.',
      findings: [childFlagged('Leontyne', 'child-reference/partner-letters')],
    },
    // "little" in another language before a name no list knows
    {
      text: 'Ajudo na escola às sextas. O pequeno Davizinho do 2º ano já lê sozinho!',
      findings: [childFlagged('Davizinho', 'child-reference/context-child-word')],
    },
    // a full name's first name later in the post
    {
      text: 'Y3/4 girls XC: 1st Philippa Shand (Coldwell), 2nd Bethany. Bethany and Philippa were neck and neck!',
      findings: [
        childFlagged('Philippa Shand', 'child-reference/other-school-in-results'),
        childFlagged('Philippa', 'child-reference/other-school-in-results'),
      ],
    },
    // one of a group of children just described
    {
      text: 'Year 5 pupils from Tarnside came over for the maths relay. One of them, Evander, solved the last puzzle.',
      findings: [childFlagged('Evander', 'child-reference/one-of-them')],
    },
    // the writer's group, then a name opening the next sentence
    {
      text: 'Lovely session with my phonics group this morning. Sorcha finally blended every word!',
      findings: [childFlagged('Sorcha', 'child-reference/work-group-then-name')],
    },
    // given names that are also words, after a strong cue
    {
      text: 'Jasmine brought her twin Favour to the Year 3 disco.',
      findings: [childFlagged('Favour', 'child-reference/their-sibling')],
    },
  ],
});
