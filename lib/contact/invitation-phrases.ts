// Phrase lists for parent-contact. Patterns are source strings compiled once,
// case-insensitive, each a fixed sequence of words: no nested repetition. A space stands
// for any run of white space (`\s+`): the detector widens it when it compiles them.

/** Personal social media and messaging: contact through these is personal, not official. */
export const PERSONAL_CHANNELS =
  'facebook|fb|insta(?:gram)?|ig|snapchat|snap|whats\\s?app|wa|tik\\s?tok|twitter|x|messenger|telegram|signal|threads|discord|xbox|playstation|psn|roblox|fortnite|minecraft|steam|twitch|kik|bereal|my (?:(?:personal|private|own|home) )?(?:page|profile|account|number|mobile|phone)|my (?:personal|private|own|home) (?:e-?mail(?: address)?|address|one|line|whats\\s?app|insta(?:gram)?|facebook|fb|snap(?:chat)?|tik\\s?tok)|here|dms?|pms?|inbox';

/** Phrases that invite someone to get in touch with the writer personally. */
export const INVITATIONS: readonly string[] = [
  // "give it a follow", "give us a follow" (after "my Instagram is public"), "give my teaching
  // account a follow @miss_k_reads": the handle is part of it
  'give (?:it|me|us|my (?:[a-z]+ )?(?:account|page|profile|channel|insta(?:gram)?|tik\\s?tok)) a follow(?: @[\\w.]+)?',
  // "Parents can send photos straight to me at …", "send the forms to me", and to a channel
  // the writer calls their own: "please email them to my personal address"
  // "ping them over to my own email", "send them to my email jo.k@…" (an address after it)
  '(?:send|email|e-mail|message|text|whats\\s?app|ping|pop|forward) (?:(?:the|your|any|them|it|photos?|pics?|forms?|slips?|consent|reply|permission|booking) ){0,3}(?:over |across )?(?:straight |directly )?to (?:me(?: (?:on|at|via))?|my (?:personal|private|own|home) (?:e-?mail(?: address)?|address|number|mobile|phone|account|one|inbox)|my e-?mail(?: address)?(?=:?\\s*[\\w.+-]+@))',
  // "just ring my mobile 07700 …", "text my mobile tonight if you need to book"
  '(?:ring|call|text|phone|message|whats\\s?app) my (?:(?:personal|own) )?(?:mobile|number|phone|cell)',
  // "My number if the office lines are busy: …", "my mobile in case you need me"
  'my (?:(?:personal|own) )?(?:number|mobile) (?:if|in case)',
  // "Or catch me on messenger": a network named, so not "catch me at break"
  'catch me (?:on|via|over) (?:CHANNELS)',
  // "Ayaan's mum, I've replied, check your message requests": the writer's own network's inbox
  'check (?:your )?(?:message requests|messenger|dms|pms|other folder)',
  // "send me the forms", "send me your questions by DM", and the reader's own contact asked
  // for: "send me your number and I'll add you"
  // "send me a pic of your child's homework on WhatsApp", "text me your number"
  '(?:send|text|message|whats\\s?app|dm) me (?:the |your |a )?(?:forms?|slips?|photos?|pics?|pictures?|videos?|questions?|number|mobile|details)(?: (?:by|on|via) (?:CHANNELS))?',
  // "call any time", "text me anytime": an open line, beside the writer's number
  // "happy to chat anytime" after the number is the same open line
  '(?:call|ring|text|phone|message|chat) (?:me )?any\\s?time',
  "(?:i'?ll|ill|i will) add (?:you|u) to the (?:\\w+ )?(?:group|chat)",
  'add my number',
  // "my number's 07700 …", "my mobile is …": the writer's own number given out
  "my (?:(?:personal|mobile|own|home) )?(?:number|mobile|phone|whats\\s?app)(?:'s|\u2019s| is)(?=\\s*[+(]?\\d)",
  // "add my snap: coach_dazza", "add my insta for the match pics"
  'add my (?:snap(?:chat)?|insta(?:gram)?|tik\\s?tok|facebook|fb|whats\\s?app|number|discord|xbox|psn|roblox|fortnite)',
  // "my phone is always on", "my mobile's always on": an open line, like "call any time"
  "my (?:(?:personal|own) )?(?:number|mobile|phone)(?:'s|\u2019s| is) always on",
  // "please send any photos of the children at the farm to me on WhatsApp"
  '(?:send|email|e-mail|whats\\s?app|forward) (?:(?:the|your|any|some|all) )?(?:photos?|pics?|pictures?|videos?|forms?)(?: of (?:the |your )?[a-z]+)?(?: (?:at|from|on) the [a-z]+)? to me(?: (?:on|via) (?:CHANNELS))?',
  // "can write to me at …": a letter or email to the writer in person
  'write to me(?: (?:at|on|via))?',
  // "add me on Facebook", "message me on here", "just WhatsApp me", "DM me", "connect with me"
  // "voice note me on WhatsApp": a spoken message is a message
  // "just Facebook me", "WhatsApp me direct on my own number": a network named as the verb,
  // and a word of how between the verb and the channel
  '(?:add|follow|friend|find|message|msg|dm|pm|inbox|text|ping|snap|whats\\s?app|facebook|fb|messenger|facetime|voice\\s?note|vn|snapchat|contact|tag|reach|call|ring|phone|e-?mail|hit|connect with) me(?: up)?(?:(?: direct| directly| privately| here)? (?:on|via|over|through|in) (?:CHANNELS))?',
  // "pop round to mine Saturday", "come over to my house": the writer's own home offered
  '(?:pop|come|call|drop|nip) (?:round|over|by) (?:to )?(?:mine|my (?:house|place|flat|home))',
  // "get hold of me on 07700 …", "you can get hold of me at …"
  'get hold of me (?:on|at|via)',
  // "hmu on insta": chat's "hit me up"
  'hmu(?: (?:on|via|over) (?:CHANNELS))?',
  // "my snap is missjones_22", "my gamertag is …": a personal or game handle given out
  'my (?:snap(?:chat)?|insta(?:gram)?|tik\\s?tok|discord|xbox|psn|roblox|fortnite|epic|steam|minecraft|twitch|kik|youtube|yt)(?: (?:name|username|tag|id|handle|code))? (?:is|=)(?! (?:open|public|private|closed|locked|full|down|on|off|always|also|just|so|very|really|a|an|the|where|for|not)\\b)|my (?:gamertag|gamer\\s?tag|username|user name) (?:is|=)',
  // "drop me a friend request", "pop me a message on Insta", "send me a DM"
  // "give us a bell", "drop me a WhatsApp": "us" is the writer in speech
  '(?:drop|send|pop|shoot|fire|give|gie|ping|slide into) (?:me |us )?(?:an? |my )?(?:quick |private )?(?:message|msg|dm|dms|pm|text|e-?mail|whats\\s?app|snap|friend request|request|follow|line|shout|bell|buzz|ring|call)(?: (?:on|via|over|at|to) (?:CHANNELS))?',
  // "I'll DM you the details", "happy to message you on Facebook"
  "(?:i'?ll|i will|i can|happy to) (?:dm|pm|message|inbox|text|whats\\s?app|snap|add) (?:you|them)(?: (?:on|via|over) (?:CHANNELS))?",
  // "here's my personal number", "my personal mobile is"
  "(?:here'?s|here is|this is) my (?:personal )?(?:number|mobile|phone|whats\\s?app)|my personal (?:number|mobile|phone|e-?mail|whats\\s?app|facebook|insta(?:gram)?|account)",
  // "message me privately"
  '(?:message|msg|text|contact|email|e-mail) me (?:privately|directly|personally)',
  // "ring me on my own number", "email me at my private address" are in the CHANNELS above.
  // "my inbox is always open", "my DMs are open", "my insta is open if any mums want to chat"
  'my (?:(?:facebook|fb|insta(?:gram)?|snap(?:chat)?|whats\\s?app|tik\\s?tok|messenger|twitter|discord) )?(?:inbox|dms|messages|facebook|fb|insta(?:gram)?|snap(?:chat)?|whats\\s?app|tik\\s?tok|messenger|twitter|discord|server) (?:is|are) (?:always |also )?open',
  // "chat to me on WhatsApp", "get in touch on Facebook": a named channel makes it personal
  '(?:chat|talk|speak|reach out) (?:to|with) me (?:on|via|over) (?:CHANNELS)|get in touch(?: with me)? (?:on|via|over) (?:CHANNELS)',
  // "I'm on Facebook if any of you need me"
  // "I'm on Snapchat as missp_teaches": the handle given is the invitation
  // "I'm on insta @kay_teaches if you want to see what we've been up to"
  "(?:i'?m|i am) (?:always |also )?on (?:facebook|fb|insta(?:gram)?|snapchat|snap|whats\\s?app|messenger|tik\\s?tok|discord|roblox|xbox)(?: @[\\w.]+)? (?:if|as)",
  // "drop your numbers below and I'll make a group chat": the readers' numbers asked for
  '(?:drop|leave|send|pm|inbox) (?:me )?your (?:numbers?|mobiles?|mobile numbers?|phone numbers?)(?: below| here| in the comments)?',
  // "happy to accept friend requests", "send me a request and I'll accept"
  '(?:accept|accepting|approve) (?:any |your |all )?friend requests?',
  // "follow my insta"
  // "follow my page @coach_dee on insta": the handle and the network are part of it
  'follow my (?:[a-z]+ )?(?:insta(?:gram)?|tik\\s?tok|facebook|fb|page|snap(?:chat)?|twitter|account)(?: @[\\w.]+)?(?: on (?:CHANNELS))?',
  // "a private Facebook group for my parents", "add you to our class WhatsApp"
  '(?:private|closed|secret|class|parents?) (?:facebook|fb|whats\\s?app|snapchat|insta(?:gram)?)(?: (?:group|chat|page))?',
  '(?:join|request to join) (?:my|our) (?:private |class )?(?:facebook|fb|whats\\s?app|snapchat) (?:[a-z]+ )?(?:group|chat|page)',
  'add you to (?:our|my|the) (?:class )?(?:whats\\s?app|facebook|fb|snapchat)',
];

