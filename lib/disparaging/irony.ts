// Sarcasm built from praise words (issue 9, held-out recall). Mock praise
// ("oh brilliant", "another genius idea", "well done… what an achievement")
// counts only when its sentence also says something has gone wrong; then the
// praise words in it do not quiet it. Regular-expression sources like acts.ts.

/** Praise that is mockery when the same sentence complains ("oh great, … again cut"). */
export const MOCK_PRAISE = [
  // A sentence opened by a bare cheer: "Fantastic, another survey…".
  '(?:^|[.!?] )(?:brilliant|great|fantastic|wonderful|lovely|marvellous|perfect|superb|fab|excellent)[,!] ',
  'oh (?:brilliant|great|lovely|wonderful|fantastic|marvellous|perfect|good|joy|super|fab|goody|how lovely)',
  '(?:yet )?another (?:\\w+ )?(?:brilliant|genius|great|fantastic|wonderful|stellar|inspired|amazing|excellent|lovely|fabulous|outstanding|marvellous|superb|top-notch|quality)',
  'what an? (?:achievement|triumph|accomplishment|success|result|legend|genius)',
  'well done',
  'bravo',
  'hats off',
  'slow clap',
  'round of applause',
  'nice one',
  'good job',
  '(?:brilliant|genius|great|inspired|bright|clever) (?:idea|plan|move|decision|initiative|wheeze)',
];

/** Something gone wrong, for MOCK_PRAISE: a failure, a mess, a cut, someone absent or clueless. */
export const IRONY_NEGATIVES = [
  '(?:the )?worst',
  "(?:couldn'?t|could not)(?! (?:have )?(?:done |been |be |asked for |wished for )?(?:better|prouder|happier|more))",
  "(?:can'?t|cannot)(?! (?:wait|thank|believe how|believe they|believe it|praise|say enough))",
  "(?:hasn'?t|haven'?t) (?:been|taught|bothered|turned|done|a clue|got a clue)",
  'clean up',
  'sort (?:it |this |that )?out',
  'mess(?:es|ed)?',
  'chaos',
  'incompeten\\w*',
  'failed',
  'forgot(?:ten)?',
  '(?:cut|cuts|cutting|scrapp?(?:ed|ing)?)',
  'no (?:idea|clue)',
  'useless',
  'disaster',
  'shambles',
  '(?:nobody|no one) (?:turned up|came|bothered|knows|told|listened|answered|cares|checked|can|could|wants|asked)',
  'loudest|rudest|naughtiest|laziest|noisiest|messiest',
  'managed to (?:be|lose|break|forget|miss|upset|annoy|ignore|offend|get (?:lost|excluded|banned|sent))',
  'never (?:been|taught|turns?|bothers?|answers?|replies|listens?|there|in school|around|seen in)',
];

/** Sarcasm that needs no complaint beside it: scare-quoted praise, "our glorious leaders". */
export const STRONG_SARCASM = [
  '(?<!(?:graded|rated|judged|got|achieved|as|an|retained|kept|keep|was|were|be|is|are) )[\'"\\u201c](?:outstanding|inspirational|inspiring|brilliant|amazing|excellent|great|supportive|professional|experienced|expert|strategic|visionary|caring|dedicated|hard-?working|world-class|fantastic|wonderful|lovely|helpful|friendly|robust|rigorous|leadership|leaders?|team player)[\'"\\u201d]',
  '(?:glorious|beloved|esteemed|illustrious|fearless) (?:leaders?|leadership|head|headteacher|management|slt|governors|trust|ceo|overlords)',
  'so-called (?:leaders?|leadership|head|experts?|professionals?|support|managers?|management|governors)',
  'masterclass in (?:\\w+ )?(?:incompetence|chaos|failure|how not to|disorganisation|mismanagement|confusion|spin|bluffing|passing the buck|doing nothing)',
];
