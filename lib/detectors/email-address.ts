// Flags email addresses that are not on the school's official domains: personal
// contact details are not safe to give away online (policy 6.15). Addresses on
// an official domain are school-identifier's (citing the school-email clauses).
import { findEmails, isOnDomain } from '../contact/email';
import type { Hit } from '../engine/finding';
import { defineDetector, once } from '../engine/detector';

export default defineDetector({
  id: 'email-address',
  raises: ['email-address'],
  description: "An email address that is not on the school's official domain",
  compile: (settings) => settings.school.emailDomains,
  detect: (text, officialDomains, context) => {
    const hits: Hit[] = [];
    for (const m of once(context, 'emails', () => findEmails(text))) {
      if (officialDomains.some((d) => isOnDomain(m.domain, d))) continue;
      hits.push({
        kind: 'email-address',
        start: m.start,
        end: m.end,
        reason: 'This looks like a personal email address',
      });
    }
    return hits;
  },
});
