// Flags invitations to pupils or parents to talk to the writer through personal
// social media or personal channels ("parents, feel free to DM me"): policy
// 6.2.1 (no contact with pupils through personal media), 6.3 and 6.3.1 (parents
// are directed to the official channels). Phrase lists: lib/contact/invitation-phrases.ts and
// invitation-languages.ts, handed in as the checker's data (CheckerData.invitations), so that
// the worker's script does not carry them (lib/contact/invitation-data.ts).
import { isWordChar, MAX_CANDIDATES } from '../contact/chars';
import type { Hit } from '../engine/finding';
import type { SchoolSettings } from '../settings/types';
import { defineDetector } from '../engine/detector';
import { joinRuns } from '../text/span';
import { allMatches } from '../text/all-matches';
import { LazyPattern } from '../text/lazy-pattern';
import type { InvitationSources } from '../contact/invitation-sources';
import { gateLiterals } from '../text/literal-gate';

// Compiled without the "u" flag: the phrases are ASCII, and case-insensitive
// Unicode patterns are many times slower. Word edges are checked in code. Built when a
// line first passes HINT, straight to machine code (lib/text/lazy-pattern.ts): its first
// run through V8's interpreter took 12-16 ms, as long as the rest of a first check.
/** A space in a phrase is any run of white space (invitation-phrases.ts). */
const widen = (source: string) => source.replaceAll(' ', '\\s+');
/** Only `test` and `exec`, of an expression built on its first use. */
type Test = Pick<RegExp, 'test' | 'exec'>;
/**
 * An expression built on its first use, straight to machine code (lib/text/machine-code.ts):
 * the first line with an invitation runs about twenty of these, and V8's first compile of a
 * long alternation to bytecode took 10-30 ms for some ("the lost dog's owner…", OTHER_OCCASION)
 * where machine code took under 1 ms. Same answers: only `test` and `exec` of one expression,
 * whose flags have no "g", so no `lastIndex` is kept between calls.
 */
function rx(source: string, flags = 'i'): Test {
  const pattern = new LazyPattern(widen(source), flags);
  return { test: (s) => pattern.regexp.test(s), exec: (s) => pattern.regexp.exec(s) };
}
// Other languages (lib/contact/invitation-languages.ts): built only when a personal channel is
// named or a personal number or address found, and the line holds one of the words every such
// invitation has (mayHoldLanguageInvitation). Without the "u" flag, which made them several
// times slower: word edges are Latin and Cyrillic letters spelled out.
const LETTER = 'a-z\\u00c0-\\u024f\\u0400-\\u04ff';

/**
 * The detector's expressions, made from one CheckerData's phrase lists: each built on its first
 * use (nothing at import or compile: test/engine-start-up.test.ts), and shared by every
 * checker given the same lists, as the module's constants were. The names are the lists'
 * (invitation-phrases.ts): `families` is AUDIENCE_FAMILIES, `official` OFFICIAL_CHANNELS.
 */
export interface Phrases {
  invitation: LazyPattern;
  families: Test;
  pupilsCalled: Test;
  social: Test;
  /** Colleagues, customers, employers, old friends, a lost pet's finders: not families. */
  others: Pick<RegExp, 'test'>;
  official: Test;
  asking: Test;
  // Over 1,000 characters each once widened: built on first use, as only a line with an
  // invitation in it needs them (test/engine-start-up.test.ts).
  setAside: LazyPattern;
  addressed: LazyPattern;
  connection: Test;
  offer: Test;
  negated: Test;
  happening: Test;
  statement: Test;
  own: Test;
  label: Test;
  needMe: LazyPattern;
  ownNumber: Test;
  inPerson: Test;
  classCodes: Test;
  event: Test;
  alsoChannel: Test;
  /** What the start-up tests look at: built only for a line that could hold an invitation. */
  language: { invitation: LazyPattern; family: LazyPattern };
  /** Words one of which every other-language invitation holds, once looked up. */
  languageCues?: RegExp | null;
}

const built = new WeakMap<InvitationSources, Phrases>();
/** The expressions of these phrase lists, made once per lists. */
export function phrasesOf(sources: InvitationSources): Phrases {
  let phrases = built.get(sources);
  if (!phrases) built.set(sources, (phrases = makePhrases(sources)));
  return phrases;
}

