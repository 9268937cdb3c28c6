// Occupations no pupil holds, with ids (data, read by rules/attribution.ts): a listed name
// beside one of these words, "Ellis the plumber", "our driver Frank", "a ranger called
// Eve", is an adult who shares a pupil's name. Children's own roles (captain, monitor,
// goalkeeper, narrator, leader, reader, helper) are left out on purpose: "Kevin the
// goalkeeper" is a pupil. A child playing at a job ("Vet Ruby in the role-play surgery")
// is kept apart by the rule, not by this list.

export interface Occupations {
  /** `occupation/…`, unique. */
  id: string;
  /** Lower-case words, singular; the rule reads a plural "s" too. */
  words: readonly string[];
  /** A sentence of our own the words make an adult's. */
  example: string;
}

export const OCCUPATIONS: readonly Occupations[] = [
  {
    id: 'occupation/trade',
    words:
      'plumber electrician joiner carpenter builder roofer plasterer glazier locksmith decorator tiler bricklayer mechanic handyman gardener landscaper window-cleaner scaffolder welder'.split(
        ' ',
      ),
    example: 'Does anyone have a number for Kerr the plumber?',
  },
  {
    id: 'occupation/shop',
    words:
      'butcher butchers baker greengrocer grocer fishmonger florist chemist pharmacist hairdresser barber optician newsagent shopkeeper landlord landlady publican barman barmaid waitress waiter postman postwoman postie milkman'.split(
        ' ',
      ),
    example: "Holland's the butcher has the best sausages.",
  },
  {
    id: 'occupation/health',
    words:
      'gp dentist doctor nurse midwife paramedic physio physiotherapist therapist salt ot psychologist counsellor optometrist consultant surgeon vet'.split(
        ' ',
      ),
    example: 'Our SALT Ruby can help with the referral forms.',
  },
  {
    id: 'occupation/care',
    words:
      'social-worker childminder nanny au-pair carer health-visitor dog-walker dogwalker escort'.split(
        ' ',
      ),
    example: 'The dog-walker on my street is called Teddy.',
  },
  {
    id: 'occupation/transport',
    words: 'driver cabbie taxi-driver bus-driver pilot conductor'.split(' '),
    example: 'Big thanks to my driver Kevin for eleven years on this route.',
  },
  {
    id: 'occupation/outdoors',
    words:
      'ranger warden gamekeeper ghillie shepherd farmer stockman keeper zookeeper forester'.split(
        ' ',
      ),
    example: 'The group met a ranger called Eve on the hill.',
  },
  {
    id: 'occupation/public',
    words:
      'policeman policewoman pc pcso officer firefighter fireman councillor mp mayor vicar minister priest imam rabbi reverend solicitor lawyer accountant estate-agent'.split(
        ' ',
      ),
    example: 'Thanks to Kevin, the local councillor, for opening the summer fair.',
  },
];

/** Every occupation word, mapped to its group's id. */
export const OCCUPATION_OF: ReadonlyMap<string, string> = new Map(
  OCCUPATIONS.flatMap((o) => o.words.map((w) => [w, o.id] as const)),
);

/** Words before an occupation that make it a child's: "our young farmer Kevin". */
export const CHILD_BEFORE_ROLE: ReadonlySet<string> = new Set(
  'young junior little budding pupil child student trainee mini'.split(' '),
);

/** Shops and workplaces a named adult is "at": "Kirsty at the Co-op", "Sam at the garage". */
export const WORKPLACES: readonly string[] = [
  ...'co-op coop chemist chemists pharmacy garage butchers bakery bank surgery salon barbers shop newsagents tesco asda sainsburys aldi lidl morrisons spar greggs pub cafe café hotel council opticians vets'.split(
    ' ',
  ),
  'post office',
  'leisure centre',
  'sports centre',
  'garden centre',
];