/** The invitation is aimed at pupils or their families. */
export const AUDIENCE_FAMILIES =
  '\\b(?:parents?|mums?|mommies|mummies|dads?|daddies|famil(?:y|ies)|carers?|grown[-\\s]?ups|guardians?|pupils?|students?|my class|class parents|(?:my )?(?:tutor|form) (?:group|class)|my form|(?:my|our) (?:reception|nursery)(?: class)?|(?:year|yr|y)\\s?\\d{1,2}s?|(?:your|ur|yr) (?:child|children|little ones?|kids?|son|daughter|teens?|teenagers?)|whose (?:child|kid|son|daughter)|new parents|mams?|my (?:little )?(?:learners|kids at school)|(?:my|any) (?:[7-9]|1[0-3])s)\\b';

/**
 * Pupils called on directly: "Kids, follow me on…", "find me on TikTok kids!".
 * Not "my kids," or "the kids loved it": a vocative stands after a greeting or
 * a channel's name, or before a comma or "!", with no determiner before it.
 */
export const CALLED_PUPILS =
  "(?<!\\b(?:my|the|our|your|their|his|her|of|with|for|own|and|all)\\s)\\b(?:kids|children|boys and girls)\\s*[,!]|\\b(?:hey|hi|hello|ok|okay|right|come on|facebook|fb|insta(?:gram)?|tik\\s?tok|snap(?:chat)?|whats\\s?app|here) (?:kids|children|boys and girls)\\b(?!['\u2019])";

