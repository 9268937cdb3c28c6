// Which policy clauses each kind of finding relates to, and why, in plain English.
// Data, not code: the popup, overlay and scanner all read it from here.
import type { FindingKind, Severity } from '../types';

export interface KindPolicy {
  clauses: { id: string; why: string }[];
  severity: Severity;
}

export const KIND_POLICY: Record<FindingKind, KindPolicy> = {
  'pupil-name': {
    severity: 'high',
    clauses: [
      {
        id: '5.4',
        why: 'Personal information about pupils must not be discussed on social media.',
      },
      {
        id: '6.8',
        why: 'What you know about pupils through work stays off your personal webspace.',
      },
    ],
  },
  'staff-name': {
    severity: 'medium',
    clauses: [
      {
        id: '5.4',
        why: 'Personal information about colleagues must not be discussed on social media.',
      },
      {
        id: '6.8',
        why: 'Information about colleagues learned at work stays off your personal webspace.',
      },
    ],
  },
  'child-reference': {
    severity: 'high',
    clauses: [
      {
        id: '5.4',
        why: 'Personal information about pupils must not be discussed on social media.',
      },
      {
        id: '6.8',
        why: 'What you know about children through work stays off your personal webspace.',
      },
    ],
  },
  'pupil-identifier': {
    severity: 'high',
    clauses: [
      { id: '3.2', why: 'Pupil records are confidential, person-identifiable information.' },
      {
        id: '5.4',
        why: 'Personal information about pupils must not be discussed on social media.',
      },
    ],
  },
  'school-identifier': {
    severity: 'medium',
    clauses: [
      {
        id: '6.1',
        why: 'Do not identify yourself as working for the school in your personal webspace.',
      },
      {
        id: '6.12',
        why: "The school's name, logos and brands must not be used on personal social media.",
      },
    ],
  },
  'phone-number': {
    severity: 'medium',
    clauses: [
      {
        id: '6.15',
        why: 'It is not safe to reveal telephone numbers and other personal details online.',
      },
    ],
  },
  'email-address': {
    severity: 'medium',
    clauses: [{ id: '6.15', why: 'Personal contact details are not safe to give away online.' }],
  },
  'postal-address': {
    severity: 'medium',
    clauses: [{ id: '6.15', why: 'It is not safe to reveal home addresses online.' }],
  },
  'parent-contact': {
    severity: 'high',
    clauses: [
      { id: '6.2.1', why: 'No contact with pupils through any personal social medium.' },
      {
        id: '6.3',
        why: "Contact with pupils' families through personal social media can be a conflict of interest.",
      },
      { id: '6.3.1', why: 'Parents must be directed to the official channels, not social media.' },
    ],
  },
  disparaging: {
    severity: 'medium',
    clauses: [
      {
        id: '5.5',
        why: 'Never attack, insult, abuse or defame pupils, families, colleagues or the school.',
      },
      { id: '5.2', why: 'Nothing that might bring the school or the council into disrepute.' },
    ],
  },
};
