// Phrase lists for parent-contact. Patterns are source strings compiled once,
// case-insensitive, each a fixed sequence of words: no nested repetition.

/** Personal social media and messaging: contact through these is personal, not official. */
export const PERSONAL_CHANNELS =
  'facebook|fb|insta(?:gram)?|ig|snapchat|snap|whats\\s?app|wa|tik\\s?tok|twitter|x|messenger|telegram|signal|threads|discord|xbox|playstation|psn|roblox|fortnite|minecraft|steam|twitch|kik|bereal|my\\s+(?:(?:personal|private|own|home)\\s+)?(?:page|profile|account|number|mobile|phone)|my\\s+(?:personal|private|own|home)\\s+(?:e-?mail(?:\\s+address)?|address|one|line|whats\\s?app)|here|dms?|pms?|inbox';

/** Phrases that invite someone to get in touch with the writer personally. */
export const INVITATIONS: readonly string[] = [
  // "give it a follow", "give us a follow" (after "my Instagram is public")
  'give\\s+(?:it|me|us)\\s+a\\s+follow',
  // "Parents can send photos straight to me at …", "send the forms to me"
  '(?:send|email|e-mail|message|text)\\s+(?:(?:the|your|any|them|it|photos?|pics?|forms?|slips?)\\s+){0,2}(?:straight\\s+|directly\\s+)?to\\s+me(?:\\s+(?:on|at|via))?',
  // "please email them to my personal address", "send the photos to my own number": things
  // sent to a channel the writer calls their own
  '(?:send|email|e-mail|message|text|whats\\s?app)\\s+(?:(?:the|your|any|them|it|photos?|pics?|forms?|slips?)\\s+){0,2}(?:straight\\s+|directly\\s+)?to\\s+my\\s+(?:personal|private|own|home)\\s+(?:e-?mail(?:\\s+address)?|address|number|mobile|phone|account|one|inbox)',
  // "send me your number and I'll add you": asking for the reader's own contact
  'send\\s+me\\s+your\\s+(?:(?:mobile|phone|personal|whats\\s?app)\\s+)?(?:number|mobile|details|e-?mail(?:\\s+address)?)',
  // "feel free to connect with me here", "connect with me on Facebook"
  'connect\\s+with\\s+me(?:\\s+(?:on|via|over)\\s+(?:CHANNELS)|\\s+here)?',
  // "call any time", "text me anytime": an open line, beside the writer's number
  '(?:call|ring|text|phone|message)\\s+(?:me\\s+)?any\\s?time',
  // "send me the forms", "send me your questions by DM" (text speak: "u")
  'send\\s+me\\s+(?:the\\s+|your\\s+)?(?:forms?|slips?|photos?|pics?|questions?)(?:\\s+(?:by|on|via)\\s+(?:CHANNELS))?',
  "(?:i'?ll|ill|i\\s+will)\\s+add\\s+(?:you|u)\\s+to\\s+the\\s+(?:\\w+\\s+)?(?:group|chat)",
  'add\\s+my\\s+number',
  // "my number's 07700 …", "my mobile is …": the writer's own number given out
  "my\\s+(?:(?:personal|mobile|own)\\s+)?(?:number|mobile|phone)(?:'s|\u2019s|\\s+is)(?=\\s*[+(]?\\d)",
  // "can write to me at …": a letter or email to the writer in person
  'write\\s+to\\s+me(?:\\s+(?:at|on|via))?',
  // "add me on Facebook", "message me on here", "just WhatsApp me", "DM me"
  '(?:add|follow|friend|find|message|msg|dm|pm|inbox|text|ping|snap|whats\\s?app|facetime|contact|tag|reach|call|ring|phone|e-?mail|hit)\\s+me(?:\\s+up)?(?:\\s+(?:on|via|over|through|in)\\s+(?:CHANNELS))?',
  // "hmu on insta": chat's "hit me up"
  'hmu(?:\\s+(?:on|via|over)\\s+(?:CHANNELS))?',
  // "my snap is missjones_22", "my gamertag is …": a personal or game handle given out
  'my\\s+(?:snap(?:chat)?|insta(?:gram)?|tik\\s?tok|discord|xbox|psn|roblox|fortnite|epic|steam|minecraft|twitch|kik)(?:\\s+(?:name|username|tag|id|handle|code))?\\s+(?:is|=)(?!\\s+(?:open|public|private|closed|locked|full|down|on|off|always|also|just|so|very|really|a|an|the|where|for|not)\\b)|my\\s+(?:gamertag|gamer\\s?tag|username|user\\s+name)\\s+(?:is|=)',
  // "drop me a friend request", "pop me a message on Insta", "send me a DM"
  '(?:drop|send|pop|shoot|fire|give|gie|slide\\s+into)\\s+(?:me\\s+)?(?:an?\\s+|my\\s+)?(?:quick\\s+|private\\s+)?(?:message|msg|dm|dms|pm|text|e-?mail|friend\\s+request|request|follow|line|shout|bell|buzz|ring|call)(?:\\s+(?:on|via|over|at|to)\\s+(?:CHANNELS))?',
  // "I'll DM you the details", "happy to message you on Facebook"
  "(?:i'?ll|i\\s+will|i\\s+can|happy\\s+to)\\s+(?:dm|pm|message|inbox|text|whats\\s?app|snap|add)\\s+(?:you|them)(?:\\s+(?:on|via|over)\\s+(?:CHANNELS))?",
  // "here's my personal number", "my personal mobile is"
  "(?:here'?s|here\\s+is|this\\s+is)\\s+my\\s+(?:personal\\s+)?(?:number|mobile|phone|whats\\s?app)|my\\s+personal\\s+(?:number|mobile|phone|e-?mail|whats\\s?app|facebook|insta(?:gram)?|account)",
  // "message me privately"
  '(?:message|msg|text|contact|email|e-mail)\\s+me\\s+(?:privately|directly|personally)',
  // "ring me on my own number", "email me at my private address" are in the CHANNELS above.
  // "my inbox is always open", "my DMs are open", "my insta is open if any mums want to chat"
  'my\\s+(?:(?:facebook|fb|insta(?:gram)?|snap(?:chat)?|whats\\s?app|tik\\s?tok|messenger|twitter|discord)\\s+)?(?:inbox|dms|messages|facebook|fb|insta(?:gram)?|snap(?:chat)?|whats\\s?app|tik\\s?tok|messenger|twitter|discord|server)\\s+(?:is|are)\\s+(?:always\\s+|also\\s+)?open',
  // "chat to me on WhatsApp", "get in touch on Facebook": a named channel makes it personal
  '(?:chat|talk|speak)\\s+(?:to|with)\\s+me\\s+(?:on|via|over)\\s+(?:CHANNELS)|get\\s+in\\s+touch(?:\\s+with\\s+me)?\\s+(?:on|via|over)\\s+(?:CHANNELS)',
  // "I'm on Facebook if any of you need me"
  "(?:i'?m|i\\s+am)\\s+(?:always\\s+)?on\\s+(?:facebook|fb|insta(?:gram)?|snapchat|whats\\s?app|messenger|tik\\s?tok)\\s+if",
  // "happy to accept friend requests", "send me a request and I'll accept"
  '(?:accept|accepting|approve)\\s+(?:any\\s+|your\\s+|all\\s+)?friend\\s+requests?',
  // "follow my insta"
  // "follow my page @coach_dee on insta": the handle and the network are part of it
  'follow\\s+my\\s+(?:[a-z]+\\s+)?(?:insta(?:gram)?|tik\\s?tok|facebook|fb|page|snap(?:chat)?|twitter|account)(?:\\s+@[\\w.]+)?(?:\\s+on\\s+(?:CHANNELS))?',
  // "a private Facebook group for my parents", "add you to our class WhatsApp"
  '(?:private|closed|secret|class|parents?)\\s+(?:facebook|fb|whats\\s?app|snapchat|insta(?:gram)?)(?:\\s+(?:group|chat|page))?',
  '(?:join|request\\s+to\\s+join)\\s+(?:my|our)\\s+(?:private\\s+|class\\s+)?(?:facebook|fb|whats\\s?app|snapchat)\\s+(?:[a-z]+\\s+)?(?:group|chat|page)',
  'add\\s+you\\s+to\\s+(?:our|my|the)\\s+(?:class\\s+)?(?:whats\\s?app|facebook|fb|snapchat)',
];