/** The invitation names a personal social network outright ("add me on Snapchat"). */
export const NAMED_SOCIAL =
  '\\b(?:facebook|fb|insta(?:gram)?|snapchat|snap|whats\\s?app|tik\\s?tok|messenger|on here|my (?:page|account|profile)|dms?|pms?|inbox|discord|xbox|psn|playstation|roblox|fortnite|minecraft|steam|twitch|kik|gamertag|username|hmu)\\b';

/** Invitations that make a personal connection whoever reads them: friending, adding, joining a group. */
export const PERSONAL_CONNECTION =
  '^(?:add me on|add my\\s|(?:accept|accepting|approve)\\b|(?:drop|send|pop|give) (?:me )?(?:a )?friend|add you to|(?:private|closed|secret|class|parents?)\\s|(?:join|request))';

/** A request to use a channel the writer calls their own ("text me on my personal mobile"):
 * personal contact whatever the audience. A bare "my personal email is ..." asks nothing. */
export const OWN_CHANNEL = '^(?!my\\s|here|this\\s).*\\bmy (?:personal|private|own|home)\\s';

/** The readers addressed as families outright ("if you're a parent", "any carers who..."):
 * that outweighs words that usually mean colleagues ("tips"). Not "a parent too". */
export const FAMILIES_ADDRESSED =
  "^\\s*(?:(?:hi|hello|hey|dear|calling all) )?(?:(?!(?:fellow|other)\\s)[a-z0-9/]+ ){0,2}(?:parents|families|mums|dads|carers|mams|pupils)\\s*[,!:\u2013\u2014-]|\\bif you(?:'|\u2019)?re (?:a )?(?:parent|carer|mum|dad|guardian|pupil|student)s?\\b(?! (?:too|as well|yourself|teachers?|nurses?|doctors?|midwi(?:fe|ves)|social workers?|governors?))|\\bif you are (?:a )?(?:parent|carer|mum|dad|guardian|pupil|student)s?\\b(?! (?:too|as well|yourself|teachers?|nurses?|doctors?|midwi(?:fe|ves)|social workers?|governors?))|\\bany (?:of )?(?:(?:my|our|the|you) )?(?:[a-z0-9/]+ ){0,2}(?:parents|carers|families|mums|mams|dads)(?: (?:from|at|in) (?:the )?(?:school|nursery|pre-?school|class))? (?:who|wanting|needing|that|want|wants|need|needs)\\b|\\banyone (?:from|at) (?:(?:the|our) )?(?:school|nursery|pre-?school) (?:who|wanting|needing|that)\\b|\\b(?:parents|carers|families|mums|mams|dads)(?: [a-z]+){0,4} (?:are|is) (?:also |always |very |more than |most )?welcome to\\b";

