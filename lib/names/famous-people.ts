// World knowledge as data: people and characters famous enough that a post names them by
// one word ("Foden's done it again", "the choir sang Elgar's Nimrod", "a bit of Stormzy on the
// drive home"). Each entry has an id, the one word a post uses for them and the field they are
// famous in; a listed word matching an entry is left quiet only when the piece's own words are
// about that field (rules/famous-people.ts says exactly when). Curated by hand for UK school writing:
// footballers of the men's and women's national teams and the Premier League of recent
// years, with managers people quote; musicians teachers and pupils listen to, and the
// composers of school hymns and concerts; artists of the primary art curriculum; poets and
// authors of the English curriculum and of children's books; figures of the history and
// science curriculum; film and TV names. Full famous names made of list words ("Harry
// Kane", "Peppa Pig") are in rule-words.ts (FAMOUS_PHRASES) and quiet in any context.
// Add a person when a post names them by one word and a pupil may share it; keep the field
// narrow, because the field's words are the only evidence.

export type FamousField = 'football' | 'music' | 'art' | 'writing' | 'history' | 'screen' | 'books';

export interface FamousPerson {
  /** `field/word`. */
  id: string;
  /** The folded word a post names them by. */
  word: string;
  field: FamousField;
  /** Also a given name (Byron, Luca, Nelson): quiet only with a sign of the work itself
   * (rules/famous-people.ts), never on the field alone. */
  given?: boolean;
}

const RAW: Record<FamousField, string> = {
  football: `saka rashford foden bellingham grealish vardy eze salah haaland messi ronaldo mbappe lewandowski dalglish fowler
    shearer beckham rooney gerrard lampard gascoigne lineker clough klopp southgate guardiola
    arteta ancelotti mourinho wenger pickford maguire trippier toney odegaard bruyne
    rodri palmer watkins alexander-arnold dijk fernandes martinelli isak russo mead
    earps toone hemp stanway kirby bronze wiegman`,
  music: `tupac stormzy adele beyonce rihanna eminem sheeran bowie elvis madonna shakira lennon
    mccartney beatles gallagher oasis coldplay capaldi dylan jay-z kanye mozart beethoven
    bach handel elgar parry holst britten tallis purcell rutter vivaldi tchaikovsky chopin
    haydn schubert sondheim webber`,
  art: `banksy hockney lowry constable monet picasso gogh kahlo matisse warhol emin hirst
    gormley kusama rembrandt michelangelo goldsworthy mondrian kandinsky klimt cezanne seurat
    rothko pollock hepworth rousseau`,
  writing: `shakespeare dickens austen bronte byron keats wordsworth shelley tennyson sassoon
    heaney agard zephaniah donaldson dahl rowling walliams morpurgo blackman priestley
    steinbeck orwell golding tolkien kipling milne rossetti larkin plath duffy
    armitage angelou chaucer marlowe stevenson`,
  history: `churchill nightingale seacole darwin newton einstein curie turing brunel pankhurst
    cromwell boudicca attenborough hawking mandela gandhi shackleton columbus raleigh tudor
    stephenson faraday lister jenner wellington nelson`,
  screen: `marvel pixar disney luca moana encanto shrek`,
  books: `matilda gruffalo paddington handa heidi coraline pollyanna wonka`,
};

/** Famous words that are also given names in UK classes (Byron, Luca, Nelson). */
const GIVEN_TOO: ReadonlySet<string> = new Set(
  'byron luca dylan elvis kirby marlowe nelson rodri moana matilda heidi coraline'.split(' '),
);

export const FAMOUS_PEOPLE: readonly FamousPerson[] = Object.entries(RAW).flatMap(
  ([field, words]) =>
    words
      .split(/\s+/)
      .filter(Boolean)
      .map((word) => ({
        id: `${field}/${word}`,
        word,
        field: field as FamousField,
        ...(GIVEN_TOO.has(word) ? { given: true } : {}),
      })),
);

export const FAMOUS_BY_WORD: ReadonlyMap<string, FamousPerson> = new Map(
  FAMOUS_PEOPLE.map((p) => [p.word, p] as const),
);

/** The words that make a piece about each field. Football needs the professional game
 * (a club, a national side, the telly): a school match report names its own players by
 * surname, and "scored" alone says nothing about which game. */
export const FIELD_WORDS: Record<FamousField, RegExp> = {
  football:
    /\b(?:footballers?|premier league|prem|champions league|world cup|euros|fa cup|england|lionesses|three lions|arsenal|gunners|chelsea|spurs|tottenham|liverpool|everton|man (?:city|united|utd)|west ham|irons|hammers|villa|newcastle|toon|leicester|foxes|forest|wolves|palace|eagles|brighton|fulham|brentford|bournemouth|celtic|rangers|wrexham|last night|on (?:the )?(?:telly|tv)|match of the day|motd|sky sports|fantasy|fpl|watching|transfer|ballon d['’]or|screamer)\b|🦊/i,
  music:
    /\b(?:songs?|album|singer|band|gig|concert|tour|listening|listened|playlist|spotify|rapper|rap|lyrics|track|tune|hymns?|sang|sing|singing|anthem|choir|composer|symphony|trebles|orchestra|concerto|requiem|oratorio)\b/i,
  art: /\b(?:art|artists?|painting|painted|paint|paintings|mural|graffiti|gallery|exhibition|sculptures?|portrait|sketch|chalked|canvas|in the style of|prints?)\b/i,
  writing:
    /\b(?:poems?|poets?|poetry|wrote|writer|author|novel|novella|sonnets?|verse|stanzas?|quote|quotes|playwright)\b/i,
  history:
    /\b(?:history|historical|historians?|war|ww[12i]+|world war|prime minister|the crown|parliament|empire|victorians?|tudors?|battle|speech|century|invented|discovered|theory|scientists?|engineer|nurse|suffragettes?|votes for women|evolution|gravity|relativity|radium)\b/i,
  books:
    /\b(?:read|reading|reader|book|books|chapter|novel|author|story|stories|library|class book)\b/i,
  screen:
    /\b(?:films?|movies?|cinema|disney|pixar|netflix|prime video|iplayer|marathon|endgame|avengers|superheroes?|film club|trailer|sequel|watched|watching|watch|telly|tv|series|episode|cartoon)\b/i,
};
