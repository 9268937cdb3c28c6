// The pieces the child-reference cue patterns are built from (child-cue-list.ts), and the
// ones the detector's own patterns share (child-cues.ts): the NAME group, child nouns, kin
// words, work roles, class places. Data: regular-expression sources, no code.
export const NAME = "(\\p{Lu}[\\p{Ll}\\p{M}'’]+(?:-\\p{Lu}[\\p{Ll}\\p{M}]+)?)";
// Scottish year groups name a child too: "a lovely P7 called Ruaridh".
export const CHILD =
  '(?:girl|boy|child|kid|lad|lass|pupil|student|toddler|youngster|tot|little one|wee one|P[1-7]|S[1-6])s?';
// A year group names a child as surely as "girl" does: "a Year 2 called Esme".
export const YEAR_CHILD = '(?:[Yy]ear ?\\d{1,2}|Y\\d{1,2})s?';
// "wee" is Scottish and Ulster for "little": "Amna's wee brother Yahya".
export const KIN =
  '(?:little |big |baby |older |younger |twin |new |wee )?(?:brother|sister|cousin|sibling|twin)s?';
// "our work experience student Aaliyah": a pupil from another school on placement with us.
export const WORK_ROLE =
  '(?:key (?:child|children|person)|1:1|one[- ]to[- ]one|tutee|mentee|focus child|pupil|student|SEN child|work[- ]experience (?:student|pupil|lad|lass|girl|boy|kid))';
// "my key group", "my Year 2s", "the phonics set": a qualifier word may stand first.
// "my first ever class", "my last Year 6 class": a former class of the writer's.
export const GROUP_QUALIFIER =
  '(?:key|focus|reading|maths|phonics|nurture|intervention|top|bottom|tutor|form|little|old|former|first(?: ever)?|last|previous) ';
export const CLASS_PLACE = `(?:(?:my|our|the) )?(?:[Yy]ear|[Yy]r|Y) ?\\d+s?|P[1-7]|S[1-6]|[Rr]eception|[Nn]ursery|(?:my|our|the) (?:${GROUP_QUALIFIER})?(?:(?:[Yy]ear|Y) ?\\d+ )?(?:class|group|set|nursery|juniors|infants|reception)|breakfast club|after[- ]school club|holiday club`;

/** A class code inside a phrase about a child: "a P6 girl", "the Year 3 boy". */
export const CLASS_CODE = '(?:P[1-7]|S[1-6]|Y\\d{1,2}|[Yy]ear \\d{1,2})';
/** Children's settings named before a child: "At forest school Mason found a newt". */
export const CHILD_SETTING =
  '(?:forest school(?: club)?|(?:breakfast|after[- ]school|holiday|homework|lunchtime|lego|coding|nurture) club|nursery|playgroup|pre-?school|wraparound|story ?time|circle time|carpet time|golden time|phonics|wet play|(?:my|our) (?:class|group|nursery|setting))';
export const WORK_VERB =
  '(?:tutor|teach|mentor|support|look after|work with|care for|childmind|nanny for|nanny|babysit for|key work for)';
/** "Mentoring a Year 12", "coached a lad": doing such work with one child. */
export const WORK_VERB_ING =
  '(?:[Tt]utor(?:ing|ed)|[Tt]eaching|[Tt]aught|[Mm]entor(?:ing|ed)|[Cc]oach(?:ing|ed)|[Ss]upport(?:ing|ed)|[Ll]ook(?:ing|ed) after|[Ww]ork(?:ing|ed) with|[Bb]abysitting)';
// "the boy, Nojus," is as much an appositive as "a boy, Nojus,".
export const APPOSITIVE_DET = '\\b(?:[Oo]ne|[Aa]n?|[Aa]nother|[Tt]his|[Tt]hat|[Tt]he) ';
/** Where a young child belongs: "little Jaxon from the primary", "little Ava at nursery". */
/** Ages that make a named person a child: "Tobiah, five,". */
export const CHILD_AGES =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|1[0-6]|[1-9]';
export const CHILD_PLACE =
  '(?:primary|infants|juniors|nursery|pre-?school|playgroup|reception|school|class|club|[Yy]ear ?\\d)';
