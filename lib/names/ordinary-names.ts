// Names that are also ordinary English words (data). A listed name in this set,
// or one compromise's lexicon knows as a non-name word, is only taken as a name
// when the context says so (see evidence.ts).

export const ORDINARY_NAMES: ReadonlySet<string> = new Set(
  `
  will may grace hope summer rose ruby max jade mason storm star precious faith joy
  holly ivy poppy daisy lily iris violet jasmine heather willow hazel amber crystal pearl
  river skye sky rain raine autumn april june august dawn sunny honey angel bliss
  hunter taylor jordan chase miles drew grant guy mark bill rob pat sue jack frank
  bob dean earl king prince duke reign royal noble glory harmony melody destiny
  leo august marina brook brooke reed rush fern clay sage rowan ash forest
  jet flint blaze rocky sonny penny bunny kitty mercy charity patience prudence
  young bird green king brown white black grey gray long hall wood woods hill hills
  carpenter baker cook turner cooper fisher mason wright marshall smith taylor
  bishop parsons day rich sharp short little small strong pope knight steel stone
  lamb fox wolf bush moss bell church park ford banks rivers brooks waters field fields
  lane street price cash bond hale hardy gay noble shepherd butler porter walker
  hunt moore marsh rose may hope joy law best good rice page bean bacon
  swan crow drake finch nightingale sparrow robin wren
  jordan chelsea paris florence india georgia sydney victoria skye preston lincoln devon kent
  austin dallas brooklyn orlando phoenix milan madison savannah dakota carolina jersey
  carol robin heath glen dale cliff rod sandy rusty buddy pip
  mercedes bentley tesla porsche lexus harley stanley
  `
    .split(/\s+/)
    .filter(Boolean),
);

/** Seasons, months and times of day: "summer is here" reads like a subject and a verb,
 * so where the writer never capitalises these need more evidence. */
export const SEASON_NAMES: ReadonlySet<string> = new Set(
  'summer autumn winter spring may june april august dawn sunny'.split(' '),
);
