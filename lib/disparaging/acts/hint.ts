// Hints: insinuation markers ("funny how…", "not saying… but", a wink) that
// make a remark about an adult or organisation read as an allegation (clauses
// 3.3, 3.4). They govern their whole sentence, and a "she" or "they" in it may
// point back to someone named in the sentence before. Pupils are never their
// target: a pupil's behaviour is described, not alleged. Quiet near praise.
import type { ActEntry } from './entry';

export const HINT: ActEntry[] = [
  {
    id: 'hint/funny-how',
    pattern: 'funny how',
    note: '"Funny how the head\'s friend got the job": a coincidence offered as a charge.',
    example: 'Funny how the chair of governors always knows first.',
  },
  {
    id: 'hint/interesting-how',
    pattern: 'interesting how',
    note: 'The same insinuation, more polite.',
    example: 'Interesting how the trust found money for a new CEO car.',
  },
  {
    id: 'hint/not-saying-but',
    pattern: 'not saying[^.!?]{0,80}\\bbut',
    note: '"Not saying… but" says it. Bounded to one sentence.',
    example: "I'm not saying the bursar is on the fiddle but the trip money never adds up.",
  },
  {
    id: 'hint/allegedly',
    pattern: 'allegedly',
    note: 'An allegation flagged as one; repeating it still publishes it.',
    example: 'The head of the trust allegedly spent it on a boat.',
  },
  {
    id: 'hint/just-saying',
    pattern: 'just saying',
    note: 'A closing shrug that stands behind an insinuation.',
    example: 'Same governor, same building firm, every time. Just saying.',
  },
  {
    id: 'hint/make-of-that-what-you-will',
    pattern: 'make of that what you will',
    note: 'An invitation to draw the charge the writer leaves unsaid.',
    example: 'The deputy signed off her own expenses. Make of that what you will.',
  },
  {
    id: 'hint/eyes-emoji',
    pattern: '👀',
    note: 'Eyes beside an adult or organisation: "watch this space". Alone it is curiosity.',
    example: 'The head and the bursar both off on the same Friday 👀',
  },
  {
    id: 'hint/draw-your-own-conclusions',
    pattern: 'draw your own conclusions',
    note: 'An invitation to draw the charge.',
    example: "The council gave the contract to the leader's cousin. Draw your own conclusions.",
  },
  {
    id: 'hint/if-you-know-what-i-mean',
    pattern: 'if you know what i mean',
    note: 'A wink in words.',
    example: 'The new deputy is very close to the chair, if you know what I mean.',
  },
  {
    id: 'hint/catch-my-drift',
    pattern: 'catch my drift',
    note: 'A wink in words.',
    example: 'The caretaker works very late with the head, catch my drift?',
  },
  {
    id: 'hint/read-between-the-lines',
    pattern: 'read between the lines',
    note: 'The reader asked to supply the allegation.',
    example: 'The trust says the head left for family reasons. Read between the lines.',
  },
  {
    id: 'hint/put-two-and-two-together',
    pattern: 'put two and two together',
    note: 'The reader asked to supply the allegation.',
    example: 'New kitchen for the bursar, missing PTA money. Put two and two together.',
  },
  {
    id: 'hint/funny-that',
    pattern: 'funny,? that',
    note: '"Funny, that": a coincidence offered as a charge.',
    example: 'She sat on the interview panel for her own husband. Funny, that.',
  },
  {
    id: 'hint/funnily-enough',
    pattern: 'funnily enough',
    note: 'A coincidence offered as a charge.',
    example: "Funnily enough the governor's firm won the tender.",
  },
  {
    id: 'hint/what-a-coincidence',
    pattern: 'what a coincidence',
    note: 'Mock surprise at a convenient coincidence.',
    example: "The head's niece got the office job, what a coincidence.",
  },
  {
    id: 'hint/coincidentally',
    pattern: 'coincidentally',
    note: 'A coincidence offered as a charge.',
    example: 'The chair of governors, coincidentally, owns the catering firm.',
  },
  {
    id: 'hint/conveniently',
    pattern: 'conveniently',
    note: 'Something lost or forgotten "conveniently": bad faith implied.',
    example: 'The head conveniently forgot the complaint.',
  },
  {
    id: 'hint/iykyk',
    pattern: 'iykyk',
    note: '"If you know, you know": gossip for insiders.',
    example: 'Our deputy and the PE teacher, iykyk.',
  },
  {
    id: 'hint/say-no-more',
    pattern: 'say no more',
    note: 'A knowing close to an insinuation.',
    example: 'The head drives a new Range Rover after the budget cuts. Say no more.',
  },
  {
    id: 'hint/nudge-nudge',
    pattern: 'nudge,? nudge',
    note: 'A wink in words.',
    example: 'The head has been staying late with the new deputy, nudge nudge.',
  },
  {
    id: 'hint/wink-wink',
    pattern: 'wink,? wink',
    note: 'A wink in words.',
    example: 'The governor got his mate the contract, wink wink.',
  },
  {
    id: 'hint/smirk-emoji',
    pattern: '😏',
    note: 'A smirk beside an adult or organisation.',
    example: 'The bursar is off to Dubai again 😏',
  },
  {
    id: 'hint/shush-emoji',
    pattern: '🤫',
    note: 'A secret implied about an adult or organisation.',
    example: 'Ask the head where the trip money is 🤫',
  },
  {
    id: 'hint/everyone-knows',
    pattern: 'everyone knows',
    note: 'Gossip presented as common knowledge.',
    example: 'Everyone knows the deputy drinks at lunch.',
  },
  {
    id: 'hint/we-all-know-why',
    pattern: 'we all know (?:why|how|what)',
    note: 'Gossip presented as common knowledge.',
    example: 'We all know why the head got the job.',
  },
  {
    id: 'hint/ask-me-why',
    pattern: 'ask me (?:why|how)',
    note: 'A teaser inviting the allegation ("ask me how she got promoted").',
    example: 'Ask me how the head of year got promoted.',
  },
  {
    id: 'hint/i-know-why',
    pattern: 'i know (?:exactly )?why',
    note: 'The writer claims to know the hidden reason.',
    example: 'The governor resigned and I know exactly why.',
  },
  {
    id: 'hint/wonder-how-they-afford',
    pattern: 'wonder (?:where|how (?:she|he|they) (?:afford|got|managed|paid))',
    note: 'Wondering aloud how someone afforded something: theft implied.',
    example: 'The bursar has a new hot tub. I wonder how she paid for that.',
  },
  {
    id: 'hint/suddenly-has-a-new-car',
    pattern:
      'suddenly (?:has|have|got|gets|getting|landed|lands|won|wins|drives|driving|bought|buys|owns|can afford)(?: \\w+){0,3} (?:new|contract|car|job|promotion|role|post|money|cash|holidays?|extension|kitchen|house|bonus|pay ?rise|range rover|bmw|audi|tesla|mercedes|porsche|hot tub)',
    note: 'Sudden wealth or advancement set beside someone: corruption implied.',
    example: 'The business manager suddenly drives a brand new Tesla.',
  },
  {
    id: 'hint/always-gets-the-easy-classes',
    pattern:
      '(?:always|keeps?|somehow) (?:gets?|getting|got) (?:the )?(?:easy|cushy|nice|best|good) (?:groups?|classes|timetable|jobs?|duties|rooms?)',
    note: 'Favouritism implied ("somehow always gets the easy classes").',
    example: "The head's friend somehow always gets the nice classes.",
  },
  {
    id: 'hint/scare-quoted-verb',
    pattern:
      '["\\u201c](?:lost|forgot|forgotten|misplaced|mislaid|checked|investigated|consulted|listened|reviewed|missed|sick|ill|busy|working from home)["\\u201d]',
    note: 'A verb in scare quotes doubts someone\'s account ("the office "lost" it"). Adults only, like every hint.',
    example: 'The office "lost" my complaint letter.',
  },
  {
    id: 'hint/explains-a-lot',
    pattern: '(?:that |which |this |it )?explains (?:a lot|everything|so much)',
    note: '"That explains a lot": a fact about someone offered as the key to their failings.',
    example: 'The new head used to sell double glazing, which explains a lot.',
  },
  {
    id: 'hint/says-it-all',
    pattern: 'says it all',
    note: 'A fact offered as a verdict on someone.',
    example: 'The trust CEO has never set foot in our school. Says it all.',
  },
  {
    id: 'hint/just-asking-questions',
    pattern: 'just asking (?:the )?questions?',
    note: 'Innocence claimed for an insinuation.',
    example: 'Where did the PTA money go? Just asking the question.',
  },
  {
    id: 'hint/tells-you-all-you-need-to-know',
    pattern: 'tells you (?:all|everything) you need to know',
    note: 'A fact offered as a verdict on someone.',
    example: 'The head parks in the disabled bay, which tells you all you need to know.',
  },
  {
    id: 'hint/no-accident',
    pattern:
      "(?:that'?s|it'?s|is|was) (?:no accident|deliberate|on purpose|not a coincidence|no coincidence)",
    note: 'Intent alleged behind what someone did.',
    example: 'The office losing my grievance form was no accident.',
  },
  {
    id: 'hint/clearly-cant-read',
    pattern:
      "(?<!\\b(?:i|we|you) )\\bclearly (?:(?:can'?t|cannot|couldn'?t) (?:even )?(?:read|spell|count|write|organise|manage|plan|teach|run|lead|tell|remember|follow)|hasn'?t|hadn'?t|haven'?t|doesn'?t|didn'?t|never|has no|had no|knows? nothing)\\b",
    note: '"Clearly can\'t read" about an adult. Not the writer of themself ("I clearly can\'t count today").',
    example: "The inspector clearly hadn't read our SEF.",
  },
];
