// The categories of session 7's recall review (issue 12, item 5), each in new words with the
// quiet cases beside it: new starters told in the plural ("who start with us"), a child
// described before the name that stands apart after it ("a Y3 girl from Oakfield …, Imogen,"),
// a pupil's record through the name's possessive ("Kobe's UPN"), another side's player ("their
// keeper Tomasz"), a placing in a results line ("1st Juno"), tutoring in the sentence or the
// one before, a children's camp or uniformed group with the list's verb after it, children
// "from the infants", "X and her little brothers", "a Year 2 pupil" after the name, and a
// second "who" clause after a raised name, a new arrival, exchange students, a transition
// day, "my first ever class", "from" in Polish before a year ("z Year 2"), and a
// child who "taught me" something.
import childReference from './child-reference';
import { childFlagged, detectorTable } from '../../test/detector-table';
import { namesSettings } from '../../test/fixtures/names-settings';

detectorTable(childReference, {
  settings: namesSettings,
  valid: [
    // "a lot of", not "one of my … lot": no child described.
    'We had a lot of fun at the school quiz, Gideon, thanks for hosting.',
    // "our captain": ours (on the list or staff), and a national side's captain is no child.
    'Our netball captain Priscilla is a Year 9 teacher in real life.',
    // a placing with no year or age group in the post: a pub quiz.
    'Pub quiz results: 1st Gideon, 2nd the history department.',
    // tutoring of adults' subjects with no verb after the name
    'Tutoring slot free on Thursdays, ask Gideon.',
    // the writer's own son at a camp, and a record word after a name that is no possessive
    'Holiday camp week for my son Thaddeus, he loved it.',
    // a colleague's newborn is no new arrival at school
    'Congratulations to Fenella and Tom on their new arrival, baby Orla, born on Tuesday.',
    // an adult who taught the class is still an adult ("taught" without "me")
    'Welcome back to our Year 2 class, Marguerite, who taught here for years.',
    // a young carer adult in a staff training
    'Young carers awareness training for staff with Rosalind, our trust lead.',
  ],
  invalid: [
    {
      text: 'Welcoming Ottoline and Caspar who start with us next week!',
      findings: [
        childFlagged('Ottoline', 'child-reference/context-joining'),
        childFlagged('Caspar', 'child-reference/context-joining'),
      ],
    },
    {
      text: 'Judged a Y3 girl from Oakfield at the cluster spelling bee, Imogen, what a star.',
      findings: [childFlagged('Imogen', 'child-reference/context-described')],
    },
    {
      text: 'One of my Tuesday lot, Fabian, has been picked for the county squad.',
      findings: [childFlagged('Fabian', 'child-reference/context-described')],
    },
    {
      text: 'The new admissions list from the primary had Kobe’s UPN typed twice.',
      findings: [childFlagged('Kobe', 'child-reference/context-record')],
    },
    {
      text: 'Tough match for our Year 8 girls, their keeper Anouska saved everything.',
      findings: [childFlagged('Anouska', 'child-reference/context-other-side')],
    },
    {
      text: 'Y5 long jump: 1st Juno, 2nd Idris-Lee, well done all.',
      findings: [
        childFlagged('Juno', 'child-reference/context-team'),
        childFlagged('Idris-Lee', 'child-reference/context-team'),
      ],
    },
    {
      text: 'Tuition done for the week. Thaddeus has nailed his times tables at last.',
      findings: [childFlagged('Thaddeus', 'child-reference/context-past-work')],
    },
    {
      text: 'Brownies tonight was chaos. Willa and Marisol didn’t stop giggling.',
      findings: [
        childFlagged('Willa', 'child-reference/context-setting'),
        childFlagged('Marisol', 'child-reference/context-list'),
      ],
    },
    {
      text: 'Lovely to have Ezio and Marek from the juniors up the road for our reading buddies.',
      findings: [
        childFlagged('Ezio', 'child-reference/context-elsewhere'),
        childFlagged('Marek', 'child-reference/from-class'),
      ],
    },
    {
      text: 'Thinking of Kiera and her little sisters this week, school is here for that family.',
      findings: [childFlagged('Kiera', 'child-reference/context-child-word')],
    },
    {
      text: 'Planning meeting today for Ottoline, a Year 1 pupil at our feeder nursery.',
      findings: [childFlagged('Ottoline', 'child-reference/context-child-word')],
    },
    {
      // "from" in Polish beside the school's own year: "Zuzia from Year 2 drew a dragon today"
      text: 'Zuzia z Year 2 narysowała dziś smoka 🐉',
      findings: [childFlagged('Zuzia', 'child-reference/from-class')],
    },
    {
      text: 'Bumped into Keeley from my first ever class at the shops, all grown up!',
      findings: [childFlagged('Keeley', 'child-reference/from-class')],
    },
    {
      text: 'New arrival in Year 3 on Monday, Yaroslav, who speaks Ukrainian and some Polish.',
      findings: [childFlagged('Yaroslav', 'child-reference/context-joining')],
    },
    {
      text: 'Our exchange students land on Tuesday, Matteo will stay with a Year 9 family.',
      findings: [childFlagged('Matteo', 'child-reference/context-visiting')],
    },
    {
      text: 'Transition day from Ash Grove Infants: Ottoline explored the whole library.',
      findings: [childFlagged('Ottoline', 'child-reference/context-setting')],
    },
    {
      // a child who "taught me" something is still a child
      text: 'Years ago on placement, a ten-year-old called Jericho taught me more than my PGCE.',
      findings: [childFlagged('Jericho', 'child-reference/context-child-word')],
    },
    {
      text: 'Holiday club: shout out to Fabian who built a den and Caspar who lit the fire.',
      findings: [
        childFlagged('Fabian', 'child-reference/context-team'),
        childFlagged('Caspar', 'child-reference/context-list'),
      ],
    },
  ],
});
