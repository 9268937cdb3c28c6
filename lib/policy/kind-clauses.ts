// Each kind of finding: its label, what it flags and its severity; and the seed school's
// mapping from each kind and reminder to its policy's clauses, with why each applies in plain
// English (lib/policy/seed-pack.json). The seed keeps this mapping; any other policy's comes
// from its settings file or from its own text (lib/policy/citations.ts). A test checks each
// clause exists in the seed policy.
import type { FindingKind, Severity } from '../engine/finding';
import type { OtherTopicId, ReminderId, TopicId } from './topics';

export interface ClauseReason {
  id: string;
  /** One plain-English line: why this clause applies to this kind of finding. */
  why: string;
}

export interface KindPolicy {
  /** A short label for lists: "Pupil name". */
  label: string;
  /** What the kind flags (CONTRACTS.md §2), for the README and help text. */
  flags: string;
  clauses: ClauseReason[];
  severity: Severity;
}

const PUPIL_INFO: ClauseReason = {
  id: '5.4',
  why: 'You must not discuss personal information about pupils on social media.',
};
const WORK_INFO: ClauseReason = {
  id: '6.8',
  why: 'Information you have about pupils and their families through your job stays off your personal webspace.',
};
const CONTACT_DETAILS: ClauseReason = {
  id: '6.15',
  why: 'It is not safe to reveal home addresses, telephone numbers and other personal information online.',
};

export const KIND_POLICY: Record<FindingKind, KindPolicy> = {
  'pupil-name': {
    label: 'Pupil name',
    flags: 'a pupil on a loaded class list (first, preferred or last name, or the full name)',
    severity: 'high',
    clauses: [PUPIL_INFO, WORK_INFO],
  },
  'staff-name': {
    label: 'Staff name',
    flags: 'a member of staff on the staff list',
    severity: 'medium',
    clauses: [
      {
        id: '5.4',
        why: 'You must not discuss personal information about school staff on social media.',
      },
      {
        id: '6.8',
        why: 'Information about colleagues that you have through your job stays off your personal webspace.',
      },
    ],
  },
  'child-reference': {
    label: 'Child known through work',
    flags: 'a child on no list whom the text presents as a pupil or a child known through work',
    severity: 'high',
    clauses: [PUPIL_INFO, WORK_INFO],
  },
  'pupil-identifier': {
    label: 'Pupil identifier',
    flags: 'a pupil record identifier: a valid UPN or ULN',
    severity: 'high',
    clauses: [
      { id: '3.2', why: 'Pupil records are person-identifiable, confidential information.' },
      PUPIL_INFO,
    ],
  },
  'school-identifier': {
    label: 'Identifies the school',
    flags:
      "the school's name or an alias, its local authority, address, postcode, website, official email domain, phone, handle or hashtag",
    severity: 'medium',
    clauses: [
      {
        id: '6.1',
        why: 'Do not identify yourself as working for the school in your personal webspace.',
      },
      {
        id: '6.12',
        why: "The school's and the council's names, logos and brands must not be used on personal social media.",
      },
    ],
  },
  'phone-number': {
    label: 'Phone number',
    flags: "a telephone number that is not the school's",
    severity: 'medium',
    clauses: [CONTACT_DETAILS],
  },
  'email-address': {
    label: 'Email address',
    flags: 'an email address that is not on an official school domain',
    severity: 'medium',
    clauses: [
      {
        id: '6.15',
        why: 'Keep personal contact details off social media; use a separate address just for social networking.',
      },
    ],
  },
  'postal-address': {
    label: 'Postal address',
    flags: "a street address or a full UK postcode that is not the school's",
    severity: 'medium',
    clauses: [CONTACT_DETAILS],
  },
  'parent-contact': {
    label: 'Personal contact with parents or pupils',
    flags: 'text that invites pupils or parents to communicate through personal social media',
    severity: 'high',
    clauses: [
      { id: '6.2.1', why: 'No contact with pupils through any personal social medium.' },
      {
        id: '6.3',
        why: "Contact with pupils' families through personal social media can be a conflict of interest.",
      },
      {
        id: '6.3.1',
        why: 'Direct parents to the official channels (telephone, school email), not social media.',
      },
    ],
  },
  disparaging: {
    label: 'Disparaging',
    flags:
      'the clause or sentence that attacks, insults, mocks, abuses or defames pupils, families, colleagues, other professionals, the school, the council or partner organisations',
    severity: 'medium',
    clauses: [
      {
        id: '5.5',
        why: 'Never attack, insult, abuse or defame pupils, families, colleagues, other professionals or the school.',
      },
      { id: '5.2', why: 'Nothing that might bring the school or the council into disrepute.' },
    ],
  },
};

/**
 * The seed school's clauses for its reminders, and for what some findings add: an address on
 * the school's own email domain also cites the school-email clause; a disparaging claim that
 * could be defamatory also cites the law on defamation; a photo that records where it was
 * taken cites the clauses on personal details.
 */
export const SEED_TOPIC_CLAUSES: Record<ReminderId | OtherTopicId, ClauseReason[]> = {
  'working-hours': [
    {
      id: '6.13',
      why: 'Personal use of social media is not allowed at work, except at playtime and lunchtime.',
    },
  ],
  photos: [
    {
      id: '6.9',
      why: 'Images of pupils, their families, or staff in school uniform or logos must not go on personal social media.',
    },
  ],
  encyclopaedia: [
    {
      id: '6.11',
      why: 'Edits made at work are recorded against the school’s internet address, so do not edit in a personal capacity at work.',
    },
  ],
  'school-email': [
    {
      id: '6.10',
      why: 'School email addresses and other official contact details must not be used on personal social media.',
    },
  ],
  defamation: [
    {
      id: '3.3',
      why: 'Laws on libel, defamation and harassment apply to what you post on social media.',
    },
    {
      id: '3.4',
      why: 'The school and the council can be held liable when staff defame a third party.',
    },
  ],
  'photo-location': [
    CONTACT_DETAILS,
    { id: 'A.5.2', why: 'Pupils must not be able to be identified.' },
  ],
};

/** The seed school's reasons for every topic: its kinds' and the rest. */
export const SEED_REASONS: Record<TopicId, ClauseReason[]> = {
  ...(Object.fromEntries(
    Object.entries(KIND_POLICY).map(([kind, policy]) => [kind, policy.clauses]),
  ) as Record<FindingKind, ClauseReason[]>),
  ...SEED_TOPIC_CLAUSES,
};