/** After a channel's name opening a line, a label ("Parent WhatsApp: Hi ..."): it names the
 * channel, invites no one. Not "Add me on Facebook: jo.smith", nor "Join our class WhatsApp:". */
export const LABEL_AFTER = '^\\s*[:|>]';

/** What a teacher would send through the channel: school photos, videos, work. */
export const SCHOOL_OFFER =
  '\\b(?:send|share|pass) (?:you|u|them|it)\\b|\\b(?:forms?|reply slips?|permission slips?|dinner money|login)\\b|\\b(?:the|class|trip|sports day|nativity|assembly|school|match|team|game|concert|show|tournament|performance) (?:photos?|pics?|pictures|videos?)\\b|\\b(?:revision|revising|homework)\\b|\\b(?:photos?|pics?|pictures|videos?) of (?:the |your |our )?(?:children|kids|class|pupils|little ones)\\b';

/** The invitation is aimed at colleagues, strangers or customers, or the writer is a parent. */
export const OTHER_AUDIENCE =
  "\\b(?:comment \\S+ (?:below )?(?:and|&) (?:i'?ll|i will)|colleagues?|fellow|staff|(?<!revision\\s)tips|resources|planning|recommend(?:ations?)?|student teachers?|anyone (?:else )?teaching|who teach(?:es)?|edu\\s?twitter|teacher\\s?twitter|deputies|deputy heads|school leaders|subject leads?|other (?:teachers|parents|mums|dads)|teachers|staff\\s*room|(?<!#)(?:ects?|nqts?|sencos?|tas)|headteachers|heads|trainees|followers|anyone (?:selling|interested|local)|if (?:you(?:'re| are) )?interested|recipe|orders?|commissions?|small business|etsy|(?<!charity\\s)shop|as a (?:parent|mum|dad)|neighbou?rs|residents|any (?:other )?(?:schools|nurseries|settings|clubs|businesses|teachers|practitioners|colleagues)|(?:share|sharing) (?:our|my|the) (?:[\\w-]+ ){0,3}(?:pack|resources?|templates?|slides|worksheets?|powerpoints?|planning)|my (?:son|daughter|son's|daughter's|boy|girl)|our (?:son|daughter))\\b";

/** Colleagues asked for something ("anyone got tips for…"): other readers unless the line names
 * something families do for school ("Anyone got a gazebo we could borrow for sports day? Give me
 * a ring on …"). */
export const ASKING_ANYONE = '\\banyone (?:got|know|have)\\b';