/** The invitation is aimed at pupils or their families. */
export const AUDIENCE_FAMILIES =
  '\\b(?:parents?|mums?|mommies|mummies|dads?|daddies|famil(?:y|ies)|carers?|grown[-\\s]?ups|guardians?|pupils?|students?|my\\s+class|class\\s+parents|(?:my|our)\\s+(?:reception|nursery)(?:\\s+class)?|(?:year|yr|y)\\s?\\d{1,2}s?|your\\s+(?:child|children|little\\s+ones?|kids?)|whose\\s+(?:child|kid|son|daughter)|new\\s+parents|mams?|my\\s+(?:little\\s+)?(?:learners|kids\\s+at\\s+school))\\b';

/**
 * Pupils called on directly: "Kids, follow me on…", "find me on TikTok kids!".
 * Not "my kids," or "the kids loved it": a vocative stands after a greeting or
 * a channel's name, or before a comma or "!", with no determiner before it.
 */
export const CALLED_PUPILS =
  "(?<!\\b(?:my|the|our|your|their|his|her|of|with|for|own|and|all)\\s)\\b(?:kids|children|boys\\s+and\\s+girls)\\s*[,!]|\\b(?:hey|hi|hello|ok|okay|right|come\\s+on|facebook|fb|insta(?:gram)?|tik\\s?tok|snap(?:chat)?|whats\\s?app|here)\\s+(?:kids|children|boys\\s+and\\s+girls)\\b(?!['\u2019])";

