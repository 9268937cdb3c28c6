// Irony: praise words that mock only when the same sentence also says
// something has gone wrong ("Oh great, another brilliant idea from upstairs
// we'll have to clean up"). Then the praise words inside the mockery do not
// quiet it (judge.ts); without a complaint they are praise and say nothing.
import type { ActEntry } from './entry';

export const IRONY: ActEntry[] = [
  {
    id: 'irony/bare-cheer',
    pattern:
      '(?:^|[.!?] )(?:brilliant|great|fantastic|wonderful|lovely|marvellous|perfect|superb|fab|excellent)[,!] ',
    note: 'A sentence opened by a bare cheer ("Fantastic, another survey…"). Sincere when nothing has gone wrong.',
    example: 'Fantastic, the trust has cut our budget again.',
  },
  {
    id: 'irony/oh-great',
    pattern:
      'oh (?:brilliant|great|lovely|wonderful|fantastic|marvellous|perfect|good|joy|super|fab|goody|how lovely)',
    note: '"Oh great" before a failure; "oh lovely" before good news is sincere.',
    example: 'Oh joy, the head has forgotten the cover rota.',
  },
  {
    id: 'irony/another-brilliant',
    pattern:
      '(?:yet )?another (?:\\w+ )?(?:brilliant|genius|great|fantastic|wonderful|stellar|inspired|amazing|excellent|lovely|fabulous|outstanding|marvellous|superb|top-notch|quality)',
    note: '"Yet another brilliant…" beside a complaint; "another lovely trip" alone is praise.',
    example: 'Yet another brilliant plan from SLT that failed by Tuesday.',
  },
  {
    id: 'irony/what-an-achievement',
    pattern: 'what an? (?:achievement|triumph|accomplishment|success|result|legend|genius)',
    note: 'Mock awe at a failure; sincere about a real success.',
    example: 'Managed to lose every coursework folder, what an achievement.',
  },
  {
    id: 'irony/well-done',
    pattern: 'well done',
    note: 'Congratulations on a failure. Staff say "well done" sincerely every day, so only with a complaint.',
    example: 'Well done to the office for losing the trip money.',
  },
  {
    id: 'irony/bravo',
    pattern: 'bravo',
    note: 'Mock applause beside a failure.',
    example: 'Bravo to the trust, another head has failed to last a year.',
  },
  {
    id: 'irony/hats-off',
    pattern: 'hats off',
    note: 'Mock respect beside a failure.',
    example: 'Hats off to the council, the new system is a disaster.',
  },
  {
    id: 'irony/slow-clap',
    pattern: 'slow clap',
    note: 'Applause meant as contempt, beside a failure.',
    example: 'Slow clap for the office who forgot the coach again.',
  },
  {
    id: 'irony/round-of-applause',
    pattern: 'round of applause',
    note: 'Mock applause; sincere after a concert, so only with a complaint.',
    example: 'A round of applause for the trust, who scrapped our TA hours.',
  },
  {
    id: 'irony/nice-one',
    pattern: 'nice one',
    note: 'Mock approval of a failure.',
    example: 'Nice one, the agency sent nobody again and the cover is a shambles.',
  },
  {
    id: 'irony/good-job',
    pattern: 'good job',
    note: "Mock praise of a failure; also what staff write on pupils' work.",
    example: 'Good job, SLT, the new timetable is chaos.',
  },
  {
    id: 'irony/brilliant-idea',
    pattern:
      '(?:brilliant|genius|great|inspired|bright|clever) (?:idea|plan|move|decision|initiative|wheeze)',
    note: 'A plan mocked as brilliant when it has gone wrong; sincere otherwise.',
    example: 'Genius plan by the deputy to move parents evening, nobody turned up.',
  },
  {
    id: 'irony/eye-roll',
    pattern: '🙄',
    note: 'An eye-roll at a target when the sentence complains; alone it is tiredness.',
    example: 'The trust has cut our cleaning hours again 🙄',
  },
  {
    id: 'irony/unamused-face',
    pattern: '😒',
    note: 'An unamused face at a target when the sentence complains.',
    example: 'The head forgot about the trip 😒',
  },
];

/**
 * Something gone wrong: beside any of these, irony's praise words mock. Not
 * acts themselves (lexicon.ts compiles them as `complaints`).
 */
