// What each warning and reminder is about, as data, so that any school's policy can be read
// for the clauses that say it (lib/policy/auto-map.ts). A topic is a kind of finding, a
// reminder, or one of two extra subjects some findings add (a claim that could be defamatory,
// a photo that records where it was taken). Each topic lists facets; a facet is one thing a
// policy may say about it ("no contact with pupils through personal accounts"), and the best
// clause that says it is cited.
import { FINDING_KINDS, type FindingKind } from '../engine/finding';

export const REMINDER_IDS = ['working-hours', 'photos', 'encyclopaedia', 'school-email'] as const;
export type ReminderId = (typeof REMINDER_IDS)[number];

export const OTHER_TOPIC_IDS = ['defamation', 'photo-location'] as const;
export type OtherTopicId = (typeof OTHER_TOPIC_IDS)[number];

export type TopicId = FindingKind | ReminderId | OtherTopicId;
export const TOPIC_IDS: readonly TopicId[] = [
  ...FINDING_KINDS,
  ...REMINDER_IDS,
  ...OTHER_TOPIC_IDS,
];

/**
 * Words, or phrases of words in order, any one of which meets the group. Matched on stems, so
 * "photo" meets "photos". A leading "~" ("~staff") counts only where the word means other
 * people ("about staff", "pupils and staff"), not the reader ("Staff must not…").
 */
export interface Group {
  words: readonly string[];
  /** The clause's section heading may meet it: 4.3 under "Personal accounts" is about them. */
  orSection?: true;
}

export interface Facet {
  id: string;
  /** What a clause that meets it says, as a sentence: shown beside the clause in warnings. */
  says: string;
  /** Every group must be met by the clause. */
  all: readonly Group[];
  /** A clause with any of these is about something else… */
  none?: readonly string[];
  /** …unless it also has one of these ("images or names of pupils" is about names too). */
  noneUnless?: readonly string[];
  /** Ranks the clauses that meet it, with the policy search: the best is cited. */
  query: string;
  /** A clause must say what to do or not do (must, should, never, not); true unless said. */
  rule?: false;
}

export interface Topic {
  id: TopicId;
  /** Short label for the mapping table. */
  label: string;
  /** The line shown beside a clause the mapping found, when the policy's own words are all we have. */
  about: string;
  facets: readonly string[];
}

const PUPIL = ['pupil', 'child', 'children', 'student', 'learner', 'young people', 'young person'];
const PARENT = ['parent', 'carer', 'guardian', 'family', 'families', 'family member'];
const COLLEAGUE = [
  'colleague',
  'co worker',
  'coworker',
  'fellow',
  'other professionals',
  '~staff',
  '~staff member',
  '~member of staff',
  '~employee',
];
const INFO = [
  'information',
  'detail',
  'data',
  'name',
  'naming',
  'nickname',
  'initials',
  'identify',
  'identified',
  'identifiable',
  'identity',
  'confidential',
  'confidentiality',
  'discuss',
  'mention',
  'refer to',
  'reference to',
  'comment on',
  'talk about',
  'personal lives',
  'private lives',
  'home life',
];
const FROM_WORK = [
  'through their work',
  'through your work',
  'through work',
  'through their job',
  'through your job',
  'because of their job',
  'because of your job',
  'as part of their employment',
  'as part of their job',
  'as part of your job',
  'as part of your employment',
  'through their employment',
  'in the course of',
  'have access to',
  'learn at school',
  'learnt at school',
  'learn at work',
];
/** What makes a clause that also mentions photos still about names and information. */
const NAMES = ['name', 'naming', 'nickname', 'initials', 'information', 'detail'];
const PHOTO = ['photo', 'photograph', 'image', 'picture', 'video', 'film', 'footage', 'selfie'];
const OFFICIAL_EMAIL = [
  'work email',
  'school email',
  'official',
  'council email',
  'trust email',
  'academy email',
];
const CONTACT_ACT = [
  'contact',
  'communicate',
  'communication',
  'message',
  'messaging',
  'friend',
  'friend request',
  'befriend',
  'follow request',
  'follower',
  'keep in touch',
  'chat',
  'correspond',
  'connect',
  'interact',
];
const PERSONAL_CHANNEL: Group = {
  words: [
    'personal',
    'private',
    'own account',
    'social media',
    'social medium',
    'social network',
    'social networking',
    'messaging app',
    'whatsapp',
    // Only social networks have these: "Where a parent sends a friend request, decline it".
    'friend request',
    'befriend',
    'follow request',
  ],
  orSection: true,
};
const CONTACT_DETAILS = ['contact details', 'personal details', 'contact number'];

