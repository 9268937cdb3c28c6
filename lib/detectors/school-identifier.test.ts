import { SEED_TOPIC_CLAUSES } from '../policy/kind-clauses';
import { detectorTable } from '../../test/detector-table';
import { hollybrook, stMarys } from '../../test/fixtures/contact-schools';
import schoolIdentifier from './school-identifier';

const school = (text: string, reason?: string) => ({
  kind: 'school-identifier' as const,
  text,
  ...(reason ? { reason } : {}),
});

detectorTable(schoolIdentifier, {
  settings: hollybrook,
  valid: [
    // a street with no house number inside another place's name, or a numbered line without it
    'Meet at Quarry Walk Park, not Tannery Row',
    // the town, a partial postcode, other schools, ordinary words
    'A lovely day out in Bath',
    'Everyone in BA2 knows the bakery',
    'We played Brookfield Primary School at netball',
    'the holly by the brook was full of berries',
    'hollybrook in lower case is just a stream',
    'North East Somerset is beautiful',
    'my class, our school, the nursery',
    // other people's phones, emails, sites and tags
    'Call 0117 496 0999',
    'jo@example.com and www.example.org',
    '#FridayFeeling @SomeoneElse',
  ],
  invalid: [
    {
      text: 'Ten years at Hollybrook and loving it',
      findings: [school('Hollybrook', 'short name')],
    },
    {
      text: 'Proud of Hollybrook Primary School & Nursery',
      findings: [school('Hollybrook Primary School & Nursery')],
    },
    {
      text: 'HOLLYBROOK PRIMARY SCHOOL and hollybrook nursery',
      findings: [school('HOLLYBROOK PRIMARY SCHOOL'), school('hollybrook nursery')],
    },
    { text: 'the HPSN team', findings: [school('HPSN')] },
    {
      text: 'Bath and North East Somerset council',
      findings: [school('Bath and North East Somerset council', 'local authority')],
    },
    {
      text: 'Bath & North East Somerset are great',
      findings: [school('Bath & North East Somerset')],
    },
    {
      text: 'up Quarry Walk and 7 Tannery Row',
      findings: [school('Quarry Walk', 'address'), school('7 Tannery Row')],
    },
    { text: 'Postcode ba21zz', findings: [school('ba21zz', 'postcode')] },
    { text: 'Office 0117 496 0555', findings: [school('0117 496 0555', 'phone')] },
    { text: 'Tel +44 117 4960555', findings: [school('+44 117 4960555')] },
    {
      text: 'visit https://www.hollybrookprimary.example.uk/news.',
      findings: [school('https://www.hollybrookprimary.example.uk/news', 'website')],
    },
    {
      text: 'bare domain hollybrook.example.sch.uk',
      findings: [school('hollybrook.example.sch.uk', 'email domain')],
    },
    {
      text: 'Email office@hollybrook.example.sch.uk',
      findings: [
        {
          ...school('office@hollybrook.example.sch.uk', 'official domain'),
          clauses: SEED_TOPIC_CLAUSES['school-email'].map((c) => c.id),
        },
      ],
    },
    {
      text: '#HollybrookFamily and @hollybrookpri',
      findings: [school('#HollybrookFamily', 'hashtag'), school('@hollybrookpri', 'handle')],
    },
    {
      text: '#HollybrookSportsDay at facebook.com/HollybrookPTA',
      findings: [school('#HollybrookSportsDay'), school('facebook.com/HollybrookPTA')],
    },
  ],
});

detectorTable(schoolIdentifier, {
  settings: stMarys,
  valid: [
    "St Mary's Church was packed for the wedding",
    'Dudley is busy on a Saturday',
    'smpa in lower case',
    'Catholic schools in Dudley',
  ],
  invalid: [
    { text: "Twelve years at St Mary's and still here", findings: [school("St Mary's")] },
    {
      text: "Saint Mary's C of E Primary Academy",
      findings: [school("Saint Mary's C of E Primary Academy")],
    },
    {
      text: "st marys primary academy and St. Mary's Primary",
      findings: [school('st marys primary academy'), school("St. Mary's Primary")],
    },
    { text: 'The SMPA choir', findings: [school('SMPA')] },
    {
      text: 'Dudley Council and Dudley Metropolitan Borough Council',
      findings: [school('Dudley Council'), school('Dudley Metropolitan Borough Council')],
    },
    {
      text: '#TeamStMarys @StMarysNetherton',
      findings: [school('#TeamStMarys'), school('@StMarysNetherton')],
    },
  ],
});

// A name that starts with "The" and a "Royal Borough of … and …" council.
const meadows = {
  ...hollybrook,
  school: {
    ...hollybrook.school,
    name: 'The Meadows Community Academy',
    aliases: ['The Meadows'],
    localAuthority: 'Royal Borough of Windsor and Maidenhead',
    addresses: ['2-4 Long Lane, Cookham'],
    hashtags: [],
    socialHandles: [],
  },
};

detectorTable(schoolIdentifier, {
  settings: meadows,
  valid: [
    'we walked through the meadows by the river',
    'Windsor is lovely and so is Maidenhead',
    'parking on Longstone Lane',
    // a numbered site line counts only with its number; no number, just a street
    'Meet at Long Lane Park at 10',
    'parking on Long Lane is a nightmare',
  ],
  invalid: [
    { text: 'Ten years at the Meadows and counting', findings: [school('the Meadows')] },
    {
      text: 'the meadows academy and THE MEADOWS ACADEMY',
      findings: [school('the meadows academy'), school('THE MEADOWS ACADEMY')],
    },
    {
      text: 'Windsor & Maidenhead council and Windsor and Maidenhead',
      findings: [school('Windsor & Maidenhead council'), school('Windsor and Maidenhead')],
    },
    { text: 'Drop off at 2-4 Long Lane', findings: [school('2-4 Long Lane')] },
    { text: 'Drop off at 2-4 long lane, Cookham', findings: [school('2-4 long lane, Cookham')] },
  ],
});

