// Flags invitations to pupils or parents to talk to the writer through personal
// social media or personal channels ("parents, feel free to DM me"): policy
// 6.2.1 (no contact with pupils through personal media), 6.3 and 6.3.1 (parents
// are directed to the official channels). Phrase lists: lib/contact/invitation-phrases.ts.
import { isWordChar, MAX_CANDIDATES } from '../contact/chars';
import type { Hit } from '../engine/finding';
import type { SchoolSettings } from '../settings/types';
import { defineDetector } from '../engine/detector';
import { joinRuns } from '../text/span';
import { allMatches } from '../text/all-matches';
import { LazyPattern } from '../text/lazy-pattern';
import {
  AUDIENCE_FAMILIES,
  CALLED_PUPILS,
  INVITATIONS,
  NAMED_SOCIAL,
  OFFICIAL_CHANNELS,
  OTHER_AUDIENCE,
  PERSONAL_CHANNELS,
  PERSONAL_CONNECTION,
  NEGATION_BEFORE,
  HAPPENING_BEFORE,
  FAMILIES_ADDRESSED,
  IF_FAMILIES_NEED_ME,
  LABEL_AFTER,
  OWN_NUMBER_GIVEN,
  OWN_CHANNEL,
  SCHOOL_OFFER,
  STATEMENT_SUBJECT_BEFORE,
  IN_PERSON_AFTER,
  CLASS_CODE,
} from '../contact/invitation-phrases';

// Compiled without the "u" flag: the phrases are ASCII, and case-insensitive
// Unicode patterns are many times slower. Word edges are checked in code. Built when a
// line first passes HINT, straight to machine code (lib/text/lazy-pattern.ts): its first
// run through V8's interpreter took 12-16 ms, as long as the rest of a first check.
/** A space in a phrase is any run of white space (invitation-phrases.ts). */
const widen = (source: string) => source.replaceAll(' ', '\\s+');
const rx = (source: string, flags = 'i') => new RegExp(widen(source), flags);
const INVITATION = new LazyPattern(
  widen(
    `\\b(?:${INVITATIONS.map((p) => p.replaceAll('CHANNELS', PERSONAL_CHANNELS)).join('|')})\\b`,
  ),
  'gi',
);
const FAMILIES = rx(AUDIENCE_FAMILIES);
const PUPILS_CALLED = rx(CALLED_PUPILS);
const SOCIAL = rx(NAMED_SOCIAL);
const OTHERS = rx(OTHER_AUDIENCE);
const OFFICIAL = rx(OFFICIAL_CHANNELS);
const CONNECTION = rx(PERSONAL_CONNECTION);
const OFFER = rx(SCHOOL_OFFER);
const NEGATED = rx(NEGATION_BEFORE);
const HAPPENING = rx(HAPPENING_BEFORE);
const STATEMENT = rx(STATEMENT_SUBJECT_BEFORE);
const OWN = rx(OWN_CHANNEL);
const ADDRESSED = rx(FAMILIES_ADDRESSED);
const LABEL = rx(LABEL_AFTER, '');
const NEED_ME = rx(IF_FAMILIES_NEED_ME, 'gi');
const OWN_NUMBER = rx(OWN_NUMBER_GIVEN);
const IN_PERSON = rx(IN_PERSON_AFTER);
// Case matters: "P3" and "S2" are class codes, "p3" is as likely a page.
const CLASS_CODES = rx(CLASS_CODE, '');
/** A group channel named as a place ("in our class Facebook group"), not asked to join. */
const GROUP_NAMED = /^(?:private|closed|secret|class|parents?)\s/i;
const PLACE_BEFORE = /\b(?:in|on|into|onto|from|to)\s+(?:(?:our|the|my|this|that)\s+)?$/i;
const INVITATION_HIT = {
  kind: 'parent-contact' as const,
  reason: 'This invites pupils or parents to contact you through personal social media',
  rule: 'parent-contact/invitation',
};
const NEED_ME_HIT = { ...INVITATION_HIT, rule: 'parent-contact/if-you-need-me' };
/** Findings that show the writer's own channel or the families it is for. */
const PERSONAL_KINDS = new Set(['phone-number', 'email-address']);
const CHILD_KINDS = new Set(['pupil-name', 'child-reference']);
/** Words that put a personal number in a school or a class chat, not a jumble sale:
 * "if the group goes funny again email me on …", "text me if he's late for class". */
const SCHOOL_OR_GROUP =
  /\b(?:the|this|our|class|parents'?|mums'?)\s+(?:group|chat|whats\s?app)\b|\bgroup\s+chat\b|\b(?:class|school|year\s?\d|teacher|homework|reading\s+book|trip|forms?|reply\s+slips?|nursery|reception|pick[-\s]?up|drop[-\s]?off)\b/i;
// Cheap pre-check: every invitation has one of these words.
const HINT =
  /me\b|my\b|friend|group|chat|you\b|them\b|whats\s?app|facebook|fb\b|insta|snap|tik\s?tok|messenger|dms?\b|inbox|hmu\b/i;

