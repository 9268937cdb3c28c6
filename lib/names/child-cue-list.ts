// The child-reference cue patterns (data): each presents a named child as one known through
// work ("a girl in my class called Tia", "my tutee Ellis"). They ship in the checker's data
// file beside background.js (lib/engine/data.ts, CheckerData.childCues), like the act
// vocabulary, so the worker's script does not carry them; child-cues.ts compiles them.
import {
  APPOSITIVE_DET,
  CHILD,
  CHILD_AGES,
  CHILD_PLACE,
  CHILD_SETTING,
  CLASS_CODE,
  CLASS_PLACE,
  KIN,
  NAME,
  WORK_ROLE,
  WORK_VERB,
  WORK_VERB_ING,
  YEAR_CHILD,
} from './child-cue-fragments';

export interface ChildCueSource {
  /** `child-reference/…`: findings carry it. */
  id: string;
  /** The pattern's source, matched with the flags "gu"; its last group is the name. */
  source: string;
  /** The name must follow a pupil or child already found in this piece of text. */
  needsChildBefore?: 'adjacent' | 'anywhere';
  /** Text the first group must match (a work group: "Year 6s", "tutoring kids"). */
  groupMustMatch?: string;
  /** Only a word the lexicon does not know as an ordinary word is taken as a name. */
  strictName?: boolean;
  /** The last group is a word after the name that must be a verb ("Mason found"). */
  verbAfter?: boolean;
  /** Only when the text speaks of school somewhere (SCHOOL_CONTEXT). */
  needsSchoolContext?: boolean;
  /** Skip when the rest of the sentence speaks of adult work ("Sarah from Year 6 covered my duty"). */
  skipAdultContext?: boolean;
  /** A surname after the name does not make it a public figure ("past pupil Shannon Kerrigan"). */
  fullNameOk?: boolean;
  /** After "called" or "named" the capitalised word is the name given, whatever else the
   * word can be: "a lad called Rio" (a place), "a Y3 called Blessing" (a gerund). */
  looseName?: boolean;
  /** A pupil or child found in this text must start just after the name's phrase: "Luca,
   * little brother to Ionut" names a pupil's sibling only when Ionut is one. */
  needsChildAfter?: boolean;
  /** Only when the text speaks of a partner school, pen pals or an exchange (PARTNER_CONTEXT). */
  needsPartnerContext?: boolean;
  /** Only for a name that is also a word ("Marvellous"): the general step decides the rest. */
  wordNamesOnly?: boolean;
}

