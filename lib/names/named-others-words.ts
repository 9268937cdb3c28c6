// Word lists and patterns the name rules for named non-pupils read (data, with ids): the
// writer's friends, events and schools named after people, shows on a channel, books of the
// Bible, places of a people, adults from visiting services, famous people's fields. They ship
// in data/checker-data.json with the other non-pupil lists (non-pupil-data.ts), not inside
// background.js; the rules read them through non-pupil-lists.ts, and without them stay
// quiet about nothing (recall first).

/** Lists by id: lower-case words. */
export const NAMED_OTHERS_LISTS: Readonly<Record<string, readonly string[]>> = {
  /** The writer's friends and neighbours: "my mate Jo". */
  'friend-nouns': 'friend mate pal bestie buddy bezzie neighbour neighbor housemate flatmate'.split(
    ' ',
  ),
  /** Words that make a "friend" a child the writer looks after: "my little friend". */
  'friend-child-words': 'little wee young tiny lil new small youngest'.split(' '),
  /** What makes a friend the writer's own from long ago: "an old college pal". */
  'friend-old-words':
    'old oldest best dear uni university college school childhood work gym running'.split(' '),
  /** Words naming a school before its name: "Ysgol Glan Alaw", "Gaelscoil Éanna". */
  'school-words-before': 'ysgol coleg gaelscoil scoil bunscoil sgoil'.split(' '),
  /** Before "of" after "the": the people, holy houses and land of a place ("the nuns of Whitby"). */
  'place-people-of':
    'monks nuns saints abbey monastery priory island isle islands islanders people kingdom shores coast beaches hills streets town city village county clans'.split(
      ' ',
    ),
  /** What a firm named after its family sells or is: "Pascoe's Garage", "Kerr's shortbread". */
  'firm-nouns':
    'garage bakery butchers cafe caf\u00e9 dairy farm shop stores motors pharmacy chippy coaches kitchen soup beans ice crisps biscuits pies pasties fudge van custard shortbread teacakes crackers oatcakes jam marmalade mustard sauce gravy cereal porridge gin whisky ale cider removals taxis buses solicitors funeral'.split(
      ' ',
    ),
  /** Books of the Bible named after a person who is also a given name. */
  'bible-books':
    'matthew mark luke john ruth esther daniel job jonah isaiah jeremiah ezekiel hosea joel amos micah nahum malachi zechariah samuel james peter jude timothy titus philemon'.split(
      ' ',
    ),
  /** Titles of figures of faith, history and story: "St David", "King Arthur". */
  'figure-titles': 'saint st king queen prince princess pope lord lady'.split(' '),
  /** Held in someone's name, in lower case too: "a Kerr supper", "Kerr week". */
  'event-after':
    'night supper week festival ceilidh lecture memorial centenary anniversary celebrations'.split(
      ' ',
    ),
  /** Held or awarded in someone's name, with a capital: "Darwin Day", "the Holland Trophy". */
  'event-after-capitalised':
    'day weekend fair fete gala trophy cup shield prize award medal trail walk concert celebration festival games'.split(
      ' ',
    ),
  /** Common nouns that are also names, which the English word list lacks: "the old kirk", "her teddy". */
  'name-nouns': 'kirk glen brae burn ben loch firth cob bap teddy dolly kitty bunny'.split(' '),
  /** Given names that are also countries, states and cities: "Amman, Jordan". */
  'place-named-words':
    'georgia jordan chad india kenya israel china paris florence sydney victoria adelaide preston lincoln devon kent austin dallas brooklyn orlando phoenix milan madison savannah dakota carolina virginia jersey skye chelsea lima sierra asia africa america holland'.split(
      ' ',
    ),
  /** Read as TRAVEL_TO (non-person-words.ts says what it is). */
  'travel-to':
    'sail sailed sailing ferry ferries boat cruise cruised hike hiked hiking cycle cycled cycling drive drove driving trip trips holiday holidays flight flights flew journey voyage excursion expedition pilgrimage outing'.split(
      ' ',
    ),
  /** Read as EPONYM_NOUNS (non-person-words.ts says what it is). */
  'eponym-nouns':
    'law laws theory theorem principle equation equations constant paradox effect rule conjecture method experiment cycle scale syndrome disease'.split(
      ' ',
    ),
  /** Read as VEHICLES_TO (non-person-words.ts says what it is). */
  'vehicles-to':
    'minibus minibuses bus buses coach coaches train trains tram trams taxi taxis ferry bridge road path route tunnel'.split(
      ' ',
    ),
  /** Read as LANDSCAPE_VERBS (non-person-words.ts says what it is). */
  'landscape-verbs': 'hiked hiking climbed climbing summited bagged scaled ascended'.split(' '),
  /** Read as GROUND_VERBS (non-person-words.ts says what it is). */
  'ground-verbs':
    'walk walked walking hike hiked hiking climb climbed climbing cycle cycled cycling run ran running scramble scrambled trek trekked'.split(
      ' ',
    ),
  /** Read as GROUND_PREPOSITIONS (non-person-words.ts says what it is). */
  'ground-prepositions': 'up round around over'.split(' '),
  /** Read as CHARACTER_NOUNS (non-person-words.ts says what it is). */
  'character-nouns':
    'carrot sprout potato pea banana apple egg dog cat hamster rabbit bunny mouse guinea pig frog toad snail worm caterpillar butterfly ladybird spider tortoise turtle fish goldfish bear teddy elf reindeer snowman dragon dinosaur unicorn robot tank engine train tractor bus car monkey lion tiger penguin owl fox duck goose hen chicken cow sheep lamb goat horse pony donkey gnome troll giant seagull gull pigeon squirrel hedgehog badger magpie crow heron deer swan'.split(
      ' ',
    ),
  /** Read as STORY_FIGURES (non-person-words.ts says what it is). */
  'story-figures':
    'adam eve cain abel noah abraham isaac jacob esau joseph moses aaron samson delilah samuel david goliath solomon daniel jonah mary gabriel jesus adda efa noa abram joseff dafydd jona mair iesu ioan pedr elijah elisha ruth esther ibrahim ismail yusuf musa nuh yunus maryam boaz naomi jeremiah ezekiel nehemiah zacchaeus lazarus'.split(
      ' ',
    ),
  /** Read as BUILDING_NOUNS (non-person-words.ts says what it is). */
  'building-nouns':
    'building buildings centre center hall museum gallery library monument statue bridge tower street road park institute theatre trail memorial church chapel site campus station market bank towpath airport stadium estate'.split(
      ' ',
    ),
  /** Read as PLACE_KINDS (rules/places.ts says what it is). */
  'place-kinds': 'river isle island loch lough lake mount mt cape fort'.split(' '),
  /** Read as PLACE_KINDS_OF (rules/places.ts says what it is). */
  'place-kinds-of': 'isle island isles vale port firth sound kyle bay'.split(' '),
  /** Read as TOWN_OF (rules/places.ts says what it is). */
  'town-of': 'bishop diocese mayor duke earl university borough county battle'.split(' '),
  /** Read as EVENTS (rules/places.ts says what it is). */
  events:
    'gala swimming match final semi-final semi quarter-final fixture fixtures tournament festival competition race meet cross-country show concert championships trials'.split(
      ' ',
    ),
  /** Read as SEASON_BEFORE (score.ts says what it is). */
  'season-before':
    'about until till during through throughout this last next every early late mid'.split(' '),
  /** Read as PARTICLES (rules/other-person.ts says what it is). */
  particles:
    'al el bin ibn bint van von der den de da di du le la ap ab ferch fab ben y del dos das'.split(
      ' ',
    ),
  /** Read as FOREIGN_FAMILY (rules/family.ts says what it is). */
  'foreign-family':
    'corka coreczka syn synek wnuczka wnuk dzieci filho filha filhos filhas sobrinho sobrinha sobrinhos sobrinhas neto neta hijo hija hijos hijas sobrino sobrina'.split(
      ' ',
    ),
  /** Read as KIN_WORDS (rules/family.ts says what it is). */
  'kin-words':
    'nana nanna nan nanny gran granny grandma grandad grandpa gramps mama mamma mam papa pops da dada baba nain taid'.split(
      ' ',
    ),
  /** Read as GRANDCHILDREN (rules/family.ts says what it is). */
  grandchildren:
    'grandkids grandkid grandchildren grandchild grandsons grandson granddaughters granddaughter grandbabies'.split(
      ' ',
    ),
  /** Read as VIRTUES (rules/faith-words.ts says what it is). */
  virtues:
    'faith hope charity love joy peace patience prudence justice fortitude temperance mercy kindness honesty humility courage wisdom'.split(
      ' ',
    ),
  /** Read as WELSH_BEFORE (welsh-words.ts says what it is). */
  'welsh-before':
    'y yr r toriad dyn pel p\u00eal peli gwyliau tymor diwrnod bore noson nos canol dydd gwisg dysgu canu chwarae gweld dim llawer mwy gormod heb ond fel blodyn blodau coeden mewn'.split(
      ' ',
    ),
  /** Read as WELSH_AFTER (welsh-words.ts says what it is). */
  'welsh-after':
    'y yr braf newydd werin gwerin hyfryd oer poeth trwm cynnar heddiw mawr fawr gwyn wen ddoe yfory eto'.split(
      ' ',
    ),
  /** Read as OTHER_PERSON_TITLES (rule-words.ts says what it is). */
  'other-person-titles':
    'prince princess king queen lord lady dame saint st uncle auntie aunt aunty nanny grandma grandpa granny captain professor pope president chancellor sergeant officer father mother brother sister nephew niece cousin grandson granddaughter pc pcso sgt insp inspector constable cllr councillor'.split(
      ' ',
    ),
  /** Read as THING_NOUNS_AFTER (context-words.ts says what it is). */
  'thing-nouns-after':
    'flower flowers garden gardens bush bushes bulb bulbs seed seeds petal petals leaf leaves plant plants bed beds tree trees hedge hedges vine vines bouquet bouquets pot pots tea oil perfume wallpaper print pattern service services singing singers concert carols'.split(
      ' ',
    ),
  /** Read as THING_VERBS (context-words.ts says what it is). */
  'thing-verbs':
    'grow grows growing grew grown bloom blooms blooming bloomed flower flowers flowering flowered blossom blossoms blossoming wilt wilts wilting wilted climbs climbing spreads spreading smells'.split(
      ' ',
    ),
  /** Read as PLACE_WORDS_BEFORE (context-words.ts says what it is). */
  'place-words-before': 'in from visit visiting visited near across around via'.split(' '),
  /** Read as WELSH_NAME_WORDS (welsh-words.ts): names that are Welsh words, eira (snow), haf (summer), alaw (tune), gwawr (dawn), heulwen (sunshine), seren (star), tegan (toy), awel (breeze), enfys (rainbow), eirlys (snowdrop), briallen (primrose), hedd (peace), afon (river), awen (muse), llew (lion), celyn (holly), derwen (oak), grug (heather), gwyn (white), bryn (hill), glyn (valley), mai (May), angen (need). */
  'welsh-name-words':
    'eira haf alaw gwawr heulwen seren tegan awel enfys eirlys briallen hedd afon awen llew celyn derwen grug gwyn bryn glyn mai angen'.split(
      ' ',
    ),
};

