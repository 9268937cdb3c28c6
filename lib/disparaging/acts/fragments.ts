// Pieces of regular-expression source shared by several entries of the act
// vocabulary, or long enough to deserve a name. Not entries themselves: each
// is part of a pattern in acts/<kind>.ts.

/** Contempt adjectives that may stand between "are a bunch of" and the noun (leading space included). */
export const CONTEMPT_ADJECTIVES =
  ' (?:grumpy|miserable|old|nasty|silly|stupid|lazy|bitter|pompous|smug|racist|jumped-up|puffed-up|self-important|overpaid|clueless|arrogant|sad|pathetic|two-faced|smarmy|slimy|sneaky|spineless|snivelling|shifty|mean|heartless|soulless|gormless|useless|thick|nosy|rude|horrible|vile|evil|ignorant|dozy|dim|spoilt|snotty|stuck-up|bean-counting|penny-pinching|box-ticking|power-mad|tinpot|two-bit|petty|whingeing|moaning|lying)';

/**
 * What turns a noun into a remark about someone: "is a", "are such",
 * "behaving like", "a bunch of", "absolute", with up to two intensifiers or
 * contempt adjectives ("are a bunch of smug little …").
 */
export const SAID_OF = `(?:(?:is|are|r|was|were|'s|'re|been|being|be|like|acting like|behaving like|bunch of|pack of|load of|another|such)(?: so| really| completely| totally| just| utterly| absolutely| a bit)?(?: an?| the| such an?)?|absolute|total|complete|utter|right|proper)(?: absolute| total| complete| utter| actual| proper| little| right| real| bloody| massive| lying| sneaky| useless| spoilt| spoiled| feral|${CONTEMPT_ADJECTIVES}){0,2}`;

/** A verb or intensifier before a trait: "is", "were", "so", "bloody". */
export const COPULA =
  "(?:is|are|r|was|were|'s|'re|been|being|so|too|such|really|proper|bloody|utterly|completely|totally|absolutely)";

/** Adjectives that also describe things ("thick coats", "a nasty fall"): only after a copula or before people. */
export const THING_TRAITS =
  '(?:useless|thick|dense|stupid|dim|dumb|pathetic|vile|evil|nasty|hopeless|disgusting|repulsive|scruffy|filthy|smelly|stinking|ugly|gross|trashy|slimy|shifty|dodgy|shady|vicious|sly|embarrassing)';

/** People a harsh adjective may describe directly: "vile children", "useless staff". */
export const DESCRIBED_PEOPLE =
  '(?:little |old |young )?(?:children|kids|brats|people|parents|mums|dads|woman|man|family|families|lot|bunch|staff|teachers?|colleagues?|leaders?|managers?|inspectors?|governors?)';

/** An emoji's first code unit (the lists have no `u` flag): high surrogates and dingbats. */
export const EMOJI = '[\\ud83c-\\ud83e\\u2600-\\u27bf]';

/** What may follow a closing verdict: the end, a stop or an emoji. */
export const CLOSES = `(?= *(?:[.!?]|${EMOJI}|$))`;

/** A quoted word or few, as staff mock a label ("open door policy", "lost"). */
export const SCARE = '["\\u201c][a-z][^"\\u201c\\u201d]{0,40}["\\u201d]';

/** "wonder where the money went": an allegation whose target is implied (claims and IMPLIED_TARGETS). */
export const WHERE_THE_MONEY_WENT =
  '(?:wonder|know|ask|asking|tell me|guess|curious|idea)(?: (?:the |our |my |your )?(?:\\w+ ){0,2}\\w+)? where (?:\\w+ ){0,4}(?:money|cash|funds?|funding|donations?) (?:\\w+ )?(?:went|gone|ended up|disappeared|disappears)';

/**
 * Allegations whose target is implied ("let that woman near children",
 * "where the money went"): targets.ts lists them as the target "someone",
 * which only claims and hints may take. Here, not in claim.ts, so that the targets
 * do not bring the act vocabulary into background.js (acts/kinds.ts).
 */
export const IMPLIED_TARGETS = ['that (?:woman|man|bloke|lady|guy|fella)', WHERE_THE_MONEY_WENT];
