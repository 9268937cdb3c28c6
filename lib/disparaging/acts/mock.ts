// Mock: sarcasm that needs no complaint beside it ("our glorious leaders",
// scare-quoted "outstanding", "thanks so much for losing…"). It governs its
// whole sentence, its praise words do not quiet it, but sincere praise
// elsewhere in the sentence still does.
import type { ActEntry } from './entry';
import { SCARE } from './fragments';

export const MOCK: ActEntry[] = [
  {
    id: 'mock/scare-quoted-praise',
    pattern:
      '(?<!(?:graded|rated|judged|got|achieved|as|an|retained|kept|keep|was|were|be|is|are) )[\'"\\u201c](?:outstanding|inspirational|inspiring|brilliant|amazing|excellent|great|supportive|professional|experienced|expert|strategic|visionary|caring|dedicated|hard-?working|world-class|fantastic|wonderful|lovely|helpful|friendly|robust|rigorous|leadership|leaders?|team player)[\'"\\u201d]',
    note: 'Praise in scare quotes ("our \'supportive\' head"). Not an Ofsted grade quoted ("graded \'outstanding\'", "was \'good\'").',
    example: 'Our "supportive" head left us to it again.',
  },
  {
    id: 'mock/glorious-leaders',
    pattern:
      '(?:glorious|beloved|esteemed|illustrious|fearless) (?:leaders?|leadership|head|headteacher|management|slt|governors|trust|ceo|overlords)',
    note: 'Mock reverence for leaders ("our glorious leaders"); rarely sincere in a staff post.',
    example: 'Our glorious leaders have announced another learning walk.',
  },
  {
    id: 'mock/so-called',
    pattern:
      'so-called (?:leaders?|leadership|head|experts?|professionals?|support|managers?|management|governors)',
    note: '"So-called" denies the title it comes before.',
    example: 'The so-called experts from the trust visited today.',
  },
  {
    id: 'mock/masterclass-in-incompetence',
    pattern:
      'masterclass in (?:\\w+ )?(?:incompetence|chaos|failure|how not to|disorganisation|mismanagement|confusion|spin|bluffing|passing the buck|doing nothing)',
    note: 'A "masterclass" in failing. Not a masterclass in a craft ("in watercolour").',
    example: 'The INSET day was a masterclass in how not to run a meeting.',
  },
  {
    id: 'mock/thanks-for-losing',
    pattern:
      '(?:thanks|thank you|cheers|grateful)(?: (?:so|very) much)?(?: again)?(?: to)? [^.!?]{0,40}? for (?:losing|forgetting|ignoring|breaking|wasting|cancelling|dumping|springing|ruining|leaving (?:us|me|it)|telling (?:us|me) (?:at|on) the last|nothing|absolutely nothing|the last-minute|the late notice)',
    note: 'Passive-aggressive thanks for a failure ("thanks so much for losing…"). Thanks for a gift or help stays sincere.',
    example: 'Thanks so much to the office for losing the consent forms.',
  },
  {
    id: 'mock/thanks-for-the-fiasco',
    pattern:
      '(?:thanks|thank you|cheers|top marks|full marks|gold star|well done|hats off|kudos|a round of applause)(?: (?:so|very) much)?(?: again)?(?: to)? [^.!?]{0,40}? for [^.!?]{0,30}?(?:pointless|useless|cock-?up|balls-?up|shambles|fiasco|u-turn)',
    note: 'Thanks or praise for something named as pointless or a fiasco.',
    example: 'Thank you to the trust for another pointless survey.',
  },
  {
    id: 'mock/thanks-eye-roll',
    pattern: '(?:thanks|thank you|cheers|appreciated|love|great|lovely|brilliant)[^.!?]{0,120}?🙄',
    note: 'Thanks or praise closed by an eye-roll. It ends on the emoji itself: a closing bracket would add a word boundary after it.',
    example: 'Thanks for the surprise learning walk 🙄',
  },
  {
    id: 'mock/thanks-unamused',
    pattern: '(?:thanks|thank you|cheers|appreciated|love|great|lovely|brilliant)[^.!?]{0,120}?😒',
    note: 'Thanks or praise closed by an unamused face, as with the eye-roll.',
    example: 'Lovely email from the head at 10pm 😒',
  },
  {
    id: 'mock/nice-of-them-while-we',
    pattern:
      '(?:nice|good|kind|lovely|decent|big) of [^.!?]{1,40}? to [^.!?]{1,80}? (?:while|whilst) (?:we|us|the rest|everyone|staff|i)\\b',
    note: 'Kindness mocked by what others pay for it ("nice of the head to swan off while we cover").',
    example: 'Nice of the deputy to take a long lunch while we covered her duty.',
  },
  {
    id: 'mock/lovely-to-be-lectured',
    pattern:
      '(?:lovely|great|nice|brilliant|wonderful|fantastic|love|always fun|fun|so helpful) (?:to be|being|getting) (?:told how to|lectured|patronised|patronized|talked down to|mansplained)',
    note: 'Mock delight at being patronised.',
    example: 'Always fun being lectured by a consultant who has never taught.',
  },
  {
    id: 'mock/if-you-like-being-ignored',
    pattern:
      'if you like being (?:\\w+ )?(?:patronised|patronized|talked down to|ignored|lectured|belittled)',
    note: 'A mock recommendation: "great place, if you like being ignored".',
    example: 'Great trust to work for, if you like being completely ignored.',
  },
  {
    id: 'mock/imagine-being-so',
    pattern: 'imagine (?:being|having|getting) so [\\w-]+',
    note: '"Imagine being so idle that…": contempt in the shape of wonder.',
    example: 'Imagine being so lazy you make the TA do your marking.',
  },
  {
    id: 'mock/imagine-being-and-not',
    pattern:
      "imagine (?:being|having) [^.!?]{1,60}? and (?:still |then )?(?:not|never|still|can'?t|couldn'?t)\\b",
    note: '"Imagine being the head and not knowing…": a failure set against a role.',
    example: "Imagine being head of maths and still can't use a spreadsheet.",
  },
  {
    id: 'mock/label-really-means',
    pattern: `(?:'s|s'|their|his|her|its|thinks?|thought) (?:new |latest |so-called )?${SCARE} (?:apparently |basically |actually |just |really |clearly )?(?:means|meant|translates as|amounts to)`,
    note: 'A label in scare quotes, then what it really means ("the deputy\'s "consultation" means…").',
    example: 'The head\'s new "open door policy" means a locked office.',
  },
  {
    id: 'mock/idea-of-quoted-is',
    pattern: `idea of ${SCARE} is`,
    note: 'Someone\'s idea of a quoted virtue, then the reality ("their idea of "support" is…").',
    example: 'Their idea of "support" is a laminated poster.',
  },
  {
    id: 'mock/what-are-they-even-doing',
    pattern:
      '(?:what|who) (?:are|is|were|was|do|does|did) (?:the |they |she |he |our |these |those )?(?:\\w+ ){0,2}even (?:doing|for|teaching|thinking|paid for)',
    note: 'A rhetorical question that denies someone\'s use ("what is the trust even for").',
    example: 'What are the feeder primaries even teaching them?',
  },
  {
    id: 'mock/another-genius-idea',
    pattern:
      '(?:yet )?another (?:\\w+ )?(?:genius|brilliant|bright|inspired|groundbreaking|world-class) (?:idea|initiative|plan|scheme|policy|decision|email|memo|brainwave)',
    note: '"Another genius idea" is sarcastic even with no complaint beside it.',
    example: 'Another genius initiative from the trust office.',
  },
  {
    id: 'mock/congratulations-on-losing',
    pattern:
      '(?:congratulations|congrats|well done|hats off|kudos|bravo|thanks|props|gold star|a medal)[^.!?]{0,60}? (?:managing|managed|finding a way) to (?:lose|break|forget|miss|set fire|burn|ruin|upset|crash|delete|flood|lock|wreck|mess|cock|double-book|misplace)',
    note: 'Congratulations on a failure ("well done to … for managing to lose…").',
    example: "Congratulations to IT for managing to delete everyone's planning.",
  },
  {
    id: 'mock/sharpest-tool',
    pattern:
      '(?<!\\bnot )\\b(?:truly|really|clearly|obviously|definitely) the (?:sharpest|brightest) (?:tool|knife|bulb|spark|crayon|button) in the (?:box|shed|drawer|pack|tin)',
    note: 'The idiom inverted ("truly the sharpest tool in the box"). "Not the sharpest…" is an insult entry of its own.',
    example: 'Our new business manager, truly the brightest bulb in the box.',
  },
];