export const FACETS: Record<string, Facet> = {
  'pupil-info': {
    id: 'pupil-info',
    says: "Pupils' personal information, names included, stays off social media.",
    all: [{ words: PUPIL }, { words: INFO }],
    none: PHOTO,
    noneUnless: NAMES,
    query: 'name named names identify identified identifiable personal information about pupils',
  },
  'pupil-work-info': {
    id: 'pupil-work-info',
    says: 'What you know about pupils through your job stays private.',
    all: [{ words: PUPIL }, { words: INFO }, { words: FROM_WORK }],
    none: PHOTO,
    noneUnless: NAMES,
    query: 'information about pupils and families through work job employment',
  },
  'staff-info': {
    id: 'staff-info',
    says: "Colleagues' personal information stays off social media.",
    all: [{ words: COLLEAGUE }, { words: INFO }],
    none: PHOTO,
    noneUnless: NAMES,
    query: 'personal information about colleagues staff discuss private lives',
  },
  'staff-work-info': {
    id: 'staff-work-info',
    says: 'What you know about colleagues through your job stays private.',
    all: [{ words: COLLEAGUE }, { words: INFO }, { words: FROM_WORK }],
    none: PHOTO,
    noneUnless: NAMES,
    query: 'information about colleagues staff through work job employment',
  },
  'pupil-records': {
    id: 'pupil-records',
    says: 'Pupil records and identifiers are confidential.',
    all: [
      { words: PUPIL },
      {
        words: [
          'record',
          'upn',
          'uln',
          'unique pupil number',
          'pupil number',
          'unique learner number',
          'identifier',
          'identification number',
          'data',
          'personal data',
          'person identifiable',
        ],
      },
    ],
    query: 'pupil records unique pupil number identifier confidential personal data',
  },
  'names-employer': {
    id: 'names-employer',
    says: 'Do not say on personal accounts where you work.',
    all: [
      {
        words: [
          'identify',
          'mention',
          'say',
          'state',
          'reveal',
          'disclose',
          'refer',
          'name',
          'link',
          'associate',
          'describe',
          'display',
          'list',
          'declare',
        ],
      },
      {
        words: [
          'employee of',
          'employees of',
          'work for',
          'works for',
          'working for',
          'employer',
          'employed by',
          'workplace',
          'place of work',
          'where they work',
          'where you work',
          'job title',
        ],
      },
    ],
    query: 'identify themselves employee work for employer workplace personal profile',
  },
  'school-brand': {
    id: 'school-brand',
    says: "The school's name, logo or badge stays off personal accounts.",
    all: [
      {
        words: [
          'logo',
          'brand',
          'branding',
          'badge',
          'crest',
          'emblem',
          'school by name',
          'academy by name',
          'trust by name',
          'federation by name',
          'employer by name',
          'school name',
          'name of the school',
          'trust name',
          'academy name',
        ],
      },
    ],
    none: PHOTO,
    query: 'school name logo brand badge crest uniform personal',
  },
  'phone-details': {
    id: 'phone-details',
    says: 'Keep phone numbers and other contact details off social media.',
    all: [
      {
        words: [
          'phone number',
          'telephone number',
          'mobile number',
          'mobile phone number',
          ...CONTACT_DETAILS,
        ],
      },
    ],
    none: OFFICIAL_EMAIL,
    query: 'personal phone telephone number home address contact details privacy reveal',
  },
  'email-details': {
    id: 'email-details',
    says: 'Keep personal email addresses and contact details off social media.',
    all: [{ words: ['email address', 'e mail address', 'personal email', ...CONTACT_DETAILS] }],
    none: OFFICIAL_EMAIL,
    query: 'personal email address contact details home phone privacy reveal separate',
  },
  'home-address': {
    id: 'home-address',
    says: 'Keep home addresses and other personal details off social media.',
    all: [
      {
        words: [
          'home address',
          'postal address',
          'where they live',
          'where you live',
          'postcode',
          ...CONTACT_DETAILS,
        ],
      },
    ],
    none: OFFICIAL_EMAIL,
    query: 'home address where you live phone number contact details privacy reveal',
  },
  'contact-pupils': {
    id: 'contact-pupils',
    says: 'No contact with pupils through personal accounts.',
    all: [{ words: PUPIL }, { words: CONTACT_ACT }, PERSONAL_CHANNEL],
    query: 'contact communicate pupils personal social media friend requests messages',
  },
  'contact-parents': {
    id: 'contact-parents',
    says: 'No contact with parents through personal accounts.',
    all: [{ words: PARENT }, { words: CONTACT_ACT }, PERSONAL_CHANNEL],
    none: ['their family member', 'own family', 'their own family'],
    query: 'contact communicate parents carers families personal social media accounts',
  },
  attack: {
    id: 'attack',
    says: 'Never attack, insult or abuse pupils, families, colleagues or the school.',
    all: [
      {
        words: [
          'attack',
          'insult',
          'abuse',
          'abusive',
          'defame',
          'offensive',
          'derogatory',
          'mock',
          'belittle',
          'disparage',
          'disparaging',
          'demean',
          'demeaning',
          'bully',
          'harass',
          'harassment',
          'intimidate',
          'threaten',
          'discriminatory',
          'defamatory',
          'malicious',
          'inflammatory',
          'criticism',
          'inappropriate comment',
          'humiliate',
          'ridicule',
          'criticise',
          'negative comment',
          'disrespectful',
          'hurtful',
          'rude',
        ],
      },
    ],
    query: 'attack insult abuse defame offensive derogatory mock pupils parents colleagues school',
  },
  reputation: {
    id: 'reputation',
    says: 'Nothing that brings the school into disrepute.',
    all: [
      {
        words: [
          'disrepute',
          'reputation',
          'bring the school',
          'embarrass',
          'embarrassment',
          'public confidence',
          'undermine',
        ],
      },
    ],
    query: 'disrepute reputation bring the school council into disrepute damage',
  },
  'defamation-law': {
    id: 'defamation-law',
    says: 'The law on libel and defamation applies to what you post.',
    all: [
      { words: ['libel', 'libellous', 'defamation', 'defamatory', 'defame', 'slander'] },
      { words: ['law', 'legal', 'act', 'liable', 'liability', 'court', 'sue', 'criminal'] },
    ],
    rule: false,
    query: 'law libel defamation defamatory liable legal action',
  },
  'use-at-work': {
    id: 'use-at-work',
    says: 'No personal social media in working time.',
    all: [
      {
        words: [
          'at work',
          'working hours',
          'work hours',
          'working time',
          'working day',
          'school day',
          'directed time',
          'contracted hours',
          'hours of work',
          'while working',
          'working with children',
          'during lessons',
          'lesson time',
          'contact time',
          'teaching time',
          'school hours',
          'school time',
          'on duty',
        ],
      },
      { words: ['personal', 'social media', 'social networking', 'private'] },
    ],
    none: ['wikipedia', 'encyclopaedia', 'encyclopedia'],
    query: 'personal use social media at work working hours school day directed time breaks',
  },
  photos: {
    id: 'photos',
    says: 'No photos or videos of pupils on personal social media.',
    all: [
      { words: PHOTO },
      {
        words: [
          'post',
          'publish',
          'share',
          'upload',
          'put on',
          'appear',
          'social media',
          'personal',
          'online',
        ],
      },
    ],
    query: 'photographs images videos pupils posted published personal social media',
  },
  'encyclopaedia-edit': {
    id: 'encyclopaedia-edit',
    says: 'No editing of Wikipedia and other encyclopaedias at work.',
    all: [
      { words: ['wikipedia', 'encyclopaedia', 'encyclopedia', 'wiki'] },
      { words: ['edit', 'amend', 'alter', 'contribute', 'correct', 'correction'] },
    ],
    query: 'edit wikipedia encyclopaedia at work personal capacity',
  },
  'school-email-personal': {
    id: 'school-email-personal',
    says: 'School email is not for personal social media accounts.',
    all: [
      { words: ['email', 'e mail'] },
      { words: ['school', 'work', 'official', 'council', 'trust', 'academy', 'employer'] },
      {
        words: [
          'personal account',
          'personal social media',
          'personal use',
          'register',
          'sign up',
          'set up',
          'setting up',
          'create',
          'log in',
          'sign in',
          'personal',
        ],
      },
    ],
    query: 'school work email address personal social media account set up register sign up',
  },
  location: {
    id: 'location',
    says: 'Do not give away where you or the school are.',
    all: [
      { words: ['location', 'whereabouts', 'geotag', 'geotagged', 'check in', 'location data'] },
    ],
    query: 'location whereabouts geotag photos',
  },
};

