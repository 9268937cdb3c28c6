// Jibes: phrases that end before the noun they govern ("is the reason nothing
// works"). Like weak acts they need a target in the same clause (or a "she"
// or "the man" pointing back) and are quiet near praise, but the noun after
// them is never taken for what they describe.
import type { ActEntry } from './entry';

export const JIBE: ActEntry[] = [
  {
    id: 'jibe/doesnt-know-what-theyre-doing',
    pattern:
      "(?<!\\b(?:i|we|you) )\\b(?:barely|hardly|doesn'?t|don'?t|does not|do not|never) (?:even )?knows? what (?:she|he|they)(?:'s|'re| is| are) (?:doing|on about|talking about)",
    note: 'Incompetence said of someone else. Not after "I", "we" or "you": "I don\'t know what they\'re on about" is puzzlement.',
    example: "The consultant doesn't even know what she's talking about.",
  },
  {
    id: 'jibe/all-mouth-and-no-trousers',
    pattern: '(?<!\\bi )\\ball (?:[\\w-]+ ){1,2}and no (?!play\\b)[\\w-]+',
    note: '"All mouth and no trousers", "all talk and no action". Not "all work and no play", and not about the writer ("I all…").',
    example: 'The new deputy is all talk and no action.',
  },
  {
    id: 'jibe/the-reason-nothing-works',
    pattern:
      "(?:is|are|'s|'re) (?:the (?:only |whole |main )?reason) (?:nothing|no ?one|nobody|staff (?:leave|quit)|people (?:leave|quit)|we (?:can'?t|lost|failed|never))",
    note: 'Someone blamed for a failure ("she is the reason staff leave"). The noun after it ("nothing works") is not what is described.',
    example: 'The business manager is the reason nothing ever gets ordered.',
  },
  {
    id: 'jibe/spends-days-online',
    pattern:
      '(?:spends?|spent|spending) (?:his|her|their) (?:days|whole day|entire day|time|mornings|afternoons|lessons|free periods) (?:on (?:reddit|facebook|tiktok|instagram|youtube|ebay|amazon|twitter|(?:his|her|their) phone)|scrolling|browsing|shopping|gossiping|online)',
    note: 'Idleness alleged: a colleague who spends the day on a phone. Not about the writer\'s own time ("my", "our" are not in it).',
    example: 'Our head of year spends her free periods on eBay.',
  },
  {
    id: 'jibe/walking-something',
    pattern:
      "(?:is|are|'s|'re|was|like) (?:a |an )?walking (?!(?:bus|tour|group|boot|holiday|distance|route|trip|stick|club|frame|encyclop\\w*|dictionary|legend|miracle|inspiration|ray)\\b)[\\w-]+",
    note: 'A person as a walking failing ("a walking disaster", "a walking cliché"). Not a walking bus, tour or distance, nor the fond "walking encyclopaedia" or "walking legend".',
    example: 'The supply teacher was a walking disaster.',
  },
  {
    id: 'jibe/brick-wall',
    pattern: "(?:is|are|'s|'re|was) (?:a |an )?(?:black hole|brick wall)",
    note: 'Someone who hears nothing or returns nothing ("the office is a black hole").',
    example: 'Talking to the head is a brick wall.',
  },
  {
    id: 'jibe/where-things-go-to-die',
    pattern: 'where (?:\\w+ ){1,2}go(?:es)? to die',
    note: 'A team or office where requests go to die.',
    example: 'HR is where emails go to die.',
  },
  {
    id: 'jibe/scraping-the-barrel',
    pattern:
      '(?:scrap(?:e|es|ed|ing)) (?:the (?:bottom of the )?barrel|(?:\\w+ )?off the (?:floor|street|pavement|bottom))',
    note: 'Hiring or people called the bottom of the barrel ("they scraped her off the street").',
    example: 'The agency must be scraping the barrel now.',
  },
  {
    id: 'jibe/bottom-of-the-barrel',
    pattern: 'bottom of the barrel',
    note: 'The same verdict without the verb ("this supply teacher is bottom of the barrel").',
    example: 'Their new maths teacher is bottom of the barrel.',
  },
  {
    id: 'jibe/bad-eggs',
    pattern: 'bad (?:eggs?|apples?|lots?|stock|famil(?:y|ies)|parenting)',
    note: 'People written off as bad eggs or bad stock; cooking and fruit have no target, so they stay quiet.',
    example: 'The older brother was a bad egg as well.',
  },
  {
    id: 'jibe/marking-with-a-dartboard',
    pattern:
      '(?:with|using|by throwing) (?:a )?(?:dartboard|darts|blindfold|ouija board|magic 8-?ball|coin toss)',
    note: 'Judgement by chance: marking or setting "with a dartboard". Not darts as a sport (needs "with", "using").',
    example: 'The exam board marked the scripts with a dartboard.',
  },
];