/** The invitation names a personal social network outright ("add me on Snapchat"). */
export const NAMED_SOCIAL =
  '\\b(?:facebook|fb|insta(?:gram)?|snapchat|snap|whats\\s?app|tik\\s?tok|messenger|on\\s+here|my\\s+(?:page|account|profile)|dms?|pms?|inbox|discord|xbox|psn|playstation|roblox|fortnite|minecraft|steam|twitch|kik|gamertag|username|hmu)\\b';

/** Invitations that make a personal connection whoever reads them: friending, adding, joining a group. */
export const PERSONAL_CONNECTION =
  '^(?:add\\s+me\\s+on|(?:accept|accepting|approve)\\b|(?:drop|send|pop|give)\\s+(?:me\\s+)?(?:a\\s+)?friend|add\\s+you\\s+to|(?:private|closed|secret|class|parents?)\\s|(?:join|request))';

/** A request to use a channel the writer calls their own ("text me on my personal mobile"):
 * personal contact whatever the audience. A bare "my personal email is ..." asks nothing. */
export const OWN_CHANNEL = '^(?!my\\s|here|this\\s).*\\bmy\\s+(?:personal|private|own|home)\\s';

/** The readers addressed as families outright ("if you're a parent", "any carers who..."):
 * that outweighs words that usually mean colleagues ("tips"). Not "a parent too". */
export const FAMILIES_ADDRESSED =
  "^\\s*(?:(?:hi|hello|hey|dear|calling\\s+all)\\s+)?(?!(?:fellow|other)\\s)(?:[a-z0-9/]+\\s+)?(?:parents|families|mums|dads|carers|mams)\\s*[,!:\u2013\u2014-]|\\bif\\s+you(?:'|\u2019)?re\\s+(?:a\\s+)?(?:parent|carer|mum|dad|guardian|pupil|student)s?\\b(?!\\s+(?:too|as\\s+well|yourself|teachers?|nurses?|doctors?|midwi(?:fe|ves)|social\\s+workers?|governors?))|\\bif\\s+you\\s+are\\s+(?:a\\s+)?(?:parent|carer|mum|dad|guardian|pupil|student)s?\\b(?!\\s+(?:too|as\\s+well|yourself|teachers?|nurses?|doctors?|midwi(?:fe|ves)|social\\s+workers?|governors?))|\\bany\\s+(?:of\\s+)?(?:(?:my|our|the|you)\\s+)?(?:[a-z]+\\s+)?(?:parents|carers|families|mums|mams|dads)\\s+(?:who|wanting|needing|that)\\b";

/** After a channel's name opening a line, a label ("Parent WhatsApp: Hi ..."): it names the
 * channel, invites no one. Not "Add me on Facebook: jo.smith", nor "Join our class WhatsApp:". */
export const LABEL_AFTER = '^\\s*[:|>]';

/** What a teacher would send through the channel: school photos, videos, work. */
export const SCHOOL_OFFER =
  '\\b(?:send|share|pass)\\s+(?:you|u|them|it)\\b|\\b(?:forms?|reply\\s+slips?|permission\\s+slips?|dinner\\s+money|login)\\b|\\b(?:the|class|trip|sports\\s+day|nativity|assembly|school|match|team|game|concert|show|tournament|performance)\\s+(?:photos?|pics?|pictures|videos?)\\b|\\b(?:revision|homework)\\b';

/** The invitation is aimed at colleagues, strangers or customers, or the writer is a parent. */
export const OTHER_AUDIENCE =
  "\\b(?:comment\\s+\\S+\\s+(?:below\\s+)?(?:and|&)\\s+(?:i'?ll|i\\s+will)|colleagues?|fellow|staff|tips|resources|planning|recommend(?:ations?)?|anyone\\s+(?:got|know|have)|student\\s+teachers?|anyone\\s+(?:else\\s+)?teaching|who\\s+teach(?:es)?|edu\\s?twitter|teacher\\s?twitter|deputies|deputy\\s+heads|school\\s+leaders|subject\\s+leads?|other\\s+(?:teachers|parents|mums|dads)|teachers|staff\\s*room|ects?|nqts?|sencos?|tas|headteachers|heads|trainees|followers|anyone\\s+(?:selling|interested|local)|recipe|orders?|commissions?|small\\s+business|etsy|shop|as\\s+a\\s+(?:parent|mum|dad)|neighbou?rs|residents|any\\s+(?:other\\s+)?(?:schools|nurseries|settings|clubs|businesses|teachers|practitioners|colleagues)|(?:share|sharing)\\s+(?:our|my|the)\\s+(?:[\\w-]+\\s+){0,3}(?:pack|resources?|templates?|slides|worksheets?|powerpoints?|planning)|my\\s+(?:son|daughter|son's|daughter's|boy|girl)|our\\s+(?:son|daughter))\\b";

