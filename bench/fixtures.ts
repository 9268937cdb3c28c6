// A large school for the benchmarks: 1,000 pupils in 40 classes with varied
// names (several heritages, double-barrelled and apostrophe surnames, names
// that are also ordinary words), and posts of 280 and 5,000 characters made of
// sentences staff write. Deterministic, so runs compare.
import { validateSettings } from '../lib/settings';
import type { SchoolSettings } from '../lib/settings/types';
import sample from '../lib/sample/sample-settings.json';

const FIRST = [
  'Amelia',
  'Oliver',
  'Isla',
  'Muhammad',
  'Ava',
  'Noah',
  'Olivia',
  'George',
  'Lily',
  'Leo',
  'Freya',
  'Arthur',
  'Sophia',
  'Oscar',
  'Grace',
  'Harry',
  'Ivy',
  'Jack',
  'Willow',
  'Charlie',
  'Zoë',
  'Kacper',
  'Łucja',
  'Zuzanna',
  'Jakub',
  'Aisha',
  'Ayaan',
  'Priya',
  'Arjun',
  'Fatima',
  'Ibrahim',
  'Maryam',
  'Yusuf',
  'Chidi',
  'Adaeze',
  'Kwame',
  'Ama',
  'Seun',
  'Tolu',
  'Oluwaseun',
  'Will',
  'May',
  'Hope',
  'Summer',
  'Rose',
  'Ruby',
  'Max',
  'Jade',
  'Mason',
  'Storm',
  'Precious',
  'Star',
  'Daisy',
  'Autumn',
  'Jasmine',
  'Sienna',
  'Mateo',
  'Aurora',
  'Niamh',
  'Siobhan',
  'Rhys',
  'Cerys',
  'Dylan',
  'Eilidh',
  'Callum',
  'Mei',
  'Wei',
  'Hiroshi',
  'Anh',
  'Minh',
];
const LAST = [
  'Smith',
  'Jones',
  'Taylor',
  'Brown',
  'Williams',
  'Wilson',
  'Johnson',
  'Davies',
  'Patel',
  'Khan',
  'Ahmed',
  'Hussain',
  'Singh',
  'Kaur',
  'Begum',
  'Nowak',
  'Kowalski',
  'Wiśniewska',
  'Lewandowski',
  'Adeyemi',
  'Okafor',
  'Mensah',
  'Osei',
  'Nguyen',
  'Chen',
  'Wang',
  'Kim',
  "O'Neill",
  "O'Brien",
  'McDonald',
  'Clarke-Jones',
  'Fraser-Smith',
  'Bird',
  'Young',
  'Green',
  'King',
  'White',
  'Hill',
  'Wood',
  'Turner',
  'Hughes',
  'Evans',
  'Roberts',
  'Walker',
  'Wright',
  'Thompson',
  'Robinson',
  'Hall',
  'Lewis',
  'Harris',
  'Martin',
  'Jackson',
  'Moore',
  'Lee',
  'Rahman',
  'Ali',
  'Mahmood',
  'Fernandes',
  'Silva',
  'Rossi',
  'Müller',
  'Dubois',
  'Byrne',
  'Murphy',
  'Kelly',
  'Gallagher',
];
const PREFERRED: Record<string, string> = {
  Amelia: 'Millie',
  Oliver: 'Ollie',
  Oluwaseun: 'Seun',
  Muhammad: 'Mo',
  Zuzanna: 'Zuzia',
  Jakub: 'Kuba',
  Alexander: 'Alex',
  Maryam: 'Mimi',
  Callum: 'Cal',
};
const CLASS_NAMES = ['Oak', 'Ash', 'Elm', 'Birch', 'Willow', 'Rowan', 'Hazel', 'Maple'];

/** A small linear congruential generator: the same school every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

export function largeSchool(pupilCount = 1000): SchoolSettings {
  const next = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const classes = Array.from({ length: Math.ceil(pupilCount / 25) }, (_, i) => ({
    name: `Year ${(i % 6) + 1} ${CLASS_NAMES[Math.floor(i / 6) % CLASS_NAMES.length]}`,
    pupils: [] as { first: string; last: string; preferred?: string; restrictions?: string[] }[],
  }));
  for (let i = 0; i < pupilCount; i++) {
    const first = pick(FIRST);
    const pupil = {
      first,
      last: pick(LAST),
      ...(PREFERRED[first] && next() < 0.6 ? { preferred: PREFERRED[first] } : {}),
      ...(next() < 0.03 ? { restrictions: ['name', 'photo'] } : {}),
    };
    classes[i % classes.length]!.pupils.push(pupil);
  }
  const staff = Array.from({ length: 60 }, () => ({ first: pick(FIRST), last: pick(LAST) }));
  const result = validateSettings({ ...sample, classes, staff });
  if (!result.ok) throw new Error(`bench settings invalid: ${JSON.stringify(result.problems)}`);
  return result.settings;
}

export const SENTENCES = [
  'What a brilliant morning in Year 4 Oak, everyone worked so hard on their Viking longships.',
  'Huge well done to Millie Smith who read her whole book to the class today!',
  'Summer fair planning meeting tonight, max 30 stalls and a rose garden raffle.',
  'I will never understand why the photocopier jams every single time I have a deadline.',
  'Parents, the trip letters are in book bags and payment is due by Friday via the app.',
  'Kacper and Zoë built the tallest tower in the whole of Key Stage 2.',
  'If anyone needs me I am on 07700 900123 until six, then it is tea and marking.',
  'May half term cannot come soon enough, the rain has kept us inside all week.',
  'Such a proud moment at #OldParkPrimary when the choir sang at the care home.',
  'Our new reading corner is finally finished and the children absolutely love it.',
  'Grace Bird and Will Patel helped me tidy the art cupboard at lunchtime, stars!',
  'The email address for the PTA is pta.oldpark@example.com if you want to volunteer.',
  'Sports day has moved to Thursday because of the forecast, fingers crossed for sun.',
  'Can anyone recommend a good phonics app for a reluctant reader in Year 1?',
];

/** About `length` characters of post, in paragraphs of three or four sentences. */
export function post(length: number, seed = 7): string {
  const next = random(seed);
  let text = '';
  let inParagraph = 0;
  while (text.length < length) {
    const sentence = SENTENCES[Math.floor(next() * SENTENCES.length)]!;
    const separator = text === '' ? '' : inParagraph >= 3 + Math.floor(next() * 2) ? '\n\n' : ' ';
    if (separator === '\n\n') inParagraph = 0;
    text += separator + sentence;
    inParagraph++;
  }
  return text.slice(0, length);
}

/** What the user goes on to type, one character a keystroke. */
export const TYPED =
  ' Thanks again to Amelia and Mrs Hughes for a lovely afternoon, see you all tomorrow at 8:45.';