export default defineDetector({
  id: 'parent-contact',
  raises: ['parent-contact'],
  // A pupil named says who an invitation is for; a personal number or address after it says
  // it is the writer's own channel.
  reads: ['pupil-name', 'child-reference', 'phone-number', 'email-address'],
  description: 'An invitation to pupils or parents to get in touch through personal social media',
  compile: classNamesOf,
  detect: (text, classes, { earlier }) => {
    const hits: Hit[] = [];
    if (!HINT.test(text)) return hits;
    // A pupil named in the post says who it is for ("text me if bilal is late").
    const childNamed = earlier.some((f) => CHILD_KINDS.has(f.kind));
    let audience: Audience | undefined;
    const placed: Hit[] = [];
    // Not matchAll, which copies this 6,000-character expression on every call (all-matches.ts).
    for (const m of allMatches(INVITATION.regexp, text, MAX_CANDIDATES)) {
      const start = m.index;
      if (isWordChar(text[start - 1]) || isWordChar(text[start + m[0].length])) continue;
      const before = text.slice(Math.max(0, start - 30), start);
      if (NEGATED.test(before) || STATEMENT.test(before) || HAPPENING.test(before)) continue;
      if (isLabel(text, start, start + m[0].length)) continue;
      const end = start + m[0].length;
      // No channel named and a place in school after it: "find me at break in D4".
      if (!SOCIAL.test(m[0]) && IN_PERSON.test(text.slice(end, end + 40))) continue;
      audience ??= audienceOf(text);
      // The writer's own number or personal address straight after: "text me on 07700 …".
      const ownChannel = earlier.some(
        (f) => PERSONAL_KINDS.has(f.kind) && f.start >= end && f.start - end <= 40,
      );
      const toFamilies =
        isAimedAtFamilies(audience, m[0], ownChannel) ||
        (!audience.others &&
          (childNamed ||
            (ownChannel &&
              !audience.official &&
              (SCHOOL_OR_GROUP.test(text) ||
                CLASS_CODES.test(text) ||
                namesClass(text, classes)))));
      if (!toFamilies) continue;
      // "Posting in our class Facebook group: parents, inbox me": where the writer is, beside
      // an invitation in the same line; it stands alone only when nothing else invites.
      if (GROUP_NAMED.test(m[0]) && PLACE_BEFORE.test(before))
        placed.push({ ...INVITATION_HIT, start, end });
      else hits.push({ ...INVITATION_HIT, start, end });
    }
    if (hits.length === 0) hits.push(...placed);
    if (OWN_NUMBER.test(text)) {
      audience ??= audienceOf(text);
      for (const m of text.matchAll(NEED_ME)) {
        // "if you need me" must be said to families; "if any parents need me" says so itself.
        const toFamilies = !/\byou\b/i.test(m[0]) || audience.families || audience.addressed;
        if (toFamilies && !audience.others) {
          hits.push({ ...NEED_ME_HIT, start: m.index, end: m.index + m[0].length });
        }
      }
    }
    // "if you need me over the holidays my personal number is …": one invitation, one hit.
    return joinRuns(hits, (prev, h) => {
      const gap = text.slice(prev.end, h.start);
      return gap.length <= 60 && !/[.!?\n]/.test(gap);
    });
  },
});

/** The school's own class names, folded: the whole name ("Year 4 Herons", "7K") and its
 * last word when that word is distinctive ("Herons"): a post that names one of the
 * school's classes beside the writer's own number is about school ("just message me
 * about 7K"). */
function classNamesOf(settings: SchoolSettings): string[] {
  const names = new Set<string>();
  for (const c of settings.classes ?? []) {
    const name = c.name.trim().toLowerCase();
    if (name.length >= 2) names.add(name);
    const last = name.split(/\s+/).at(-1) ?? '';
    if (last.length >= 4 && /^\p{L}+$/u.test(last) && !GENERIC_CLASS_WORDS.has(last))
      names.add(last);
  }
  return [...names];
}
const GENERIC_CLASS_WORDS = new Set(['class', 'group', 'form', 'year', 'nursery', 'reception']);

function namesClass(text: string, classes: readonly string[]): boolean {
  if (classes.length === 0) return false;
  const lower = text.toLowerCase();
  return classes.some((name) => {
    for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + 1)) {
      if (!isWordChar(lower[at - 1]) && !isWordChar(lower[at + name.length])) return true;
    }
    return false;
  });
}

/** "Parent WhatsApp: Hi ...": a channel's name opening the line as a header, before a colon. */
function isLabel(text: string, start: number, end: number): boolean {
  return /^\s*$/.test(text.slice(0, start)) && LABEL.test(text.slice(end, end + 3));
}

/** What the whole line says about who is addressed; worked out once per line. */
interface Audience {
  families: boolean;
  /** Families addressed outright ("if you're a parent"). */
  addressed: boolean;
  others: boolean;
  official: boolean;
  offer: boolean;
}

function audienceOf(line: string): Audience {
  return {
    families: FAMILIES.test(line) || PUPILS_CALLED.test(line),
    addressed: ADDRESSED.test(line),
    others: OTHERS.test(line),
    official: OFFICIAL.test(line),
    offer: OFFER.test(line),
  };
}

// Pupils or families named in the line; or, with no audience named, a personal
// connection ("add me on Snapchat") or a personal network offered for school
// things ("... on Facebook and I'll send you the photos"). Never when the line
// speaks to colleagues, customers or fellow parents, or the channel on offer is
// an official one (office, school app).
// An official channel named beside the invitation vetoes it, unless the writer's own number
// follows as the other way in ("contact the office, or give me a ring on 07700 …").
function isAimedAtFamilies(audience: Audience, invitation: string, ownChannel: boolean): boolean {
  if (audience.addressed) return true;
  if (audience.others) return false;
  const social = SOCIAL.test(invitation);
  if (audience.official && !social && !ownChannel) return false;
  if (audience.families) return true;
  return CONNECTION.test(invitation) || OWN.test(invitation) || (social && audience.offer);
}
