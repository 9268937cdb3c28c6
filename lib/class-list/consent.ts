// Consent columns in MIS exports and what a refusal means for posting online
// (CONTRACTS.md §1 restrictions; issue 8). The reason is never kept, only the restriction.
//   photo, image, photograph, video, filming, media, press  -> refused = "photo"
//   name                                                    -> refused = "name"
//   social media, internet, website, online                 -> refused = "name" and "photo":
//     these are exactly the places a post goes, so neither the child's picture nor name may appear.
import type { Restriction } from '../settings/types';
import { normaliseHeading } from './columns';

const BOTH: readonly Restriction[] = ['name', 'photo'];
const PHOTO: readonly Restriction[] = ['photo'];
const NAME: readonly Restriction[] = ['name'];

// Checked in order: "Social Media Consent" must match before the plain "media" rule.
const CONSENT_TOPICS: readonly {
  words: readonly string[];
  restrictions: readonly Restriction[];
}[] = [
  { words: ['socialmedia', 'internet', 'website', 'web', 'online'], restrictions: BOTH },
  { words: ['name'], restrictions: NAME },
  {
    words: ['photo', 'image', 'picture', 'video', 'film', 'media', 'press', 'camera'],
    restrictions: PHOTO,
  },
];

/** The restrictions a refusal in this column means, or undefined if it is no consent column. */
export function consentColumnRestrictions(heading: string): readonly Restriction[] | undefined {
  const key = normaliseHeading(heading);
  if (!/consent|permission|agreed|allowed/.test(key)) return undefined;
  return CONSENT_TOPICS.find((topic) => topic.words.some((word) => key.includes(word)))
    ?.restrictions;
}

export type ConsentAnswer = 'granted' | 'refused' | 'not-recorded';

const GRANTED = new Set([
  'yes',
  'y',
  'true',
  't',
  '1',
  'granted',
  'given',
  'agreed',
  'consented',
  'ok',
  'allowed',
]);
const REFUSED = new Set([
  'no',
  'n',
  'false',
  'f',
  '0',
  'refused',
  'withdrawn',
  'declined',
  'denied',
  'notgiven',
  'notallowed',
  'notagreed',
]);
const NOT_RECORDED = new Set([
  'notrecorded',
  'unknown',
  'notknown',
  'na',
  'notreturned',
  'notyetreturned',
  'pending',
  'awaited',
]);

/** Reads one cell; undefined means the value is not one we understand. */
export function readConsentValue(cell: string): ConsentAnswer | undefined {
  if (cell.trim() === '') return 'not-recorded';
  const key = cell.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (key === '') return undefined;
  if (GRANTED.has(key)) return 'granted';
  if (REFUSED.has(key)) return 'refused';
  if (NOT_RECORDED.has(key)) return 'not-recorded';
  return undefined;
}

export const CONSENT_VALUES_HELP =
  'Yes/No, Y/N, True/False, Granted/Refused/Withdrawn, or blank for not recorded';
