// Words that belong to one well-known world of fiction (data, shipped in data/checker-data.json: non-pupil-data.ts): a
// listed name in the same sentence is one of its characters ("X is the best Quidditch
// captain", "X and the dwarves are captured"). Games children play (Minecraft, Fortnite,
// Roblox) and picture books (the Gruffalo) are left out on purpose: pupils are named beside
// them every day.
export const FICTION_WORLD_WORDS: readonly string[] =
  `quidditch hogwarts hufflepuff gryffindor slytherin ravenclaw muggle muggles horcrux horcruxes
  hogsmeade dumbledore voldemort jedi sith lightsaber wookiee hobbit hobbits dwarves orcs
  middle-earth mordor gandalf narnia aslan tardis dalek daleks gallifrey avengers marvel
  superhero superheroes gotham krypton wakanda pokemon pokémon`
    .split(/\s+/)
    .filter(Boolean);

/** Words in the same sentence that put a child in the scene: a show, praise, "our". */
export const IN_SCENE = String.raw`\b(?:dress(?:ed|ing)?(?: up)?|costumes?|play|show|performance|cast|our|my|well done|proud)\b`;
/** Anywhere in the post: dressing up, when children take characters' names. */
export const DRESSING_UP = String.raw`\b(?:book day|dress(?:ed|ing)[ -]up|dressed as|costumes?|fancy dress)\b`;
/** A senior international cap: "his 50th Scotland cap"; a pupil's cap carries its age group
 * ("first Scotland U16 cap"). */
export const SENIOR_CAP = String.raw`^[^.!?\n]{0,40}?\b(?:[1-9]\d{1,2}(?:st|nd|rd|th)|hundredth)[ \t]+(?:Scotland|England|Wales|Ireland|Northern Ireland|GB|Great Britain|Lions|international)[ \t]+caps?\b`;