export const COMPLAINTS: ActEntry[] = [
  {
    id: 'complaint/the-worst',
    pattern: '(?:the )?worst',
    note: 'A verdict of failure ("the worst timetable yet").',
    example: 'This is the worst cover rota yet.',
  },
  {
    id: 'complaint/couldnt',
    pattern:
      "(?:couldn'?t|could not)(?! (?:have )?(?:done |been |be |asked for |wished for )?(?:better|prouder|happier|more))",
    note: 'Something someone could not do. Not the praise "couldn\'t have done better", "couldn\'t be prouder".',
    example: "They couldn't find the coursework folders.",
  },
  {
    id: 'complaint/cant',
    pattern:
      "(?:can'?t|cannot)(?! (?:wait|thank|believe how|believe they|believe it|praise|say enough))",
    note: 'Something someone cannot do. Not the praise "can\'t wait", "can\'t thank them enough".',
    example: "The new system can't even print a register.",
  },
  {
    id: 'complaint/hasnt-bothered',
    pattern: "(?:hasn'?t|haven'?t) (?:been|taught|bothered|turned|done|a clue|got a clue)",
    note: 'Something left undone ("hasn\'t bothered to reply").',
    example: "The consultant hasn't bothered to reply.",
  },
  {
    id: 'complaint/clean-up',
    pattern: 'clean up',
    note: 'Someone else\'s mess to clear ("we\'ll have to clean up").',
    example: "We'll have to clean up after them as usual.",
  },
  {
    id: 'complaint/sort-it-out',
    pattern: 'sort (?:it |this |that )?out',
    note: 'A mess handed on ("we sort it out").',
    example: 'Guess who gets to sort it out.',
  },
  {
    id: 'complaint/mess',
    pattern: 'mess(?:es|ed)?',
    note: 'A mess made; the whole word only ("message" does not count).',
    example: 'They messed up the mock exam seating.',
  },
  {
    id: 'complaint/chaos',
    pattern: 'chaos',
    note: 'Disorder.',
    example: 'Sports day was total chaos.',
  },
  {
    id: 'complaint/incompetence',
    pattern: 'incompeten\\w*',
    note: 'Incompetence named.',
    example: 'The incompetence is breathtaking.',
  },
  {
    id: 'complaint/failed',
    pattern: 'failed',
    note: 'A failure named.',
    example: 'The new behaviour system failed in a week.',
  },
  {
    id: 'complaint/forgot',
    pattern: 'forgot(?:ten)?',
    note: 'Something forgotten.',
    example: 'The office forgot to book the coach.',
  },
  {
    id: 'complaint/cuts',
    pattern: '(?:cut|cuts|cutting|scrapp?(?:ed|ing)?)',
    note: 'Budgets or posts cut or scrapped.',
    example: 'They scrapped the music budget.',
  },
  {
    id: 'complaint/no-idea',
    pattern: 'no (?:idea|clue)',
    note: 'Someone clueless.',
    example: 'The inspector had no clue about our pupils.',
  },
  {
    id: 'complaint/useless',
    pattern: 'useless',
    note: 'A verdict of failure.',
    example: 'The new login is useless.',
  },
  {
    id: 'complaint/disaster',
    pattern: 'disaster',
    note: 'A failure named.',
    example: 'The parents evening app was a disaster.',
  },
  {
    id: 'complaint/shambles',
    pattern: 'shambles',
    note: 'Disorder named.',
    example: 'The exam hall was a shambles.',
  },
  {
    id: 'complaint/nobody-came',
    pattern:
      '(?:nobody|no one) (?:turned up|came|bothered|knows|told|listened|answered|cares|checked|can|could|wants|asked)',
    note: 'No one turned up, told, listened or cared.',
    example: 'Nobody told the kitchen about the trip.',
  },
  {
    id: 'complaint/worst-behaved',
    pattern: 'loudest|rudest|naughtiest|laziest|noisiest|messiest',
    note: 'A group singled out for bad behaviour.',
    example: 'We got the noisiest class in the building.',
  },
  {
    id: 'complaint/managed-to-lose',
    pattern:
      'managed to (?:be|lose|break|forget|miss|upset|annoy|ignore|offend|get (?:lost|excluded|banned|sent))',
    note: 'A failure told as an achievement ("managed to lose the keys").',
    example: 'The agency managed to lose our booking.',
  },
  {
    id: 'complaint/never-there',
    pattern:
      'never (?:been|taught|turns?|bothers?|answers?|replies|listens?|there|in school|around|seen in)',
    note: 'Someone absent or unresponsive ("never answers emails").',
    example: 'The head is never in school on Fridays.',
  },
];