function makePhrases({ invitations, phrases: s, languages }: InvitationSources): Phrases {
  const otherReaders = rx(s.otherAudience);
  const occasion = rx(s.otherOccasion);
  const channels = (p: string) => p.replaceAll('CHANNELS', s.personalChannels);
  return {
    invitation: new LazyPattern(widen(`\\b(?:${invitations.map(channels).join('|')})\\b`), 'gi'),
    families: rx(s.audienceFamilies),
    pupilsCalled: rx(s.calledPupils),
    social: rx(s.namedSocial),
    others: { test: (line: string) => otherReaders.test(line) || occasion.test(line) },
    official: rx(s.officialChannels),
    asking: rx(s.askingAnyone),
    setAside: new LazyPattern(widen(s.officialSetAside), 'i'),
    connection: rx(s.personalConnection),
    offer: rx(s.schoolOffer),
    negated: rx(s.negationBefore),
    happening: rx(s.happeningBefore),
    statement: rx(s.statementSubjectBefore),
    own: rx(s.ownChannel),
    addressed: new LazyPattern(widen(s.familiesAddressed), 'i'),
    label: rx(s.labelAfter, ''),
    needMe: new LazyPattern(widen(s.ifFamiliesNeedMe), 'gi'),
    ownNumber: rx(s.ownNumberGiven),
    inPerson: rx(s.inPersonAfter),
    // Case matters: "P3" and "S2" are class codes, "p3" is as likely a page.
    classCodes: rx(s.classCode, ''),
    event: rx(s.schoolEvent),
    alsoChannel: rx(s.alsoChannelBefore),
    language: {
      invitation: new LazyPattern(
        widen(
          `(?<![${LETTER}])(?:${languages.map((l) => l.invitations).join('|')})(?![${LETTER}])`,
        ),
        'gi',
      ),
      family: new LazyPattern(
        `(?<![${LETTER}])(?:${languages.map((l) => l.familyOrSchool).join('|')})`,
        'i',
      ),
    },
  };
}

/** The writer says they gave a parent their number, so "so she can message me" is the
 * invitation it made: "gave her 07700 … so she can text me about drop-offs". Not "a dad
 * asked for my number so he could text me": nothing given. */
