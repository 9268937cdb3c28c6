// Flags what identifies the school a post's writer works at (the seed policy's 6.1:
// do not identify yourself as working for the school; 6.12: no use of its name or
// brand; each school's policy decides its own clauses). Everything comes from the settings' school block; the variants people
// write (short names, "&"/"and", squashed hashtags and handles) are derived in
// lib/contact so the same rules work for any school.
import { findEmails, isOnDomain } from '../contact/email';
import { findPhoneNumbers, phoneKeys } from '../contact/phone';
import { compactPostcode, findPostcodes } from '../contact/postcode';
import { compileNames, findNames, type NameMatcher } from '../school/school-names';
import { compileTokens, findTokens, type TokenMatcher } from '../school/school-tokens';
import { schoolWordsOf } from '../school/school-variants';
import type { Hit } from '../engine/finding';
import { defineDetector, once } from '../engine/detector';
import { keepStrongest } from '../text/span';

interface Compiled {
  names: NameMatcher;
  tokens: TokenMatcher;
  postcodes: Set<string>;
  phones: Set<string>;
  schoolName: string;
  authority: string;
}

const REASONS = {
  name: (c: Compiled) => `This names the school (${c.schoolName})`,
  'short-name': (c: Compiled) => `This is the school's short name (${c.schoolName})`,
  acronym: (c: Compiled) => `This is the school's initials (${c.schoolName})`,
  authority: (c: Compiled) => `This names the school's local authority (${c.authority})`,
  address: () => "This is the school's address",
  website: () => "This is the school's website",
  domain: () => "This is the school's official email domain",
  handle: () => "This is the school's social media handle",
  hashtag: () => "This is the school's hashtag",
  squashed: (c: Compiled) => `This contains the school's name (${c.schoolName})`,
};

export default defineDetector<Compiled>({
  id: 'school-identifier',
  raises: ['school-identifier'],
  description:
    "The school's name, short name, council, address, postcode, website, email domain, phone, handle or hashtag",
  compile: (settings, { data }) => {
    const school = settings.school;
    const words = schoolWordsOf(data.schoolWords);
    return {
      names: compileNames(school, words),
      tokens: compileTokens(school, words),
      postcodes: new Set(school.postcodes.map(compactPostcode)),
      phones: phoneKeys(school.phones),
      schoolName: school.name,
      authority: school.localAuthority ?? '',
    };
  },
  detect: (text, c, context) => {
    const hits: Hit[] = [];
    const push = (start: number, end: number, reason: string, cites?: Hit['cites']) =>
      hits.push({
        kind: 'school-identifier',
        start,
        end,
        reason,
        ...(cites ? { cites } : {}),
      });

    for (const m of once(context, 'emails', () => findEmails(text))) {
      if (c.tokens.emailDomains.some((d) => isOnDomain(m.domain, d))) {
        push(
          m.start,
          m.end,
          "This email address is on the school's official domain",
          // Official email is for work: the school-email clauses apply (the seed policy's 6.10).
          ['school-email'],
        );
      }
      // An address on any other domain is an email-address (CONTRACTS §2), even one
      // built on the school's name ("hollybrookpta@example.org"): the PTA's or a
      // parent's own account, not the school's.
    }
    for (const m of findTokens(text, c.tokens)) push(m.start, m.end, REASONS[m.kind](c));
    for (const m of findNames(text, c.names)) push(m.start, m.end, REASONS[m.kind](c));
    for (const m of once(context, 'postcodes', () => findPostcodes(text))) {
      if (c.postcodes.has(m.compact)) push(m.start, m.end, "This is the school's postcode");
    }
    if (c.phones.size) {
      for (const m of once(context, 'phones', () => findPhoneNumbers(text))) {
        if (c.phones.has(m.significant)) push(m.start, m.end, "This is the school's phone number");
      }
    }
    // One finding a mention: the earliest, then longest, of overlapping hits.
    return keepStrongest(hits, (a, b) => a.start - b.start || b.end - a.end);
  },
});
