// Flags invitations to pupils or parents to talk to the writer through personal
// social media or personal channels ("parents, feel free to DM me"): policy
// 6.2.1 (no contact with pupils through personal media), 6.3 and 6.3.1 (parents
// are directed to the official channels). Phrase lists: parent-contact-phrases.ts.
import type { Hit } from '../types';
import { defineDetector } from './detector';
import {
  AUDIENCE_FAMILIES,
  INVITATIONS,
  NAMED_SOCIAL,
  OFFICIAL_CHANNELS,
  OTHER_AUDIENCE,
  PERSONAL_CHANNELS,
  PERSONAL_CONNECTION,
  NEGATION_BEFORE,
  SCHOOL_OFFER,
  STATEMENT_SUBJECT_BEFORE,
} from './parent-contact-phrases';

const INVITATION = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${INVITATIONS.map((p) => p.replaceAll('CHANNELS', PERSONAL_CHANNELS)).join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);
const FAMILIES = new RegExp(AUDIENCE_FAMILIES, 'iu');
const SOCIAL = new RegExp(NAMED_SOCIAL, 'iu');
const OTHERS = new RegExp(OTHER_AUDIENCE, 'iu');
const OFFICIAL = new RegExp(OFFICIAL_CHANNELS, 'iu');
const CONNECTION = new RegExp(PERSONAL_CONNECTION, 'iu');
const OFFER = new RegExp(SCHOOL_OFFER, 'iu');
const NEGATED = new RegExp(NEGATION_BEFORE, 'iu');
const STATEMENT = new RegExp(STATEMENT_SUBJECT_BEFORE, 'iu');
// Cheap pre-check: every invitation has one of these words.
const HINT = /me\b|friend|my\s|group|chat|you\b|them\b/i;

export default defineDetector({
  id: 'parent-contact',
  description: 'An invitation to pupils or parents to get in touch through personal social media',
  compile: () => null,
  detect: (text) => {
    const hits: Hit[] = [];
    if (!HINT.test(text)) return hits;
    for (const m of text.matchAll(INVITATION)) {
      const start = m.index;
      const end = start + m[0].length;
      const before = text.slice(Math.max(0, start - 30), start);
      if (NEGATED.test(before)) continue;
      if (STATEMENT.test(before)) continue;
      if (!isAimedAtFamilies(text, m[0])) continue;
      hits.push({
        kind: 'parent-contact',
        start,
        end,
        reason: 'This invites pupils or parents to contact you through personal social media',
      });
    }
    return hits;
  },
});

// Pupils or families named in the line; or, with no audience named, a personal
// connection ("add me on Snapchat") or a personal network offered for school
// things ("... on Facebook and I'll send you the photos"). Never when the line
// speaks to colleagues, customers or fellow parents, or the channel on offer is
// an official one (office, school app).
function isAimedAtFamilies(line: string, invitation: string): boolean {
  if (OTHERS.test(line)) return false;
  const social = SOCIAL.test(invitation);
  if (OFFICIAL.test(line) && !social) return false;
  if (FAMILIES.test(line)) return true;
  return CONNECTION.test(invitation) || (social && OFFER.test(line));
}