const GAVE_SO = /\bso\s+(?:that\s+)?(?:she|he|they)\s+(?:can|could)\s+$/i;
const GAVE_NUMBER =
  /\b(?:gave|given|give|passed|sent)\s+(?:her|him|them)\s+(?:my\s+(?:(?:personal|own|mobile|home)\s+)?(?:number|mobile|phone)|[+(]?\d)/i;
/** A personal number or address straight before an invitation, joined by "or": "her number is
 * 028 …, or message me and I'll pass on your details". */
const OR_BEFORE = /^\s*[,;]?\s*(?:or|and)\s+(?:just\s+)?$/i;
/** Words one of which every other-language invitation holds ("man", "mnie", "ffoniwch"),
 * read from the patterns at build time (`npm run gen:gates`, lib/text/literal-gate.ts): read
 * here, the first check after a worker woke spent 20-50 ms parsing them. */
function mayHoldLanguageInvitation(p: Phrases, text: string): boolean {
  if (p.languageCues === undefined) {
    const words = gateLiterals(p.language.invitation.source);
    p.languageCues = words
      ? new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i')
      : null;
  }
  return p.languageCues === null || p.languageCues.test(text);
}
/** Cheap gate for the other-language rule: a personal channel it could name. */
const CHANNEL_HINT =
  /whats\s?app|messenger|facebook|fb\b|viber|insta|telegram|signal|snapchat|imo\b|wechat/i;
/** A group channel named as a place ("in our class Facebook group"), not asked to join. */
const GROUP_NAMED = /^(?:private|closed|secret|class|parents?)\s/i;
const GROUP_SUBJECT_AFTER = /^\s+(?:is|was|has|had|isn'?t|wasn'?t|gets|got|keeps|will)\b/i;
const PLACE_BEFORE = /\b(?:in|on|into|onto|from|to)\s+(?:(?:our|the|my|this|that)\s+)?$/i;
const INVITATION_HIT = {
  kind: 'parent-contact' as const,
  reason: 'This invites pupils or parents to contact you through personal social media',
  rule: 'parent-contact/invitation',
};
const NEED_ME_HIT = { ...INVITATION_HIT, rule: 'parent-contact/if-you-need-me' };
const ALSO_HIT = { ...INVITATION_HIT, rule: 'parent-contact/also-channel' };
const SAME_SENTENCE_HIT = { ...INVITATION_HIT, rule: 'parent-contact/same-sentence-channel' };
const SCHOOL_BUSINESS_RULE = 'parent-contact/school-business';
const SET_ASIDE_RULE = 'parent-contact/instead-of-official';
const SCHOOL_EVENT_NUMBER_RULE = 'parent-contact/school-event-number';
const PERMISSION_RULE = 'parent-contact/permission';
const LANGUAGE_HIT = { ...INVITATION_HIT, rule: 'parent-contact/other-language' };
/** Findings that show the writer's own channel or the families it is for. */
const PERSONAL_KINDS = new Set(['phone-number', 'email-address']);
const CHILD_KINDS = new Set(['pupil-name', 'child-reference']);
/** Words that put a personal number in a school or a class chat, not a jumble sale:
 * "if the group goes funny again email me on …", "text me if he's late for class". A
 * pick-up is the school's unless it is a place ("pick-up from 7 Mill Close" for a lift). */
const SCHOOL_OR_GROUP =
  /\b(?:the|this|our|class|parents'?|mums'?)\s+(?:group|chat|whats\s?app)\b|\bgroup\s+chat\b|\b(?:class|school|year\s?\d|teacher|homework|reading\s+book|trip|forms?|reply\s+slips?|nursery|reception|drop[-\s]?off)\b|\bpick[-\s]?up\b(?!\s+(?:from|point|at\s+\d))/i;
/** School business that is families' (not "school" or "teacher" alone, which a colleague's or
 * a trainee's post has): "any questions about the trip, DM me on here". A group chat is the
 * families' when it is the class's or the parents' ("add me and I'll put you in the group
 * chat" is as often a reunion's). */
const FAMILY_BUSINESS =
  /\b(?:class|parents'?|mums'?|dads'?)\s+(?:group(?:\s+chat)?|chat|whats\s?app)\b|\bclass\s+(?:has|have|now\s+has|has\s+got)\s+an?\s+(?:group\s+chat|whats\s?app)|\b(?:in|of|from)\s+[1-9][A-FH-Z]\b|\b(?:homework|reading\s+(?:books?|logs?|records?)|(?:school|class|nursery)\s+trip|the\s+trip|forms?|reply\s+slips?|drop[-\s]?off|transition|spellings|times\s+tables|pe\s+kit|uniform\s+(?:order|shop|swap|sale)|school\s+uniform|packed\s+lunch(?:es)?|(?:dinner|lunch)\s+money|(?:school|class)\s+photos|settling\s+in|residential|needs?\s+(?:picking|collecting)\s+up|(?:picked|collected)\s+(?:up\s+)?early|dob|date\s+of\s+birth|medical\s+(?:info|information|needs|details|forms?)|allergies|consent\s+forms?)\b|\bpick[-\s]?up\b(?!\s+(?:from|point|at\s+\d))/i;
/** The writer's own mum or dad called on ("Can you ring me later, Mum?"): not a pupil's family.
 * Capitalised and alone; "Hafsa's mum, can you ring me" is a pupil's. */
const OWN_PARENT_CALLED =
  /(?:^|[,.!?]\s*)(?:Mum|Dad|Mam|Mummy|Daddy|Mother|Father)(?=\s*(?:[?!.,]|x\b|$))/g;
// Cheap pre-check: every invitation has one of these words.
const HINT =
  /me\b|my\b|\bmine\b|\bus\b|friend|group|chat|you\b|them\b|whats\s?app|facebook|fb\b|insta|snap|tik\s?tok|messenger|dms?\b|inbox|hmu\b|message requests/i;

export default defineDetector({
  id: 'parent-contact',
  raises: ['parent-contact'],
  // A pupil named says who an invitation is for; a personal number or address after it says
  // it is the writer's own channel.
  // The school's own address or number straight after says the channel is official.
  reads: ['pupil-name', 'child-reference', 'phone-number', 'email-address', 'school-identifier'],
  description: 'An invitation to pupils or parents to get in touch through personal social media',
  // Without the phrase lists (a data file without them: platform/background/checker-data.ts)
  // no invitation is known, and nothing is raised.
  compile: (settings, { data }) => ({
    classes: classNamesOf(settings),
    p: data.invitations ? phrasesOf(data.invitations) : undefined,
  }),
  detect: (text, { classes, p }, { earlier }) => {
    const hits: Hit[] = [];
    if (!p) return hits;
    const personal = earlier.filter((f) => PERSONAL_KINDS.has(f.kind));
    if ((personal.length > 0 || CHANNEL_HINT.test(text)) && mayHoldLanguageInvitation(p, text))
      hits.push(...otherLanguageInvitations(p, text));
    if (!HINT.test(text)) return hits;
    // A pupil named in the post says who it is for ("text me if bilal is late").
    const childNamed = earlier.some((f) => CHILD_KINDS.has(f.kind));
    let audience: Audience | undefined;
    const placed: Hit[] = [];
    const unplaced: Hit[] = [];
    // Not matchAll, which copies this 6,000-character expression on every call (all-matches.ts).
    for (const m of allMatches(p.invitation.regexp, text, MAX_CANDIDATES)) {
      const start = m.index;
      if (isWordChar(text[start - 1]) || isWordChar(text[start + m[0].length])) continue;
      const before = text.slice(Math.max(0, start - 30), start);
      if (p.negated.test(before) || p.happening.test(before)) continue;
      // Worded as a statement but giving permission: "parents of S3 pupils can reach me on …".
      const permission = p.statement.test(before);
      if (permission && !isPermission(p, text, start, m[0])) continue;
      if (isLabel(p, text, start, start + m[0].length)) continue;
      const end = start + m[0].length;
      // "contact me at j.bell@<the school's domain>": the official channel, by name.
      if (
        earlier.some((f) => f.kind === 'school-identifier' && f.start >= end && f.start - end <= 5)
      )
        continue;
      // A group that is the subject of a statement: "our class WhatsApp is run by the reps".
      if (GROUP_NAMED.test(m[0]) && GROUP_SUBJECT_AFTER.test(text.slice(end, end + 12))) continue;
      // No channel named and a place in school after it: "find me at break in D4".
      if (!p.social.test(m[0]) && p.inPerson.test(text.slice(end, end + 40))) continue;
      audience ??= audienceOf(p, text);
      // The writer's own number or personal address straight after: "text me on 07700 …".
      // Or just before, joined by "or": "her number is 028 …, or message me".
      const ownChannel = personal.some(
        (f) =>
          (f.start >= end && f.start - end <= 40) ||
          (f.end <= start && OR_BEFORE.test(text.slice(f.end, start))),
      );
      const why =
        aimedAtFamilies(p, audience, m[0], ownChannel, text.slice(start, end + 30)) ??
        (audience.others
          ? undefined
          : childNamed
            ? INVITATION_HIT.rule
            : ((ownChannel && !audience.official
                ? schoolBesideNumber(p, text, classes)
                : undefined) ?? schoolBusiness(p, audience, m[0])));
      if (!why) {
        // Kept in case another channel in the same sentence shows it is personal.
        unplaced.push({ ...SAME_SENTENCE_HIT, start, end });
        continue;
      }
      const hit = { ...INVITATION_HIT, rule: permission ? PERMISSION_RULE : why, start, end };
      // "Posting in our class Facebook group: parents, inbox me": where the writer is, beside
      // an invitation in the same line; it stands alone only when nothing else invites.
      if (GROUP_NAMED.test(m[0]) && PLACE_BEFORE.test(before)) placed.push(hit);
      else hits.push(hit);
    }
    if (hits.length === 0) hits.push(...placed);
    // "just message me privately and I'll send the details, or ring me on 07700 …": the number
    // that makes "ring me" personal makes the other channel offered with it personal too.
    const accepted = [...hits];
    for (const u of unplaced) {
      if (accepted.some((h) => sameSentenceNear(text, u, h))) hits.push(u);
    }
    // "message me on here, or text 07700 …": a second channel for the same invitation.
    if (hits.length > 0) {
      for (const f of personal) {
        const m = p.alsoChannel.exec(text.slice(Math.max(0, f.start - 30), f.start));
        if (!m) continue;
        // The span is the verb and what follows it up to the number: "text me on".
        const verb = m[0].search(/(?:text|call|ring|phone|e-?mail|whats|message|msg)/i);
        const start = f.start - m[0].length + verb;
        hits.push({ ...ALSO_HIT, start, end: start + m[0].slice(verb).trimEnd().length });
      }
    }
    if (p.ownNumber.test(text)) {
      audience ??= audienceOf(p, text);
      for (const m of text.matchAll(p.needMe.regexp)) {
        // "if you need me" must be said to families; "if any parents need me" says so itself.
        const toFamilies = !/\byou\b/i.test(m[0]) || audience.families || audience.addressed;
        if (toFamilies && !audience.others) {
          hits.push({ ...NEED_ME_HIT, start: m.index, end: m.index + m[0].length });
        }
      }
    }
    // "if you need me over the holidays my personal number is …": one invitation, one hit; and
    // one told over two sentences is one too: "my number is 07700 … if you need me over the
    // holidays. Call any time."
    return joinRuns(hits, (prev, h) => {
      const gap = text.slice(prev.end, h.start);
      // Full stops inside an address ("jo.bell@example.com and I'll add you") end no sentence.
      const ends = gap.match(/[.!?]+(?=\s|$)/g)?.length ?? 0;
      return gap.length <= 60 && !/\n/.test(gap) && ends <= 1;
    });
  },
});

/** Words before an invitation that read as a statement ("they message me all day") but give
 * permission: the writer gave a parent their number ("gave her 07700 … so she can text me");
 * pupils or families told they can use a channel the writer names ("Parents of S3 pupils can
 * reach me on my own mobile"); or what they can do if they want ("if the kids want to
 * practise, they can voice note me on WhatsApp"). Still a statement: "the parents can
 * message me all day", "she can message me whenever she likes". */
function isPermission(p: Phrases, text: string, start: number, invitation: string): boolean {
  const before = text.slice(Math.max(0, start - 120), start);
  if (GAVE_SO.test(before) && GAVE_NUMBER.test(text)) return true;
  if (IF_THEY_WANT.test(before) || TELL_THEM.test(before)) return true;
  return NOUN_CAN.test(before) && (p.social.test(invitation) || p.own.test(invitation));
}
// "If your child is stuck, they can WhatsApp me on this number": a need told as a state.
const IF_THEY_WANT =
  /\bif\s+(?:\S+\s+){0,3}(?:want|wants|need|needs|would\s+like|fancy|(?:is|are|gets?|feels?)\s+(?:stuck|struggling|worried|unsure|confused))\b[^.!?\n]*\b(?:they|you|he|she)\s+(?:can|could)\s+(?:just\s+|also\s+)?$/i;
const TELL_THEM =
  /\btell\s+(?:them|him|her)\s+(?:they|he|she)\s+(?:can|could)\s+(?:just\s+|always\s+)?$/i;
const NOUN_CAN =
  /(?<!\b(?:the|some|many|most|all|these|those|his|her|their|few|two)\s)\b(?:parents|families|pupils|students|children|kids|mums|dads|carers)\s+(?:can|could)\s+$/i;

/** Two spans at most 60 characters apart with no sentence end between them. */
function sameSentenceNear(text: string, a: Hit, b: Hit): boolean {
  const gap = a.end <= b.start ? text.slice(a.end, b.start) : text.slice(b.end, a.start);
  return gap.length <= 60 && !/[.!?\n]/.test(gap);
}

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
function isLabel(p: Phrases, text: string, start: number, end: number): boolean {
  return /^\s*$/.test(text.slice(0, start)) && p.label.test(text.slice(end, end + 3));
}

/** A personal network named to be found on, with the name or handle to find ("you can find me
 * on Facebook (Yusuf Farah)"; not "find me on Facebook later"), and
 * "add me" as a request of its own ("add me and I'll keep you updated"), not "add me to the
 * rota": a personal connection whoever reads it, as "add me on Snapchat" is. */
const FIND_ME_ON =
  /^find me on (?:facebook|fb|snap(?:chat)?|whats\s?app|insta(?:gram)?|tik\s?tok)\s*(?:\(|@|as\b)/i;
/** "my roblox is coach_tee99": a game or Snapchat handle given out (a name with "_", a digit,
 * a dot or "@" in it) is a way in to the writer's own account, whoever reads it. Not "my Xbox
 * is broken", nor insta or TikTok, which are as often a public page. */
const HANDLE_GIVEN =
  /^my (?:snap(?:chat)?|roblox|fortnite|xbox|psn|discord|minecraft|steam|epic|kik|gamertag|gamer\s?tag)(?: (?:name|username|tag|id|handle|code))? (?:is|=) @?[a-z]*[\w.]*[_\d.@][\w.]*/i;
const ADD_ME = /^add me(?:\s+(?:and|&)\s+(?:i'?ll|i will)\b|\s*[!,\u2013\u2014-])/i;

/** What the whole line says about who is addressed; worked out once per line. */
interface Audience {
  families: boolean;
  /** Families addressed outright ("if you're a parent"). */
  addressed: boolean;
  others: boolean;
  official: boolean;
  offer: boolean;
  /** Something families do with school named ("any questions about the nativity"): a
   * personal network offered for it ("drop me a DM on here") is offered to families. */
  school: boolean;
  /** The official channel set aside ("if you can't get through to the office"). */
  setAside: boolean;
}

function audienceOf(p: Phrases, line: string): Audience {
  const school = p.event.test(line) || FAMILY_BUSINESS.test(line);
  return {
    families: p.families.test(line.replace(OWN_PARENT_CALLED, ' ')) || p.pupilsCalled.test(line),
    addressed: p.addressed.regexp.test(line),
    // "anyone got…" asks colleagues, unless what is asked for is families' school business.
    others: p.others.test(line) || (!school && p.asking.test(line)),
    official: p.official.test(line),
    offer: p.offer.test(line),
    school,
    setAside: p.setAside.regexp.test(line),
  };
}

// Pupils or families named in the line; or, with no audience named, a personal
// connection ("add me on Snapchat") or a personal network offered for school
// things ("... on Facebook and I'll send you the photos"). Never when the line
// speaks to colleagues, customers or fellow parents, or the channel on offer is
// an official one (office, school app).
// An official channel named beside the invitation vetoes it, unless the writer's own number
// follows as the other way in ("contact the office, or give me a ring on 07700 …").
// Returns the rule that decided it, or undefined when nothing says families.
function aimedAtFamilies(
  p: Phrases,
  audience: Audience,
  invitation: string,
  ownChannel: boolean,
  following: string,
): string | undefined {
  const social = p.social.test(invitation);
  // "If you can't get through to the office just text me on …": the office is set aside, and
  // the personal channel offered in its place is offered to those who would ring the office.
  if (audience.setAside && !audience.others)
    return audience.addressed || audience.families ? INVITATION_HIT.rule : SET_ASIDE_RULE;
  // "If any of the P2 parents need to reach me, please ring the school office": families
  // addressed and sent to the official channel.
  if (audience.official && !social && !ownChannel) return undefined;
  if (audience.addressed) return INVITATION_HIT.rule;
  if (audience.others) return undefined;
  if (audience.families) return INVITATION_HIT.rule;
  if (
    p.connection.test(invitation) ||
    p.own.test(invitation) ||
    (social && audience.offer) ||
    FIND_ME_ON.test(following) ||
    HANDLE_GIVEN.test(following) ||
    ADD_ME.test(following)
  )
    return INVITATION_HIT.rule;
  return undefined;
}

// Families' school business named with it ("any probs with the reading logs, give us a bell",
// "any questions about the nativity, drop me a DM on here"): said to families though none is
// named. Not beside an official channel unless the channel offered is a personal network.
function schoolBusiness(p: Phrases, audience: Audience, invitation: string): string | undefined {
  if (!audience.school) return undefined;
  return p.social.test(invitation) || !audience.official ? SCHOOL_BUSINESS_RULE : undefined;
}

/** The writer's own number beside school words: a class, a year code, one of the school's
 * classes ("invitation"), or something families do for school such as the book fair or disco
 * tickets ("Book fair helpers wanted, text me on 07700 …": school-event-number). */
function schoolBesideNumber(
  p: Phrases,
  text: string,
  classes: readonly string[],
): string | undefined {
  if (SCHOOL_OR_GROUP.test(text) || p.classCodes.test(text) || namesClass(text, classes))
    return INVITATION_HIT.rule;
  return p.event.test(text) ? SCHOOL_EVENT_NUMBER_RULE : undefined;
}

/** "Mieli tėvai, rašykite man per Messenger": a contact-me request in another language
 * (lib/contact/invitation-languages.ts), counted when it names a personal channel or the
 * writer's number or address is in the line, and the line is about children or school in
 * that language or in English ("tėvai", parents; "vaiko", a child's). */
function otherLanguageInvitations(p: Phrases, text: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of allMatches(p.language.invitation.regexp, text, MAX_CANDIDATES)) {
    hits.push({ ...LANGUAGE_HIT, start: m.index, end: m.index + m[0].length });
  }
  if (hits.length === 0) return hits;
  const aboutSchool =
    p.language.family.regexp.test(text) || p.families.test(text) || SCHOOL_OR_GROUP.test(text);
  return aboutSchool && !p.others.test(text) ? hits : [];
}