/** Patterns by id, as the non-pupil lists hold them: `pattern/…`, one source each (the rules give
 * the flags). */
export const NAMED_OTHERS_PATTERNS: Readonly<Record<string, readonly string[]>> = {
  /** After a show's title: "on S4C", "on CBeebies" (case tells: "on Prime"). */
  'pattern/channel-after': [
    String.raw`^[ \t]+on[ \t]+(?:S4C|Cyw|Stwnsh|CBeebies|CBBC|BBC(?:[ \t]+(?:One|Two|Three|Four|Alba|iPlayer))?|iPlayer|ITV\d?|ITVX|Channel[ \t]+[45]|Milkshake|Nick[ \t]+Jr|Nickelodeon|Disney\+?|Netflix|Prime|YouTube|TG4|C[úu]la4|Sky[ \t]+(?:Kids|One|Atlantic)|Now[ \t]+TV|E4)\b`,
  ],
  /** After a name, the rest of a school's: "Kerr Academy", "Holland Park Primary". */
  'pattern/school-after': [
    String.raw`^[ \t]+(?:(?:C of E|CE|CofE|RC|Catholic|Church|Methodist|Community|Park|Green|Road|Hill|Street|Lane|Grange|Valley|Vale)[ \t]+){0,2}(?:Primary|Academy|College|Collegiate|Grammar|High[ \t]+School|Infants?|Juniors?|Comprehensive|School)\b`,
  ],
  /** Any word of a school's name or a fixture in the text. */
  'pattern/school-or-match': [
    String.raw`\b(?:ysgol|coleg|gaelscoil|scoil|bunscoil|sgoil|primary|academy|college|collegiate|grammar|high|infants?|juniors?|comprehensive|school|v|vs|versus)\b`,
  ],
  /** Words that call a named creature a pet: "that dog", "walkies". */
  'pattern/pet-later': [
    String.raw`\b(?:(?:that|this|the|our|my|daft|silly|naughty|soppy|old)[ \t]+(?:dog|cat|puppy|pup|kitten|pooch|moggy|hound|pony|horse|rabbit|bunny|hamster)|walkies|(?:at|to|from) the vets?)\b`,
  ],
  /** Words of a journey or a holiday. */
  'pattern/travel-context': [
    String.raw`\b(?:booked|holiday|hols|flights?|flew|flying|trip|travel(?:led|ling)?|visit(?:ed|ing)?|tips|city break|hotel|airport|passport|half[- ]term|honeymoon|backpacking|road trip)\b`,
  ],
  /** "the Gospel of", "the Book of", "according to". */
  'pattern/book-of-before': [
    String.raw`\b(?:gospels?|book|letters?|epistles?|according)[ \t]+(?:of|to)[ \t]+(?:st\.?[ \t]+|saint[ \t]+)?$`,
  ],
  /** "'s Gospel", "'s account of". */
  'pattern/gospel-after': [String.raw`^['’]s[ \t]+(?:gospel|account of)\b`],
  /** An adult organisation, service or role after "from": "Jo from HR", "Sam from the music service" (case tells: "IT", "Year"). */
  'pattern/adult-affiliation-after': [
    String.raw`^[ \t]+from (?:the |our |my |their |a |an )?(?:(?!(?:[Yy]ear|[Cc]lass|[Rr]eception|[Nn]ursery)\b)[\p{L}-]+ ){0,2}?(?:(?:HR|PTA|PTFA|LA|IT|MAT|DfE|NHS|HMRC|SLT|NEU|NASUWT|Ofsted|OFSTED|CAMHS|SALT|NSPCC|RSPCA|RSPB|RNLI|YMCA|BBC|ITV|S4C)\b|(?:[Ss]peech (?:and|&) [Ll]anguage|[Oo]ccupational [Tt]herapy|[Pp]hysio(?:therapy)?|OT|EPS?|[Ee]d(?:ucational)? [Pp]sych(?:ology)?|[Oo]utreach|[Ii]nclusion|[Ss]ensory|[Aa]utism|[Ee]arly [Hh]elp|[Ff]amily [Ss]upport|[Ss]afeguarding|[Aa]ttendance|[Bb]ehaviour [Ss]upport|[Ss]ocial [Cc]are|[Ss]chool [Nn]urs(?:e|ing)|[Hh]ealth [Vv]isiting|[Cc]atering|[Tt]ech|[Ee]states?|[Pp]remises|[Tt]ransport|[Aa]dmissions|[Mm]usic|[Yy]outh|[Ff]ire|[Aa]mbulance) (?:[Tt]eam|[Ss]ervices?)\b|[Mm]enter [Ii]aith|[Mm]udiad [Mm]eithrin|[Uu]rdd\b|[Bb]arnardo['’]s|[Oo]xfam|[Aa]ge UK|[Ss]ustrans|[Bb]ikeability|(?:[Aa]gency|[Tt]rust|[Cc]ouncil|[Ll]ocal [Aa]uthority|[Oo]ffice|[Bb]ank|[Gg]arage|[Uu]nion|[Dd]iocese|[Gg]overnors|[Gg]overning body|[Pp]ayroll|[Ff]inance|[Aa]dmin|[Ss]urgery|[Pp]harmacy|[Hh]ospital|[Ww]ork|[Uu]ni|[Uu]niversity|[Gg]ym|[Ss]alon|[Cc]hurch|[Cc]hoir|[Bb]ook club|[Ee]state agents?|[Ii]nsurance|[Ee]nergy company|[Hh]elpdesk|[Hh]elp desk|[Ss]upport desk|[Cc]af[eé]|[Ss]hop|[Cc]ommittee|[Cc]harity|[Pp]arish|[Mm]osque|[Gg]urdwara|[Tt]emple|[Ss]ynagogue|[Mm]useum|[Ll]ibrary|[Pp]olice|[Cc]ompany|[Ff]irm|[Cc]entre|[Ff]oundation|[Aa]ssociation|[Ss]ociety|[Cc]linic|[Hh]ealth [Bb]oard)(?![\p{L}\d_]))`,
  ],
  /** The words that make a piece about this field (rules/famous-people.ts). */
  'pattern/famous-field/football': [
    String.raw`\b(?:footballers?|premier league|prem|champions league|world cup|euros|fa cup|england|lionesses|three lions|arsenal|gunners|chelsea|spurs|tottenham|liverpool|everton|man (?:city|united|utd)|west ham|irons|hammers|villa|newcastle|toon|leicester|foxes|forest|wolves|palace|eagles|brighton|fulham|brentford|bournemouth|celtic|rangers|wrexham|last night|on (?:the )?(?:telly|tv)|match of the day|motd|sky sports|fantasy|fpl|watching|transfer|ballon d['’]or|screamer)\b|🦊`,
  ],
  /** The words that make a piece about this field (rules/famous-people.ts). */
  'pattern/famous-field/music': [
    String.raw`\b(?:songs?|album|singer|band|gig|concert|tour(?:ing|s)?|full volume|on repeat|radio|headphones|listening|listened|playlist|spotify|rapper|rap|lyrics|track|tune|hymns?|sang|sing|singing|anthem|choir|composer|symphony|trebles|orchestra|concerto|requiem|oratorio)\b`,
  ],
  /** The words that make a piece about this field (rules/famous-people.ts). */
  'pattern/famous-field/art': [
    String.raw`\b(?:art|artists?|painting|painted|paint|paintings|mural|graffiti|gallery|exhibition|sculptures?|portrait|sketch|chalked|canvas|in the style of|prints?)\b`,
  ],
  /** The words that make a piece about this field (rules/famous-people.ts). */
  'pattern/famous-field/writing': [
    String.raw`\b(?:poems?|poets?|poetry|wrote|writer|author|novel|novella|sonnets?|verse|stanzas?|quote|quotes|playwright)\b`,
  ],
  /** The words that make a piece about this field (rules/famous-people.ts). */
  'pattern/famous-field/history': [
    String.raw`\b(?:history|historical|historians?|war|ww[12i]+|world war|prime minister|the crown|parliament|empire|victorians?|tudors?|battle|speech|century|invented|discovered|theory|scientists?|engineer|nurse|suffragettes?|votes for women|evolution|gravity|relativity|radium)\b`,
  ],
  /** The words that make a piece about this field (rules/famous-people.ts). */
  'pattern/famous-field/books': [
    String.raw`\b(?:read|reading|reader|book|books|chapter|novel|author|story|stories|library|class book)\b`,
  ],
  /** The words that make a piece about this field (rules/famous-people.ts). */
  'pattern/famous-field/screen': [
    String.raw`\b(?:films?|movies?|cinema|disney|pixar|netflix|prime video|iplayer|marathon|endgame|avengers|superheroes?|film club|trailer|sequel|watched|watching|watch|telly|tv|series|episode|cartoon)\b`,
  ],
  /** Read as BUSINESS_AFTER (non-person-words.ts says what it is). */
  'pattern/business-after': [
    String.raw`^(?:['’]s)?[ \t]*(?:&|and)[ \t]+(?:Sons?|Daughters?|Co|Partners)\b|^[ \t]+(?:Ltd|Limited|plc|PLC|LLP|Bros|Inc)\b`,
  ],
  /** Read as TITLE_AFTER (non-person-words.ts says what it is). */
  'pattern/title-after': [
    String.raw`^[ \t]+and (?:the|his|her|their) (?!(?:Year|Class|Reception|Nursery|P\d)\b)\p{Lu}\p{Ll}+ (?!(?:Year|Class|Team|Group)\b)\p{Lu}\p{Ll}+`,
  ],
  /** Read as STORY_CONTEXT (non-person-words.ts says what it is). */
  'pattern/story-context': [
    String.raw`\b(?:[Nn]ativity|[Ss]tori|[Bb]eibl|[Gg]eni|[Bb]ible|[Bb]iblical|RE|[Oo]ld [Tt]estament|[Nn]ew [Tt]estament|[Mm]anger|Bethlehem|[Aa]rk|lions['’]? den|[Ww]hale|Eden|Red Sea|[Pp]arable|[Ss]hepherds|[Ww]ise [Mm]en|Kaaba|[Cc]ovenant|Mount Carmel|[Pp]rophets?|[Ss]tory of|[Ss]unday readings?|[Ss]cripture|[Gg]ospel|[Ss]ermon|[Pp]salms?|[Vv]icarage|Abrahamic|Christianity|Islam|Judaism|Qur['’]?an|Torah)\b`,
  ],
  /** Read as HOUSE_CONTEXT (non-person-words.ts says what it is). */
  'pattern/house-context': [
    String.raw`\b(?:houses?|tŷ|teams?|points|standings|league table|sports day|gala)\b`,
  ],
  /** Read as STORY_WORDS (non-person-words.ts says what it is). */
  'pattern/story-words': [
    String.raw`\b(?:book|books|novel|story|stories|character|characters|chapter|film|movie|series|episode|author|read|reading|reread|book club|audiobook|play|musical|panto|pantomime|tale|tales|legends?|myths?|sagas?|folk ?tales?|fairy ?tales?|Mabinogi(?:on)?)\b`,
  ],
  /** Read as MASCOT_AFTER (non-person-words.ts says what it is). */
  'pattern/mascot-after': [
    String.raw`^(?:['’]s)?,?[ \t]+\(?(?:our|the|my)[ \t]+(?:(?:class|school|nursery|reading|travelling|new|other|therapy|resident|farm)[ \t]+){0,2}(?:mascot|bear|teddy|puppet|toy|doll|monkey|dragon|owl|elf|pet|hamster|rabbit|guinea pig|fish|tortoise|snail|dog|puppy|cat|kitten|pony|horse|donkey|goat|lamb|hen|chicken|duck)s?\b`,
  ],
  /** Read as FAITH_CONTEXT (non-person-words.ts says what it is). */
  'pattern/faith-context': [
    String.raw`\b(?:RE|R\.E\.|RS|religions?|religious|faiths?|beliefs?|Ramadan|Eid|mosque|Muslims?|Qur['’]?an|Koran|imam|prophet|Allah|Christianity|Judaism|Sikhism|Hinduism|Buddhism|church|gurdwara|synagogue|temple|worship)\b`,
  ],
  /** Read as TOWN_AFTER (rules/places.ts says what it is). */
  'pattern/town-after': [
    String.raw`^[ \t]+(?:markets?|colleges|station|cathedral|minster|airport|harbour|bypass|ring road|pier|castle|town centre|high street|beach(?:es)?|sea ?front|prom(?:enade)?|sands|coast(?:line)?|lido|marina|quay(?:side)?|docks|reservoir|moors|country park|nature reserve)\b`,
  ],
  /** Read as COUNTED (rules/places.ts says what it is). */
  'pattern/counted': [
    String.raw`(?:^|[^\p{L}])(?:my|our|his|her|their|your|the|a)[ \t]+(?:very[ \t]+)?(?:first|second|third|fourth|fifth|\d{1,4}(?:st|nd|rd|th))[ \t]+$`,
  ],
  /** Read as WORK_AFTER (rules/famous-people.ts says what it is). */
  'pattern/work-after': [
    String.raw`^(?:['’]s)?\s*(?:(?:once |famously )?(?:wrote|painted|composed|sang|said|directed|drew|sculpted)\b|on (?:disney|netflix|iplayer|prime|sky)\b|['‘"“])`,
  ],
  /** Read as WORK_BEFORE (rules/famous-people.ts says what it is). */
  'pattern/work-before': [
    String.raw`\b(?:watch(?:ed|ing)?|listen(?:ed|ing)? to|by|of|sang|singing|read(?:ing)?|play(?:ed|ing)|blast(?:ed|ing))\s+$`,
  ],
  /** Read as PLACED_AFTER (rules/famous-people.ts says what it is). */
  'pattern/placed-after': [
    String.raw`^(?:['’]s)?\s*(?:(?:in|from) (?:year|yr|class|form|set|p\d|\d)|\(?(?:y|yr|year ?)\d)`,
  ],
  /** Read as SCHOOL_SPORT (rules/famous-people.ts says what it is). */
  'pattern/school-sport': [
    String.raw`\b(?:u\d{1,2}s?|under[- ]\d{1,2}s?|year \d{1,2}|yr ?\d{1,2}|y\d{1,2}|potm|player of the match|squad|fixtures?|our (?:boys|girls|team|lads|lasses)|school team)\b`,
  ],
  /** Read as NAMED_CREATURE (rules/non-person.ts says what it is). */
  'pattern/named-creature': [
    String.raw`\b(?:named|called|christened|dubbed)[ \t]+(?:the|our|their|a|an|this|that|my|his|her)[ \t]+(?:(?:new|class|school|little|baby|pet|big)[ \t]+){0,2}([\p{L}-]+)(?:[ \t]+[\p{Ll}'’-]+){0,6}[ \t]+["“'‘]?$`,
  ],
  /** Read as ATTRIBUTED (rules/non-person.ts says what it is). */
  'pattern/attributed': [
    String.raw`^[ \t]*[,.]?[ \t]*[–—~-][ \t]*\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){1,3}`,
  ],
  /** Read as TOPIC_BEFORE (score.ts says what it is). */
  'pattern/topic-before': [
    String.raw`\b(?:topic|theme|focus)\b[^.!?\n]{0,20}?(?:\bis|\bwas|:)[ \t]*["“']?$`,
  ],
  /** Read as WEDDING (rules/other-person.ts says what it is). */
  'pattern/wedding': [String.raw`\b(?:wedding|married|newlyweds?|engagement|honeymoon)\b`],
  /** Read as PLAY_WEDDING (rules/other-person.ts says what it is). */
  'pattern/play-wedding': [
    String.raw`\b(?:bridesmaid|page ?boy|flower girl|role[- ]?play|pretend|acted|class|lesson|RE|assembly|year ?\d|reception|nursery|pupils|children)\b`,
  ],
  /** Read as TEAM_WORDS (rules/other-person.ts says what it is). */
  'pattern/team-words': [
    String.raw`\b(?:team|squad|match|fixture|football|netball|rugby|hockey|cricket|rounders|U\d{1,2}s?|[1-9] ?[-–] ?\d)\b`,
  ],
  /** Read as FAMILY_GREETING (rules/family.ts says what it is). */
  'pattern/family-greeting': [
    String.raw`\b(?:happy (?:\d{1,3}(?:st|nd|rd|th) |big )?birthday|happy bday|turned \d+|turns \d+|love you|love ya|so proud of (?:her|him) xx)`,
  ],
  /** Read as HOME_POST (rules/family.ts says what it is). */
  'pattern/home-post': [
    String.raw`\b(?:happy (?:\w+ )?b(?:irth)?day|turn(?:ed|s) \d|is \d+ today|love (?:you|ya)|(?:mother|father)['’]?s day|driving test|me and my)\b`,
  ],
  /** Read as BIRTHDAY_TO (rules/family.ts says what it is). */
  'pattern/birthday-to': [
    String.raw`\bhappy (?:\d{1,3}(?:st|nd|rd|th) |big )?b(?:irth)?day to my $`,
  ],
  /** Read as IN_COSTUME_PLAY (rules/non-person.ts says what it is). */
  'pattern/in-costume-play': [
    String.raw`\b(?:nativity|crib service|costumes?|cast|play|panto|pantomime|dressed as)\b`,
  ],
  /** Read as TRAVEL_WORDS (rules/non-person.ts says what it is). */
  'pattern/travel-words': [
    String.raw`^(?:trip|holiday|holidays|flight|flights|flew|fly|flying|going|went|go|moving|moved|move|travel|travelled|traveling|drove|driving|way|off)$`,
  ],
};