export const CHILD_CUE_SOURCES: readonly ChildCueSource[] = [
  // "a little boy in my class called Tyson", "a girl from Year 4 called Shanice"
  {
    id: 'child-reference/called',
    source: `\\b${CHILD}\\b[^.!?\\n]{0,60}?\\b(?:called|named) ${NAME}`,
    looseName: true,
  },
  // "one of my Year 6s, Kacper", "one of my tutoring kids, Jenson"
  {
    id: 'child-reference/one-of-my',
    source: `\\b[Oo]ne of (?:my|our|the) ([^.!?\\n,]{1,60}),\\s*${NAME}`,
    // "one of the young people I've mentored, Kayla", "one of the little ones on my caseload".
    groupMustMatch:
      'year|yr|y\\d|class|tut|key|pupil|student|kid|child|reception|nursery|group|set|mentee|1:1|little ones|wee ones|young people|caseload|mentor|coach|regulars|squad',
  },
  // "my key child Lottie", "my 1:1 in the afternoon session, Ellie-May"
  {
    id: 'child-reference/my-work-role',
    source: `\\b(?:[Mm]y|[Oo]ur) ${WORK_ROLE}(?:[^.!?\\n]{0,40}?,)? ${NAME}`,
  },
  // "Key child Bonnie did her first painting", "today focus child Reggie": no "my" needed.
  {
    id: 'child-reference/key-child',
    source: `\\b(?:[Kk]ey|[Ff]ocus) child,? ${NAME}`,
  },
  // "new boy started today, Kobe"
  {
    id: 'child-reference/new-child',
    source: `\\b[Nn]ew (?:little |wee |young )?(?:boy|girl|pupil|child|kid)s?\\b(?:[^.!?\\n]{0,40}?,)? ${NAME}`,
  },
  // "One little girl, Esme, asked", "a toddler, Ayla, waved": a child noun, then the name
  // as an appositive closed by a comma. "Girl", "lad" or "student" alone is often an
  // adult ("a lovely lad, Dave, at the garage"): those need "little" or a school nearby.
  {
    id: 'child-reference/little-appositive',
    source: `${APPOSITIVE_DET}(?:\\p{Ll}+ )?(?:little|young|tiny|wee) (?:girl|boy|lad|lass|one)s?, ${NAME}(?=,)`,
    skipAdultContext: true,
  },
  {
    id: 'child-reference/child-appositive',
    source: `${APPOSITIVE_DET}(?:(?!of )(?:\\p{Ll}+|${CLASS_CODE}) ){0,2}(?:child|kid|pupil|toddler|youngster|tot)s?, ${NAME}(?=,)`,
    skipAdultContext: true,
  },
  {
    id: 'child-reference/girl-boy-appositive',
    source: `${APPOSITIVE_DET}(?:(?!of )(?:\\p{Ll}+|${CLASS_CODE}) ){0,2}(?:girl|boy|lad|lass|student)s?, ${NAME}(?=,)`,
    skipAdultContext: true,
    needsSchoolContext: true,
  },
  // "Mentoring a brilliant Year 12 from Hetton this term, Kayden."
  {
    id: 'child-reference/mentoring',
    source: `\\b${WORK_VERB_ING} (?:a|an|one|this) [^.!?\\n,]{0,40}?(?:\\b(?:child|kid|pupil|youngster|toddler|sixth[- ]former)|[Yy]ear ?\\d+|[Yy]r ?\\d+)\\b[^.!?\\n,]{0,40}, ${NAME}`,
    strictName: true,
  },
  // "Tutoring a lad from the estate, Kai": a word also used of adults, so only with school
  // nearby and no adult role after it ("a student nurse").
  {
    id: 'child-reference/tutoring-lad',
    source: `\\b${WORK_VERB_ING} (?:a|an|one|this) [^.!?\\n,]{0,40}?\\b(?:girl|boy|lad|lass|student)\\b(?! (?:teacher|nurse|doctor|midwife|paramedic|officer|social worker|vet))[^.!?\\n,]{0,40}, ${NAME}`,
    strictName: true,
    needsSchoolContext: true,
  },
  // "little Tommy-Lee from the primary next door"; not "my little Oscar" (own family).
  {
    id: 'child-reference/little-from-place',
    source: `(?<!\\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir) )\\b[Ll]ittle ${NAME},? (?:from|in|at|who goes to) (?:the |our |a )?(?:\\p{Ll}+ )?${CHILD_PLACE}`,
    strictName: true,
  },
  // "a boy from another school, Tommy"
  {
    id: 'child-reference/child-from-place',
    source: `\\b${CHILD} (?:from|in|at|on) [^.!?\\n,]{1,30}, ${NAME}`,
  },
  // "two girls from the partner school, Orlagh and Saoirse": the second of a pair.
  {
    id: 'child-reference/child-from-place',
    source: `\\b${CHILD} (?:from|in|at|on) [^.!?\\n,]{1,30}, \\p{Lu}[\\p{Ll}\\p{M}]+ and ${NAME}`,
  },
  // "a student I met at one of our schools, Ilona,", "tutoring kid I had last year,
  // Reuben,": a child the writer met or had through work, named in an appositive.
  {
    id: 'child-reference/child-i-met',
    source: `\\b(?:${CHILD}|${YEAR_CHILD}) (?:I|we)(?: once| first)? (?:met|had|knew|taught|tutored|coached|mentored|supported|worked with|looked after)\\b[^.!?\\n,]{0,50}, ${NAME}(?=[,.!?])`,
    skipAdultContext: true,
    needsSchoolContext: true,
  },
  // "Ran into Corey at the shops, one of the first wee lads I taught": a name, then an
  // appositive that makes it a child known through work.
  {
    id: 'child-reference/name-then-one-of',
    source: `${NAME}(?: (?:in|at|on|from|outside) [^.!?\\n,]{1,25})?, one of (?:the|my|our) [^.!?\\n,]{0,30}?\\b(?:boys|girls|lads|lasses|kids|children|pupils|students|tutees|ones)\\b (?:I|we)\\b`,
    strictName: true,
  },
  // "Saw Corey in town, one of my old Year 9 boys": "my old" or "my former" before the
  // group says the writer taught them, as "I taught" after it does.
  {
    id: 'child-reference/name-then-one-of',
    source: `${NAME}(?: (?:in|at|on|from|outside) [^.!?\\n,]{1,25})?, one of (?:my|our) (?:old|former) [^.!?\\n,]{0,30}?\\b(?:boys|girls|kids|children|pupils|students|tutees)\\b`,
    strictName: true,
    needsSchoolContext: true,
  },
  // "a boy I tutor, Lucas", "a little girl I look after on Fridays, Ellie"
  {
    id: 'child-reference/child-i-work-with',
    source: `\\b${CHILD} (?:I|we) ${WORK_VERB}\\b[^.!?\\n,]{0,30}, ${NAME}`,
  },
  // "At forest school club Mason found a newt", "During circle time, Ayla sang"
  {
    id: 'child-reference/child-setting',
    source: `\\b(?:[Aa]t|[Ii]n|[Dd]uring) ${CHILD_SETTING}(?: (?:today|this morning|this afternoon|earlier|yesterday))?,? ${NAME} (\\p{Ll}+)`,
    verbAfter: true,
    skipAdultContext: true,
  },
  // "Harley from Year 6", "Tia in my class"; and "from" in the languages staff write in beside
  // the school's own class names: "Franek z Year 1" (Polish), "Ana din Year 3" (Romanian),
  // "Kauane do Year 2" (Portuguese), "Tomas iš Year 4" (Lithuanian).
  {
    id: 'child-reference/from-class',
    source: `${NAME} (?:from|in|z|ze|din|do|da|de|iš) (?:${CLASS_PLACE})\\b`,
    strictName: true,
    skipAdultContext: true,
  },
  // "our Amara and their Tobias": with two schools or groups side by side, "their" before
  // a name is the other side's child, as "our" before a name is ours.
  {
    id: 'child-reference/ours-and-theirs',
    source: `\\b[Oo]ur \\p{Lu}[\\p{Ll}\\p{M}]+\\b[^.!?\\n]{0,60}?\\btheir ${NAME}`,
    strictName: true,
  },
  {
    id: 'child-reference/theirs-and-ours',
    source: `\\b[Tt]heir ${NAME}(?=[^.!?\\n]{0,60}?\\b[Oo]ur \\p{Lu})`,
    strictName: true,
  },
  // "lovely to meet Idris and his dad": at a school's visits and starts, a name with the
  // child's mum or dad is the child (gated on "mum"/"dad", rarer than "her"/"his").
  {
    id: 'child-reference/with-parent',
    source: `\\b(?:meet|meeting|met|welcome|welcomed|welcoming|visit|visited|visiting|see|seeing|saw) ${NAME} and (?:her|his|their) (?:mum|dad)\\p{Ll}*\\b`,
    needsSchoolContext: true,
    skipAdultContext: true,
  },
  // "Archie's little brother Ronnie"
  {
    id: 'child-reference/sibling-of-pupil',
    // "Archies brother Tyler": the possessive typed without its apostrophe, straight after
    // the pupil's name (needsChildBefore: the pupil ends where the "s" starts).
    source: `(?:['’]s|(?<=\\p{Ll})s) ${KIN},? ${NAME}`,
    needsChildBefore: 'adjacent',
    fullNameOk: true,
  },
  // "Tilly's pen pal Mason Holt", "Dale's buddy Imogen": a child's pen pal or buddy at a
  // partner school. The one whose pen pal it is need not be on the list (a pupil-name check
  // may have left a flower's name quiet): pen pals and reading buddies are children's.
  {
    id: 'child-reference/pen-pal-of-pupil',
    source: `(?!(?:Mum|Mam|Dad|Nan|Nana|Gran|Granny|Grandma|Grandad|Mummy|Daddy|Auntie|Aunty|Uncle)['’s])\\p{Lu}[\\p{Ll}\\p{M}]+(?:['’]s|(?<=\\p{Ll})s) (?:new )?(?:pen[- ]?pal|pen[- ]?friend|(?:reading |exchange )?buddy|exchange partner)s?,? ${NAME}`,
    needsPartnerContext: true,
    fullNameOk: true,
  },
  // "Sofiia and their Kasia were inseparable": a pupil beside the other side's child.
  {
    id: 'child-reference/ours-and-theirs',
    source: `(?<=[\\p{L}\\p{M}]) (?:and|&|with) their ${NAME}`,
    needsChildBefore: 'adjacent',
    strictName: true,
  },
  // "Kwame brought his cousin Marcus"
  {
    id: 'child-reference/their-sibling',
    source: `\\b(?:[Hh]is|[Hh]er|[Tt]heir) ${KIN},? ${NAME}`,
    needsChildBefore: 'anywhere',
  },
  // "my Y4 tutee Arjun", "my Year 10 mentee, Kai": a year before the work role.
  {
    id: 'child-reference/year-work-role',
    source: `\\b[Mm]y (?:[Yy]ear ?\\d+|[Yy]r ?\\d+|Y\\d+|P[1-7]|S[1-6]) ${WORK_ROLE}(?:[^.!?\\n]{0,40}?,)? ${NAME}`,
  },
  // "former pupil Lleucu", "an ex-tutee from my placement school, Oskar,"
  {
    id: 'child-reference/former-pupil',
    source: `\\b(?:[Ff]ormer|[Ee]x-?|[Oo]ld|[Pp]ast) ?(?:pupil|tutee|student|mentee|key child)s?\\b(?:[^.!?\\n]{0,60}?(?:,|:|[–—]|\\p{Extended_Pictographic}))? ${NAME}`,
    // "past pupil Shannon Kerrigan, now in Year 10": a former pupil keeps their surname.
    fullNameOk: true,
  },
  // "Maisie, who left us after Year 6, came back to visit": a leaver named by the year group
  // they left from.
  {
    id: 'child-reference/former-pupil',
    source: `${NAME}, who (?:left|finished|leaves|finishes) (?:us|school|here)\\b[^.!?\\n,]{0,20}?\\b(?:[Yy]ear ?\\d{1,2}|Y\\d{1,2}|[Rr]eception|[Nn]ursery|P[1-7]|S[1-6])\\b`,
    strictName: true,
  },
  // "Ruby (year 13)", "Amina (joins Reception Monday)": a name with a year or class in brackets.
  {
    id: 'child-reference/name-year-brackets',
    source: `${NAME} \\((?:[Yy]ear ?\\d+|Y\\d+|[Yy]r ?\\d+|P[1-7]|S[1-6]|(?:joins|joining|starts|starting|new to|in) (?:[Rr]eception|[Nn]ursery|[Yy]ear ?\\d+|Y\\d+))`,
    strictName: true,
  },
  // "New Y9 joined us yesterday from a school in Leicester, Reuben,"
  {
    id: 'child-reference/new-year-group',
    source: `\\b[Nn]ew (?:[Yy]ear ?\\d+|Y\\d+|[Yy]r ?\\d+|P[1-7]|S[1-6]|starter)s?\\b[^.!?\\n]{0,60}?, ${NAME}`,
    strictName: true,
  },
  // "a Year 3 from the school down the road, Bryn,"
  {
    id: 'child-reference/year-from-place',
    source: `\\b(?:[Aa]n?|[Oo]ne|[Tt]his) (?:[Yy]ear ?\\d+|Y\\d+|[Yy]r ?\\d+) (?:from|in|at) [^.!?\\n,]{1,40}, ${NAME}`,
    strictName: true,
  },
  // "our Y13 netballers Rukhsana and Holly": a year group's children named after it.
  {
    id: 'child-reference/year-group-named',
    source: `\\b(?:[Mm]y|[Oo]ur) (?:[Yy]ear ?\\d+|Y\\d+|[Yy]r ?\\d+)s?(?: \\p{Ll}+)? ${NAME}`,
    strictName: true,
  },
  {
    id: 'child-reference/year-group-named',
    source: `\\b(?:[Mm]y|[Oo]ur) (?:[Yy]ear ?\\d+|Y\\d+|[Yy]r ?\\d+)s?(?: \\p{Ll}+)? \\p{Lu}\\p{Ll}+ and ${NAME}`,
    strictName: true,
  },
  // "Covered 4T today and Esme asked …", "my key group were lovely, Bodhi shared …", "our
  // partner school sent photos and Wanjiru had written …": a class or group met through
  // work, then a name doing something in the same sentence. (Its literals are rare words,
  // so it runs on few texts: a former class is from-class's, "from my old Year 2 class".)
  {
    id: 'child-reference/work-group-then-name',
    source: `\\b(?:[Cc]over(?:ed|ing)|[Ss]upply(?: day| teaching)? (?:in|with|at)|[Mm]y (?:key|focus|nurture|intervention) group|(?:[Oo]ur|[Tt]he) partner school)\\b[^.!?\\n]{0,60}?(?:\\band|,|:) ${NAME} (\\p{Ll}+)`,
    verbAfter: true,
    strictName: true,
    skipAdultContext: true,
  },
  // "Brilliant session with my Year 11 intervention group. Mikolaj finally cracked it": the
  // writer's own group, then a name opening the next sentence with something done.
  {
    id: 'child-reference/work-group-then-name',
    source: `\\b[Mm]y (?:(?:[Yy]ear|Y) ?\\d{1,2} )?(?:key|focus|nurture|intervention|reading|phonics|booster|tutor) group\\b[^.!?\\n]{0,60}?[.!] ${NAME} (?:(?:finally|just|actually|really|also) )?(\\p{Ll}+)`,
    verbAfter: true,
    strictName: true,
    skipAdultContext: true,
  },
  // "our pen pals in Lyon wrote back and Margaux drew us a map": children at a partner
  // school, named in the same sentence.
  {
    id: 'child-reference/pen-pal',
    source: `\\b[Pp]en[- ]?pals?\\b[^.!?\\n]{0,60}?\\b(?:and|,|:) ${NAME}`,
    strictName: true,
  },
  // "my Saturday-school student Rūta", "my GCSE tutee Oren": one or two qualifier words
  // (a setting, a subject) between "my" and the work role.
  {
    id: 'child-reference/my-qualified-work-role',
    source: `\\b[Mm]y (?:[\\p{L}\\d-]+ ){1,2}${WORK_ROLE}s? ${NAME}`,
    strictName: true,
  },
  // "new starter Kayden", "our new Nursery Blue starters Maya and Ezra": a child joining the
  // school, named straight after (up to two words, a class's name, between).
  {
    id: 'child-reference/new-starter',
    source: `\\b[Nn]ew (?:[\\p{L}\\d]+ ){0,2}starters?,? ${NAME}`,
    strictName: true,
    needsSchoolContext: true,
    skipAdultContext: true,
  },
  // "their buddies at the partner school, especially Kit and Remi": children paired with
  // the writer's class, named in the same sentence.
  {
    id: 'child-reference/buddies',
    source: `\\b(?:[Bb]udd(?:y|ies)|[Pp]en[- ]?pals?)\\b[^.!?\\n]{0,60}?(?:\\band|,|:)(?: especially| including| like)? ${NAME}`,
    strictName: true,
    needsSchoolContext: true,
  },
  // "a Year 2 called Esme": after the cues above, so theirs is the reason recorded.
  {
    id: 'child-reference/called',
    source: `\\b${YEAR_CHILD}\\b[^.!?\\n]{0,60}?\\b(?:called|named) ${NAME}`,
    looseName: true,
  },
  // "Zuzanna (age 3) loved the sand tray", "Tobiah, five, with his new glasses": a name given
  // with a child's age, in a post about school.
  {
    id: 'child-reference/named-with-age',
    source: `(?<!\\p{Lu}[\\p{Ll}\\p{M}]+ )${NAME}(?=(?: \\p{Lu}[\\p{Ll}\\p{M}]+)?(?: \\((?:[Aa]ged? )?(?:1[0-6]|[1-9])\\)|, (?:[Aa]ged? )?(?:${CHILD_AGES})(?:,| years? old\\b| yrs?\\b)))`,
    looseName: true,
    fullNameOk: true,
    needsSchoolContext: true,
  },
  // "Benedek, little brother to Jazmin, came to watch": a named child presented as the
  // sibling or cousin of a child found in this text.
  {
    id: 'child-reference/sibling-appositive',
    source: `${NAME}(?=, (?:the |a )?${KIN} (?:to|of) (?:the )?\\p{Lu})`,
    needsChildAfter: true,
    fullNameOk: true,
  },
  // "Remembering Tiernan, a boy from my training placement", "Ottilie, one kid in the
  // holiday club": a name, then an appositive that makes it a child.
  {
    id: 'child-reference/name-then-child',
    source: `${NAME}(?=, (?:a|an|one|another) (?:\\p{Ll}+ ){0,2}(?:child|kid|pupil|toddler|tutee|mentee|youngster)s? (?:from|in|at|on|I|we|who)\\b)`,
    strictName: true,
    skipAdultContext: true,
  },
  // "Solveig, a girl from the village school": "girl", "lad" and "student" are said of
  // adults too, so only in a post about school.
  {
    id: 'child-reference/name-then-child',
    source: `${NAME}(?=, (?:a|an|one|another) (?:\\p{Ll}+ ){0,2}(?:boy|girl|lad|lass|student)s? (?:from|in|at|on|I|we|who)\\b)`,
    strictName: true,
    skipAdultContext: true,
    needsSchoolContext: true,
  },
  // "New P5 starter from Cumbria … Name's Tilly, lovely wee girl", "the Yr 9 boy arriving
  // Monday. Name: Jayden": a child described, then introduced by name, with no parent or
  // member of staff between (the tempered window), in a post about school.
  {
    id: 'child-reference/introduced',
    source: `\\b(?:${CHILD}|${YEAR_CHILD}|starters?)\\b(?:(?!\\b(?:[Mm]um|[Dd]ad|[Mm]other|[Ff]ather|[Pp]arents?|[Cc]arers?|[Gg]ran|[Nn]an|[Tt]eacher|TA|[Ss]ocial worker|[Aa]unt|[Uu]ncle|[Mm]y)\\b)[^]){0,160}?(?<![Mm]y )\\b(?:[Nn]ame(?:['’]s| is|:| -| –| —)?|(?:[Hh]is|[Hh]er|[Tt]heir) name(?:['’]s| is)) ${NAME}`,
    needsSchoolContext: true,
    fullNameOk: true,
  },
  // "Josh Lund, who I coach on Saturdays": a child the writer coaches, tutors or teaches,
  // named before the clause (a surname may stand between).
  {
    id: 'child-reference/who-i-work-with',
    source: `(?<!\\p{Lu}[\\p{Ll}\\p{M}'’-]* )${NAME}(?=(?: \\p{Lu}[\\p{Ll}\\p{M}'’-]+)?,? who (?:I|we)(?:['’]ve| have| used to)? (?:coach|coached|tutor|tutored|teach|taught|mentor|mentored|babysit|babysat|childmind|look after|looked after|key work for)\\b)`,
    needsSchoolContext: true,
    fullNameOk: true,
  },
  // "Their striker Marvellous is rapid": the other side's player whose name is also a word
  // (the general step's other-side rule takes names that are only names).
  {
    id: 'child-reference/other-side-player',
    source: `\\b[Tt]heir (?:captain|skipper|keeper|goalie|goalkeeper|striker|defender|midfielder|winger|centre|number \\d{1,2}|no\\.? ?\\d{1,2}),? ${NAME}`,
    needsSchoolContext: true,
    wordNamesOnly: true,
  },
  // "Visiting Year 6 pupils from Linden Grove came to watch. One of them, Aurelio, asked …":
  // one of a group of children just described.
  {
    id: 'child-reference/one-of-them',
    source: `\\b(?:pupils|children|kids|students|youngsters|boys|girls|tutees|visitors|P[1-7]s|S[1-6]s|(?:[Yy]ear|Y) ?\\d{1,2}s)\\b[^\\n]{0,120}?\\b[Oo]ne of (?:them|those|these|the (?:visitors|boys|girls|children|pupils))(?: [^.!?\\n,]{1,30})?, ${NAME}`,
    needsSchoolContext: true,
    skipAdultContext: true,
  },
  // Pen pals, buddies and partner schools: "Letters from Zuzanna and Bartek are on the wall",
  // "Oscar wrote to Jayden": what came from, or was written to, a named child.
  {
    id: 'child-reference/partner-letters',
    source: `\\b(?:[Ll]etters?|[Cc]ards?|[Pp]ostcards?|[Mm]essages?|[Nn]otes?|[Dd]rawings?|[Pp]ictures?|[Vv]ideos?|[Rr]epl(?:y|ies)|[Pp]arcels?) (?:back )?from ${NAME}`,
    needsPartnerContext: true,
    strictName: true,
  },
  {
    id: 'child-reference/partner-letters',
    source: `\\b(?:wrote|writes|written|sent|sends|replied|chatted|video[- ]?called|emailed) (?:back |a letter |letters |a card |cards |a postcard |postcards |a video )?to ${NAME}`,
    needsPartnerContext: true,
    strictName: true,
  },
];