/** Official channels: a direction to these is what the policy asks for. */
export const OFFICIAL_CHANNELS =
  "\\b(?:(?:school|the)\\s+office|(?<!\\bmy\\s)office|school\\s+e-?mail|school\\s+app|class\\s?dojo|dojo|seesaw|tapestry|parentmail|arbor|school\\s+website|school(?:'s)?\\s+(?:facebook\\s+)?page|official)\\b";

/**
 * A subject before the verb makes it a statement, not an invitation: "they
 * message me all day", "the parents message me". A bare "parents" is more
 * often a call ("parents drop me a friend request"), so a noun counts only
 * after a determiner.
 */
export const STATEMENT_SUBJECT_BEFORE =
  '(?:\\b(?:they|he|she|who|someone|somebody|everyone|everybody|nobody|people)|(?:\\b(?:the|some|many|most|all|these|those|my|our|his|her|their|few|several|two|three|four|five|had|have|has|get|got|keep|keeps|of)|\\d)\\s+(?:[a-z]+\\s+)?(?:parents|mums|dads|families|pupils|students|kids|children))(?:\\s+(?:can|could|will|would|might|may|should|just|always|still|often))?\\s+$';

/** What already happens, not an invitation: "parents keep messaging me on my personal
 * Facebook", "people have been texting me on my own number". */
export const HAPPENING_BEFORE =
  '\\b[a-z]+(?:ing|ed)\\s+me\\s+(?:on|via|over|through|at)\\s+$|\\b(?:asked|asks|asking|requested|wanted|wants)\\s+(?:me\\s+)?for\\s+$|\\b(?:messaging|messaged|texting|texted|calling|ringing|emailing|emailed|following|followed|found|finding|adding|added)\\s+$';

/** A refusal before the invitation: "please don't message me on Facebook". */
export const NEGATION_BEFORE =
  "\\b(?:(?:don'?t|don\u2019t|do\\s+not|never|not|can'?t|cannot|won'?t|shouldn'?t|no\\s+need\\s+to)\\s+(?:[a-z]+\\s+)?|(?:not|never)\\s+(?:welcome|allowed|permitted|meant|supposed)\\s+to\\s+)$";

/** Families told to use the writer when they need them: "if any of the class parents need
 * to get hold of me", "Parents, if you need me". Counts only beside a personal number. */
export const IF_FAMILIES_NEED_ME =
  '\\bif\\s+(?:any\\s+of\\s+)?(?:the\\s+|my\\s+|our\\s+)?(?:[a-z]+\\s+)?(?:parents?|families|mums|mams|dads|carers|you|u)\\s+(?:ever\\s+|still\\s+)?need\\s+(?:(?:to\\s+(?:get\\s+hold\\s+of|reach|contact|speak\\s+to|talk\\s+to|call|ring|text)\\s+)?me|anything)\\b';

/** The writer's own number or mobile given in the same line. */
export const OWN_NUMBER_GIVEN =
  '\\bmy\\s+(?:(?:personal|private|own|home)\\s+)?(?:number|mobile|phone|whats\\s?app)\\b|\\bmy\\s+(?:personal|private)\\s+(?:one\\s+)?is\\b';

/** Somewhere in school after "find me", "grab me": a word in person, not a channel
 * ("come and find me at break in C12", "grab me at pick-up"). */
export const IN_PERSON_AFTER =
  '^\\s+(?:at\\s+(?:break|lunch(?:time)?|the\\s+gates?|the\\s+door|pick[-\\s]?up|drop[-\\s]?off|registration)|in\\s+(?:room\\s+\\w+|the\\s+(?:office|library|classroom|hall|staff\\s?room|department)|lessons?|class|school|[a-z]?\\d{1,3}\\b))';

/** Children's classes and year codes beside a personal number make it about school:
 * "P3-P7 club, any questions text me on …", "S2 parents". */
export const CLASS_CODE = '\\b(?:P[1-7]|S[1-6]|Y(?:ear|r)?\\s?\\d{1,2})s?\\b';
