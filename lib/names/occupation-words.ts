// Occupations no pupil holds, with ids (data, read by rules/attribution.ts): a listed name
// beside one of these words, "Ellis the plumber", "our driver Frank", "a ranger called
// Eve", is an adult who shares a pupil's name. Children's own roles (captain, monitor,
// goalkeeper, narrator, leader, reader, helper) are left out on purpose: "Kevin the
// goalkeeper" is a pupil. A child playing at a job ("Vet Ruby in the role-play surgery")
// is kept apart by the rule, not by this list.

/** Occupations by group id (`occupation/…`, unique); lower-case words, singular (the rule
 * reads a plural "s" too). */
export const OCCUPATION_WORDS: Readonly<Record<string, readonly string[]>> = {
  'occupation/trade':
    'plumber electrician joiner carpenter builder roofer plasterer glazier locksmith decorator tiler bricklayer mechanic handyman gardener landscaper window-cleaner scaffolder welder'.split(
      ' ',
    ),
  'occupation/shop':
    'butcher butchers baker greengrocer grocer fishmonger florist chemist pharmacist hairdresser barber optician newsagent shopkeeper landlord landlady publican barman barmaid waitress waiter postman postwoman postie milkman'.split(
      ' ',
    ),
  'occupation/health':
    'gp dentist doctor nurse midwife paramedic physio physiotherapist therapist salt ot psychologist counsellor optometrist consultant surgeon vet'.split(
      ' ',
    ),
  'occupation/care':
    'social-worker childminder nanny au-pair carer health-visitor dog-walker dogwalker escort'.split(
      ' ',
    ),
  'occupation/transport': 'driver cabbie taxi-driver bus-driver pilot conductor'.split(' '),
  'occupation/outdoors':
    'ranger warden gamekeeper ghillie shepherd farmer stockman keeper zookeeper forester'.split(
      ' ',
    ),
  'occupation/public':
    'policeman policewoman pc pcso officer firefighter fireman councillor mp mayor vicar minister priest imam rabbi reverend solicitor lawyer accountant estate-agent'.split(
      ' ',
    ),
};

/** A sentence of our own for each group that its words make an adult's (the group's test). */
export const OCCUPATION_EXAMPLES: Readonly<Record<string, string>> = {
  'occupation/trade': 'Does anyone have a number for Kerr the plumber?',
  'occupation/shop': "Holland's the butcher has the best sausages.",
  'occupation/health': 'Our SALT Ruby can help with the referral forms.',
  'occupation/care': 'The dog-walker on my street is called Teddy.',
  'occupation/transport': 'Big thanks to my driver Kevin for eleven years on this route.',
  'occupation/outdoors': 'The group met a ranger called Eve on the hill.',
  'occupation/public': 'Thanks to Kevin, the local councillor, for opening the summer fair.',
};

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

/** Children playing at jobs take the job as a title: "Ruby the vet in the role-play
 * surgery", "dressed as a firefighter". */
export const CHILD_PLAY = String.raw`\b(?:role[- ]?play|pretend(?:ing|ed)?|dress(?:ing|ed)?[- ]up|dressed as|small[- ]world|home corner|people who help us|costumes?|nativity|cast list|world book day)\b`;

/** What only an adult's working life has, straight after the name: "Gordon's been off work
 * three weeks", "Kevin is on nights again" (a pupil's "work experience" is not it). */
export const WORKING_LIFE_AFTER = String.raw`^(?:['’]s|[ \t]+(?:is|was|has|had|has been|had been))?[ \t]+(?:been[ \t]+)?(?:off work|off sick from work|back at work|signed off|on (?:nights|lates|earlies|night shifts?|the night shift)|working (?:nights|lates)|made redundant|on furlough)\b`;