// A Welsh school: a Welsh alias, a Welsh street (street word first) and a long alias with no school word.
const nantFawr = {
  ...hollybrook,
  school: {
    ...hollybrook.school,
    name: 'Nant Fawr Community Primary School',
    aliases: ['Ysgol Nant Fawr', 'Nant Fawr Llanishen', 'Pen y Bryn'],
    localAuthority: 'Cardiff Council',
    addresses: ['2 Heol Hir, Llanishen, Cardiff'],
    hashtags: [],
    socialHandles: [],
  },
};

detectorTable(schoolIdentifier, {
  settings: nantFawr,
  valid: [
    // the street with no number, another number, a longer street name
    'the infant gate on Heol Hir, not the junior one',
    'parking on heol hir is awful',
    'we live at 12 Heol Hir',
    'she moved to 2 Heol Hirwaun',
    // a short name in lower case is just a stream; a two-word place name stays quiet in lower case
    'we paddled in the nant fawr stream',
    'walked up pen y bryn on Sunday',
    'Ysgol Gymraeg Caerdydd won the eisteddfod',
  ],
  invalid: [
    {
      text: 'the infant gate, 2 Heol Hir, not the junior one',
      findings: [school('2 Heol Hir', 'address')],
    },
    { text: 'drop-off at 2 heol hir', findings: [school('2 heol hir')] },
    { text: 'teaching at ysgol nant fawr', findings: [school('ysgol nant fawr', 'names')] },
    { text: 'YSGOL NANT FAWR choir', findings: [school('YSGOL NANT FAWR')] },
    { text: 'twenty years at nant fawr llanishen', findings: [school('nant fawr llanishen')] },
    { text: 'Ten years at Nant Fawr now', findings: [school('Nant Fawr', 'short name')] },
    { text: 'up at Pen y Bryn', findings: [school('Pen y Bryn')] },
  ],
});

// A one-word short name the settings give as an alias is the school wherever it is written
// as a name; one made only from the full name still needs "at", "from"… before it.
const withOneWordAlias = {
  ...hollybrook,
  school: { ...hollybrook.school, aliases: [...hollybrook.school.aliases, 'Hollybrook'] },
};

detectorTable(schoolIdentifier, {
  settings: withOneWordAlias,
  valid: ['hollybrook in lower case is just a stream', 'Meet at Hollybrook Road by the post box'],
  invalid: [
    { text: 'Hollybrook staff, the quiz is on Friday', findings: [school('Hollybrook')] },
    { text: 'To all my Hollybrook families: thank you', findings: [school('Hollybrook')] },
  ],
});

// A one-word short name made from the full name that is no English word ("Hollybrook") is
// the school where it reads as a name, unless the words beside it make it the village
// (school/short-name/place-before, place-after, address-village, byname).
detectorTable(schoolIdentifier, {
  settings: hollybrook,
  valid: [
    'We moved to a cottage in Hollybrook last spring',
    'Hollybrook village hall is open for the jumble sale',
    'Drop the tins at 3 Quarry Lane, Hollybrook by Sunday',
    'Reading Hollybrook the Bold with my own two tonight',
    'the vicar of Hollybrook came to tea',
  ],
  invalid: [
    { text: 'I have taught at Hollybrook for years', findings: [school('Hollybrook')] },
    { text: 'Hollybrook staff, the quiz is on Friday', findings: [school('Hollybrook')] },
    { text: "That's what Hollybrook is all about", findings: [school('Hollybrook')] },
    { text: 'a navy hollybrook hoodie has gone missing', findings: [school('hollybrook')] },
  ],
});

// The council by a county's short form ("Notts", with "council" only: "Notts County" alone
// is a football club) and by the names the settings give it (localAuthorityAliases); the
// school by a saint's short name ("St C's") and in lower case before a school noun.
const countySchool = {
  ...hollybrook,
  school: {
    ...hollybrook.school,
    name: "St Columba's Catholic Primary School",
    aliases: ["St Columba's", "St C's"],
    localAuthority: 'Leicestershire County Council',
    localAuthorityAliases: ['LCC Education'],
  },
};

detectorTable(schoolIdentifier, {
  settings: countySchool,
  valid: [
    'Notts County lost again on Saturday',
    'Leics is lovely in the spring',
    'Saint Columba sailed to Iona, we learned today',
  ],
  invalid: [
    {
      text: 'Fines are set by Leics County Council, not by us.',
      findings: [school('Leics County Council')],
    },
    { text: 'Ask LCC Education about transport.', findings: [school('LCC Education')] },
    { text: "Walked into St C's hall for the nativity", findings: [school("St C's")] },
    { text: 'any st columbas parents free on friday?', findings: [school('st columbas')] },
  ],
});

// A site named in the school's address line is a name of the school.
detectorTable(schoolIdentifier, {
  settings: {
    ...hollybrook,
    school: {
      ...hollybrook.school,
      addresses: [...hollybrook.school.addresses, 'Willow Barn Nursery, 3 Ferry Lane, Bath'],
    },
  },
  valid: ['A willow barn is being built on the farm'],
  invalid: [
    {
      text: 'Tours of Willow Barn Nursery every Tuesday',
      findings: [school('Willow Barn Nursery')],
    },
  ],
});
