// Claims: allegations of wrongdoing that could be defamatory (clauses 3.3,
// 3.4). Strong: a claim may borrow its target from the sentence before or
// after, and praise does not quiet it beside its own target. Pupils are never its target: a pupil's
// behaviour is described, not alleged ("Jayden was fighting in the yard").
import type { ActEntry } from './entry';
import { WHERE_THE_MONEY_WENT } from './fragments';

export const CLAIM: ActEntry[] = [
  {
    id: 'claim/theft-and-fraud',
    pattern:
      '(?:pocketing|pocketed|fiddling (?:the|their|his|her)|fiddled|fiddles|embezzl\\w*|stealing|stole|steals|nicking|nicked|swindl\\w*|skimming|cooking the books|backhanders?|brown envelopes?|bribe\\w*|fraud\\w*)',
    note: 'Theft, fraud or bribery alleged of an adult or organisation.',
    example: 'The bursar has been pocketing the trip money.',
  },
  {
    id: 'claim/drink-and-drugs',
    pattern:
      '(?:drunk|pissed|hammered|off (?:his|her|their) face|high as|stoned|on drugs|deal(?:s|ing)? (?:drugs|weed|coke)|of weed|of booze)',
    note: 'Someone said to be drunk or on drugs. A story about a night out with no school target stays quiet.',
    example: 'The dad at pick-up was clearly drunk again.',
  },
  {
    id: 'claim/only-got-the-job-because',
    pattern: 'only got (?:the|her|his) (?:job|post|role|promotion) (?:because|cos|cause)',
    note: 'An appointment said to be undeserved.',
    example: 'She only got the job because she plays golf with the chair.',
  },
  {
    id: 'claim/stitch-up',
    pattern: 'stitch(?:ed)?-? ?up',
    note: 'Someone said to have been framed, or a process rigged. Not sewing: "stitched" needs "up".',
    example: 'The capability process was a stitch-up by the head.',
  },
  {
    id: 'claim/bullying',
    pattern: '(?:bullied|bullying|bullies)',
    note: 'Bullying alleged of an adult or organisation. About pupils it is behaviour described, never a claim.',
    example: 'The deputy has bullied three TAs out this year.',
  },
  {
    id: 'claim/lying',
    pattern: '(?:lying|lied|lies to)',
    note: 'Lying alleged. Not "lies" as a noun alone ("the truth lies…" needs "to").',
    example: 'The head lied about the budget.',
  },
  {
    id: 'claim/liar',
    pattern: 'liars?',
    note: 'Someone called a liar.',
    example: 'That parent is a liar.',
  },
  {
    id: 'claim/cover-up',
    pattern: 'cover(?:ed|ing)? (?:it |things |this )?up',
    note: 'A cover-up alleged of a leader or organisation; also covering up a cold, which needs a target.',
    example: 'The trust covered it up before Ofsted came.',
  },
  {
    id: 'claim/hanging-around',
    pattern: 'hanging (?:round|around) the',
    note: 'An adult said to be hanging around a place (the gates, the toilets): menace implied.',
    example: 'That man keeps hanging around the school gates.',
  },
  {
    id: 'claim/affair',
    pattern: '(?:having|had) an affair',
    note: 'A private life alleged.',
    example: 'The deputy is having an affair with a governor.',
  },
  {
    id: 'claim/sleeping-with',
    pattern: 'sleeping with',
    note: 'A private life alleged.',
    example: 'Everyone says the head is sleeping with the bursar.',
  },
  {
    id: 'claim/takes-the-credit',
    pattern: 'takes? (?:the )?credit|took (?:the )?credit',
    note: "Someone said to take credit for others' work.",
    example: 'The head of department took the credit for my scheme of work.',
  },
  {
    id: 'claim/pays-himself',
    pattern: 'pays (?:himself|herself|themselves)',
    note: 'Self-enrichment alleged of a leader.',
    example: 'The CEO pays himself more than the prime minister.',
  },
  {
    id: 'claim/brawling',
    pattern: 'scrapping|brawling|fighting in the',
    note: 'An adult said to brawl ("parents brawling in the car park"). Pupils fighting is behaviour, never a claim.',
    example: 'Two dads were brawling at sports day.',
  },
  {
    id: 'claim/on-the-fiddle',
    pattern: 'on the fiddle',
    note: 'Fraud alleged.',
    example: 'The site manager is on the fiddle with the overtime.',
  },
  {
    id: 'claim/drinks-all-day',
    pattern: '(?:drink|drinks|drunk|pissed|smoke weed|stoned|high) all day',
    note: 'Someone said to be drunk or high all day.',
    example: 'Her mum is stoned all day.',
  },
  {
    id: 'claim/lining-pockets',
    pattern: 'lin(?:e|es|ed|ing) (?:their|his|her) (?:own )?pockets',
    note: 'Self-enrichment alleged.',
    example: 'The trust leaders are lining their own pockets.',
  },
  {
    id: 'claim/hires-his-mates',
    pattern:
      '(?:hires|hired|promotes|promoted|gives jobs to) (?:her|his|their) (?:mates|friends|mate|friend|family)',
    note: 'Favouritism in hiring alleged.',
    example: 'The head only hires her mates.',
  },
  {
    id: 'claim/jobs-for-the-boys',
    pattern: 'jobs for (?:the|their|her|his) (?:mates|boys|friends)',
    note: 'Favouritism in hiring alleged.',
    example: 'The new trust roles are jobs for the boys.',
  },
  {
    id: 'claim/nepotism',
    pattern: 'nepotism',
    note: 'Favouritism to family alleged.',
    example: 'The council appointment was pure nepotism.',
  },
  {
    id: 'claim/relative-got-the-contract',
    pattern:
      '(?:mates?|friends?|husband|wife|brother|sister|cousin|son|daughter|partner|pal)(?: \\w+)? (?:got|gets|landed|won|wins|bagged) (?:the|that|this) (?:contract|job|post|role|tender|promotion)',
    note: 'A relative or friend of someone in charge said to have won the work.',
    example: "The chair's brother got the contract for the new roof.",
  },
  {
    id: 'claim/personal-piggy-bank',
    pattern:
      'like (?:her|his|their) (?:own )?(?:personal )?(?:piggy bank|cash ?point|cash machine|atm|slush fund|bank account)',
    note: "Public money said to be treated as someone's own.",
    example: 'The trust treats the school fund like their own piggy bank.',
  },
  {
    id: 'claim/rigged-the-results',
    pattern:
      '(?:rigged|fiddled|fudged|falsified|made up) (?:the )?(?:results|data|figures|books|marks|sats|register)',
    note: 'Falsified results or data alleged.',
    example: 'The last head fudged the data before Ofsted.',
  },
  {
    id: 'claim/cheated-on-sats',
    pattern: '(?:cheated|cheating) (?:on|in|at) (?:the )?(?:sats|tests?|results|moderation)',
    note: 'Exam malpractice alleged of a school or teacher.',
    example: 'That school cheated on the SATs for years.',
  },
  {
    id: 'claim/off-rolling',
    pattern: 'off-?roll(?:ing|ed|s)?',
    note: 'Unlawful removal of pupils from the roll alleged of a school.',
    example: 'The academy down the road is off-rolling its Year 11s.',
  },
  {
    id: 'claim/lied-to-ofsted',
    pattern: '(?:lied|lies|lying) to (?:ofsted|parents|governors|the la|the council|us|staff)',
    note: 'Deceiving an authority or the staff alleged.',
    example: 'The head lied to governors about the exclusions.',
  },
  {
    id: 'claim/smells-of-drink',
    pattern: 'smells? of (?:drink|booze|alcohol|weed)',
    note: 'Drinking or drugs implied by smell.',
    example: 'Her dad always smells of booze at drop-off.',
  },
  {
    id: 'claim/drinks-at-work',
    pattern: 'drinks? (?:on the job|at work|in school)',
    note: 'Drinking at work alleged. Not "drinks in school" as refreshments, which has no target.',
    example: 'The caretaker drinks on the job.',
  },
  {
    id: 'claim/bigotry',
    pattern: '(?:racist|sexist|homophobic)',
    note: 'Bigotry alleged of a person or organisation. A post about a policy or an incident without a target stays quiet.',
    example: 'The new head of science is openly sexist.',
  },
  {
    id: 'claim/inappropriate-with',
    pattern: 'inappropriate with',
    note: 'Misconduct towards children or staff implied: among the most damaging claims.',
    example: 'People say the coach was inappropriate with students.',
  },
  {
    id: 'claim/hits-his-kids',
    pattern: '(?:hits|beats|smacks) (?:his|her|their) (?:kids|children|son|daughter|wife)',
    note: 'Abuse alleged of a parent. A concern belongs in a safeguarding report, not a post.',
    example: 'Everyone knows that dad hits his kids.',
  },
  {
    id: 'claim/on-the-take',
    pattern: 'on the take',
    note: 'Bribery alleged.',
    example: 'The planning officer is on the take.',
  },
  {
    id: 'claim/money-grabbing',
    pattern: 'money-grabbing',
    note: 'Greed alleged of a person or organisation.',
    example: 'The money-grabbing trust raised the lettings fee again.',
  },
  {
    id: 'claim/cooks-the-figures',
    pattern:
      '(?:cooks?|cooked|cooking|fiddles|fudges?|fudged|fudging|massag(?:es|ed|ing)|doctor(?:s|ed|ing)|rigs|rigging) (?:the |their |his |her |our )?(?:attendance |exam |sats |test |progress |behaviour )?(?:books|figures|data|results|numbers|register|stats|statistics|marks)',
    note: 'Data massaged or doctored, without the usual fraud words ("fudges the attendance figures").',
    example: 'The deputy massages the attendance figures every term.',
  },
  {
    id: 'claim/where-the-money-went',
    pattern: WHERE_THE_MONEY_WENT,
    note: 'Wondering where money went: theft implied. Its target may be implied too (IMPLIED_TARGETS).',
    example: 'I wonder where the PTA money went.',
  },
  {
    id: 'claim/let-near-children',
    pattern:
      '(?:let|allow|allowed|lets|letting) (?:\\w+ ){1,3}(?:anywhere )?near (?:children|kids|pupils|a classroom|a school)',
    note: 'Someone said to be unfit to be near children: danger implied.',
    example: 'How they let that woman anywhere near children I will never know.',
  },
  {
    id: 'claim/paid-someone-off',
    pattern:
      '(?:paid|pays|paying|bought|buys) (?:someone|somebody|them|him|her|people|the \\w+) off',
    note: 'Bribery or a hush payment alleged.',
    example: 'The trust paid the head off to keep quiet.',
  },
  {
    id: 'claim/fake-qualifications',
    pattern:
      '(?:bought|buys|faked|fake|bogus|dodgy) (?:(?:her|his|their|a) )?(?:degree|qualifications?|phd|masters|cv|references?)',
    note: 'Qualifications or references said to be faked.',
    example: 'The consultant faked his references.',
  },
  {
    id: 'claim/scam',
    pattern: '(?:absolute|total|complete|utter|what a|such a) scam',
    note: 'A scheme of someone\'s called a scam. "A scam email" without the intensifier is a warning, not a claim.',
    example: 'The uniform supplier deal is a total scam.',
  },
  {
    id: 'claim/daylight-robbery',
    pattern: 'daylight robbery',
    note: 'Overcharging called robbery.',
    example: 'The agency fees are daylight robbery.',
  },
  {
    id: 'claim/rip-off-merchants',
    pattern: 'rip-?off merchants?',
    note: 'A supplier or agency called crooked.',
    example: 'That supply agency are rip-off merchants.',
  },
  {
    id: 'claim/jobs-for-the-lads',
    pattern: 'jobs for the (?:girls|lads|pals|cronies)',
    note: 'Favouritism in hiring alleged.',
    example: 'The trust restructure was jobs for the lads.',
  },
  {
    id: 'claim/cronyism',
    pattern: 'cron(?:y|ies|yism)',
    note: 'Favouritism alleged.',
    example: 'The new head brought in all her cronies.',
  },
  {
    id: 'claim/handed-his-niece-the-job',
    pattern:
      '(?:gave|gives|giving|handed|hands|handing) (?:her|his|their) (?:best )?(?:mates?|friends?|pals?|husband|wife|son|daughter|niece|nephew|cousin) (?:the|a|that|this) (?:\\w+ ){0,2}(?:job|post|role|contract|promotion)',
    note: 'Someone in charge said to give work to family or friends.',
    example: 'The head handed his niece the office manager job.',
  },
  {
    id: 'claim/made-it-up',
    pattern:
      'made (?:it all|the rest|half of it|the whole thing|things|stuff|it) up(?! to\\b| for\\b| with\\b)',
    note: 'Fabrication alleged. Not "made it up to her" (amends) or "made up for".',
    example: 'The parent made the whole thing up.',
  },
];

export { IMPLIED_TARGETS } from './fragments';