export const TOPICS: Record<TopicId, Topic> = {
  'pupil-name': {
    id: 'pupil-name',
    label: 'Pupil name',
    about: "This clause is about pupils' personal information.",
    facets: ['pupil-info', 'pupil-work-info'],
  },
  'staff-name': {
    id: 'staff-name',
    label: 'Staff name',
    about: 'This clause is about personal information on colleagues.',
    facets: ['staff-info', 'staff-work-info'],
  },
  'child-reference': {
    id: 'child-reference',
    label: 'Child known through work',
    about: "This clause is about pupils' personal information.",
    facets: ['pupil-info', 'pupil-work-info'],
  },
  'pupil-identifier': {
    id: 'pupil-identifier',
    label: 'Pupil identifier',
    about: 'This clause is about pupil records and confidential information.',
    facets: ['pupil-records', 'pupil-info'],
  },
  'school-identifier': {
    id: 'school-identifier',
    label: 'Identifies the school',
    about: 'This clause is about naming the school or showing where you work.',
    facets: ['names-employer', 'school-brand'],
  },
  'phone-number': {
    id: 'phone-number',
    label: 'Phone number',
    about: 'This clause is about keeping contact details off social media.',
    facets: ['phone-details'],
  },
  'email-address': {
    id: 'email-address',
    label: 'Email address',
    about: 'This clause is about keeping contact details off social media.',
    facets: ['email-details'],
  },
  'postal-address': {
    id: 'postal-address',
    label: 'Postal address',
    about: 'This clause is about keeping home addresses off social media.',
    facets: ['home-address'],
  },
  'parent-contact': {
    id: 'parent-contact',
    label: 'Personal contact with parents or pupils',
    about: 'This clause is about contact with pupils or parents through personal accounts.',
    facets: ['contact-pupils', 'contact-parents'],
  },
  disparaging: {
    id: 'disparaging',
    label: 'Disparaging',
    about: 'This clause is about attacking people or the school online.',
    facets: ['attack', 'reputation'],
  },
  'working-hours': {
    id: 'working-hours',
    label: 'Working time',
    about: 'This clause is about personal social media in working time.',
    facets: ['use-at-work'],
  },
  photos: {
    id: 'photos',
    label: 'Photos and videos',
    about: 'This clause is about photos and videos on social media.',
    facets: ['photos'],
  },
  encyclopaedia: {
    id: 'encyclopaedia',
    label: 'Editing Wikipedia',
    about: 'This clause is about editing online encyclopaedias at work.',
    facets: ['encyclopaedia-edit'],
  },
  'school-email': {
    id: 'school-email',
    label: 'School email for personal accounts',
    about: 'This clause is about using school email for personal accounts.',
    facets: ['school-email-personal'],
  },
  defamation: {
    id: 'defamation',
    label: 'A claim that could be defamatory',
    about: 'This clause is about the law on defamation.',
    facets: ['defamation-law'],
  },
  'photo-location': {
    id: 'photo-location',
    label: 'A photo that records where it was taken',
    about: 'This clause is about giving away where you live.',
    facets: ['home-address', 'location'],
  },
};