/** Official channels: a direction to these is what the policy asks for. */
export const OFFICIAL_CHANNELS =
  "\\b(?:(?:school|the) office|(?<!\\bmy\\s)office|school e-?mail|school app|class\\s?dojo|dojo|seesaw|tapestry|parentmail|arbor|school website|school(?:'s)? (?:facebook )?page|official)\\b";

/**
 * A subject before the verb makes it a statement, not an invitation: "they
 * message me all day", "the parents message me". A bare "parents" is more
 * often a call ("parents drop me a friend request"), so a noun counts only
 * after a determiner.
 */
export const STATEMENT_SUBJECT_BEFORE =
  '(?:\\b(?:they|he|she|who|someone|somebody|everyone|everybody|nobody|people)|(?:\\b(?:the|some|many|most|all|these|those|my|our|his|her|their|few|several|two|three|four|five|had|have|has|get|got|keep|keeps|of)|\\d) (?:[a-z]+ )?(?:parents|mums|dads|families|pupils|students|kids|children))(?: (?:can|could|will|would|might|may|should|just|always|still|often))? $';

/** What already happens, not an invitation: "parents keep messaging me on my personal
 * Facebook", "people have been texting me on my own number". */
export const HAPPENING_BEFORE =
  '\\b[a-z]+(?:ing|ed) me (?:on|via|over|through|at) $|\\b(?:asked|asks|asking|requested|wanted|wants) (?:me )?for $|\\b(?:messaging|messaged|texting|texted|calling|ringing|emailing|emailed|following|followed|found|finding|adding|added) $';

/** A refusal before the invitation: "please don't message me on Facebook". */
export const NEGATION_BEFORE =
  "\\b(?:(?:don'?t|don\u2019t|do not|never|not|can'?t|cannot|won'?t|shouldn'?t|no need to) (?:[a-z]+ )?|(?:not|never) (?:welcome|allowed|permitted|meant|supposed) to )$";

/** Families told to use the writer when they need them: "if any of the class parents need
 * to get hold of me", "Parents, if you need me". Counts only beside a personal number. */
export const IF_FAMILIES_NEED_ME =
  '\\bif (?:any of )?(?:the |my |our )?(?:[a-z]+ )?(?:parents?|families|mums|mams|dads|carers|you|u) (?:ever |still )?need (?:(?:to (?:get hold of|reach|contact|speak to|talk to|call|ring|text) )?me|anything)\\b';

/** The writer's own number or mobile given in the same line. */
export const OWN_NUMBER_GIVEN =
  '\\bmy (?:(?:personal|private|own|home) )?(?:number|mobile|phone|whats\\s?app)\\b|\\bmy (?:personal|private) (?:one )?is\\b';

/** Somewhere in school after "find me", "grab me": a word in person, not a channel
 * ("come and find me at break in C12", "grab me at pick-up"). */
export const IN_PERSON_AFTER =
  '^ (?:at (?:break|lunch(?:time)?|the gates?|the door|pick[-\\s]?up|drop[-\\s]?off|registration)|in (?:room \\w+|the (?:office|library|classroom|hall|staff\\s?room|department)|lessons?|class|school|[a-z]?\\d{1,3}\\b))';

/** Children's classes and year codes beside a personal number make it about school:
 * "P3-P7 club, any questions text me on …", "S2 parents". */
export const CLASS_CODE = '\\b(?:P[1-7]|S[1-6]|Y(?:ear|r)?\\s?\\d{1,2})s?\\b';

/** Things families do for school that a writer's own number is given out for: helping at the
 * book fair, buying disco tickets, sending in things for the nursery, reaching the writer out
 * of hours ("Book fair helpers wanted, text me on 07700 …"; "if anyone needs me after hours
 * for the hamper list, text 07700 …"). A fair or a sponsored run alone is not enough: a
 * parent governor's "Christmas fair rota" and a teacher's half-marathon sponsors are friends'
 * business as often as families'. */
export const SCHOOL_EVENT =
  "\\b(?:book\\s?fair|(?:school|class|christmas|halloween|valentines?|summer|year\\s?\\d) disco|disco tickets?|the (?:school )?disco|sports day|nativity|(?:christmas|summer|spring|end of year|leavers'?) (?:play|show|concert|assembly|party)|carol (?:service|concert)|class assembly|harvest festival|leavers'? hoodies?|non[-\\s]uniform|parents'?\\s?evening|school (?:fair|fete|f\u00eate|play|show|run|uniform)|bake sale|cake sale|after[-\\s]school club|breakfast club|holiday club|wrap[-\\s]?around|pre[-\\s]?school|playgroup|mud kitchen|(?:after|out of) hours|outside (?:school|work|office) hours|bring (?:them|it|these|those) in(?: (?:to|for) (?:school|nursery|class))?)\\b";

