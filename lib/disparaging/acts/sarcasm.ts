// Sarcasm: mock praise aimed at a target in the same sentence ("Geniuses.",
// "must be nice"). Quiet near real praise: "you have to love Year 6, they were
// brilliant" is fond.
import type { ActEntry } from './entry';

export const SARCASM: ActEntry[] = [
  {
    id: 'sarcasm/geniuses',
    pattern: 'geniuses',
    note: 'People mocked as geniuses beside what they did.',
    example: 'The trust cut the TAs and then asked why results dropped. Geniuses.',
  },
  {
    id: 'sarcasm/genius',
    pattern: 'genius',
    note: 'One person mocked as a genius; sincere praise nearby quiets it.',
    example: 'Some genius in the office booked two trips on the same coach.',
  },
  {
    id: 'sarcasm/truly-inspirational',
    pattern: 'truly inspirational',
    note: 'Mock awe at a leader or speaker.',
    example: 'Another INSET from the CEO, truly inspirational.',
  },
  {
    id: 'sarcasm/inspirational',
    pattern: 'inspirational(?: stuff)?',
    note: 'Mock awe; sincere when praise is near.',
    example: 'The governors read us the budget. Inspirational stuff.',
  },
  {
    id: 'sarcasm/must-be-nice',
    pattern: 'must be nice',
    note: 'Envy as mockery ("must be nice to leave at three").',
    example: 'SLT off to a conference in Spain, must be nice.',
  },
  {
    id: 'sarcasm/nothing-says-like',
    pattern: 'nothing says \\w+ like',
    note: '"Nothing says we value you like…": the praise is denied by what follows.',
    example: 'Nothing says wellbeing like the head emailing at midnight.',
  },
  {
    id: 'sarcasm/love-how',
    pattern: 'love how',
    note: 'Mock delight at what someone does ("love how the office…").',
    example: 'Love how the office only tells us about the fire drill afterwards.',
  },
  {
    id: 'sarcasm/gotta-love',
    pattern: 'gotta love',
    note: 'Mock delight; fond when praise is near ("gotta love Year 3, so kind").',
    example: 'Gotta love the trust changing the marking policy in May.',
  },
  {
    id: 'sarcasm/you-have-to-love',
    pattern: 'you have to love',
    note: 'The same mock delight, written out.',
    example: 'You have to love a parent who emails the head at 5am.',
  },
  {
    id: 'sarcasm/shout-out-to-the',
    pattern: 'shout ?out to the \\w+ who',
    note: 'A mock shout-out naming someone by what they did.',
    example: 'Shout out to the parent who parked across the gate again.',
  },
  {
    id: 'sarcasm/well-done-to-the',
    pattern: 'well done to the \\w+ who',
    note: 'Mock congratulations naming someone by what they did.',
    example: 'Well done to the colleague who left the fridge door open all weekend.',
  },
  {
    id: 'sarcasm/thanks-to-the',
    pattern: 'thanks (?:so much )?to the \\w+ who',
    note: 'Mock thanks naming someone by what they did.',
    example: 'Thanks so much to the parent who told the whole class about Santa.',
  },
  {
    id: 'sarcasm/what-a-surprise',
    pattern: 'what a surprise',
    note: 'Mock surprise at what someone always does.',
    example: 'The agency sent nobody, what a surprise.',
  },
  {
    id: 'sarcasm/who-knew',
    pattern: 'who knew',
    note: 'Mock surprise at the obvious.',
    example: 'Who knew the trust would cut the budget again.',
  },
  {
    id: 'sarcasm/ladies-and-gents',
    pattern: 'ladies and gents',
    note: 'A mock introduction presenting someone ("ladies and gents, our head of HR").',
    example: 'Ladies and gents, the parent who complained about snow.',
  },
  {
    id: 'sarcasm/give-them-a-medal',
    pattern: 'give (?:them|her|him) a medal',
    note: 'Mock reward for doing the least.',
    example: 'The deputy answered an email in under a week, give her a medal.',
  },
  {
    id: 'sarcasm/bunch-of',
    pattern:
      "(?:are|is|were|was|'re|just|nothing but) (?:a |an |one )?(?:bunch|gaggle|shower|rabble) of (?!(?:\\w+ )?(?:stars|superstars|legends|angels|sweethearts|heroes|gems|cuties|keen|eager|lovely|brilliant|good|great|happy|smiley|little|absolute (?:stars|legends)))",
    note: '"Are a bunch of…" belittles whatever noun follows, so it is scoped like sarcasm and the noun is not taken for a thing. Not when what follows is fond ("a bunch of little stars").',
    example: 'The inspectors were a gaggle of clipboards.',
  },
];