/** A channel verb standing alone before the writer's own number or address, joined to an
 * invitation already made: "message me on here, or text 07700 …", "DM me, and email
 * jo@example.com". The number or address after it is the channel. "or ring me on 07700 …" is an
 * invitation of its own. */
export const ALSO_CHANNEL_BEFORE =
  '(?:^|[\\s,(])(?:or|and|&) (?:just )?(?:text|call|ring|phone|e-?mail|whats\\s?app|message|msg)(?: (?:on|at))?\\s*$';

/** Other readers too, kept apart from OTHER_AUDIENCE so neither expression grows long: employers
 * ("any school with a vacancy, email me at …" asks for a job; "Employers: if you can host a Y10
 * student, contact me"), old friends and reunions ("class of '98? add me"), and anyone who saw
 * a lost pet or lost keys ("has anyone seen a grey whippet? ring me"), even when a pupil's
 * family owns it. */
export const OTHER_OCCASION =
  "\\b(?:vacanc(?:y|ies)|hiring|recruit(?:ers?|ing|ment)|(?:my )?next (?:role|post|job)|my cv|job offers?|any schools? (?:with|hiring|looking|needing|recruiting)|employers?|(?:old|school|uni|college) friends|friends and family|old colleagues|reunion|class of '?\\d{2,4}|(?:lost|missing|found|seen) (?:a |an |our |my |his |her |the |this )?(?:[a-z]+ )?(?:dog|cat|puppy|kitten|spaniel|terrier|labrador|collie|retriever|poodle|cockapoo|whippet|greyhound|lurcher|rabbit|tortoise|parrot|budgie|keys|wallet|purse))\\b";

/** The official channel set aside: hard to reach, closed, slower or too small for what is
 * sent ("if you can't get through to the office", "rather than ringing the office", "the
 * office lines are busy", "too big for Tapestry"). Whoever would use the office is a family,
 * so a personal channel offered instead is offered to families; the office named this way is
 * no direction to it. Not "ring me, not the office" alone, which a colleague's rota says too. */
export const OFFICIAL_SET_ASIDE = [
  // "if you can't get through to the office", "can't get hold of anyone in the office"
  "\\b(?:can'?t|cannot|can not|couldn'?t) get (?:through|an answer) (?:to|on|at|from) (?:the )?(?:school )?(?:office|main line|main number|switchboard|reception)",
  "\\b(?:can'?t|cannot|couldn'?t) get hold of (?:anyone|anybody|someone) (?:in|at|on) (?:the )?(?:school )?(?:office|main line|reception)",
  // "if nobody picks up at the office"
  '\\b(?:nobody|no one|no-one) (?:picks up|answers) (?:at |in )?(?:the )?(?:school )?(?:office|main line|phone|reception)',
  // "rather than ringing the office", "don't bother ringing the office"
  "\\b(?:rather than|instead of|don'?t bother|no need to bother) (?:ringing|calling|phoning|emailing|messaging|contacting|trying) (?:the )?(?:school )?(?:office|main line|reception)",
  // "the office lines are busy", "the office phone just rings out", "phones at school are down",
  // "the school email is playing up", "the app isn't working"
  "\\b(?:(?:office|main|school) (?:lines?|phones?|e-?mails?|app|system)|phones? (?:at|in) school|the app|parentmail|(?:class\\s?)?dojo|seesaw|tapestry) (?:(?:is|are|'s|keeps?) (?:busy|closed|down|engaged|playing up|not working|broken|off)|isn'?t working|aren'?t working|(?:just )?rings? out)",
  // "the office has gone home", "the office shuts at 3.30"
  "\\bthe (?:school )?office (?:has|have|is|are|'s|shuts|closes) (?:gone home|closed|shut|at)",
  '\\btoo (?:big|large) for (?:tapestry|seesaw|class\\s?dojo|dojo|parentmail|the (?:school )?app)',
  '\\b(?:club|school|class) phone is (?:in|at) the office',
].join('|');
