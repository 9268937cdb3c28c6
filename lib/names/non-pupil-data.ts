// The word lists that make a listed name someone or something other than a pupil, by list
// id, as they ship (data): with the word data in data/checker-data.json, not inside
// background.js (lib/text/shipped-words.ts). The rules read them through wordData().nonPupil
// (lib/names/non-pupil-lists.ts).
import { ANIMALS } from './animal-words';
import { DRESSING_UP, FICTION_WORLD_WORDS, IN_SCENE, SENIOR_CAP } from './fiction-words';
import {
  AGE_REACHED,
  FAMILY_PRAISE,
  HOME_LIFE,
  OWN_GROUP_STRONG,
  OWN_GROUP_WEAK,
  SCHOOL_TALK,
} from './home-words';
import { CHILD_PLAY, OCCUPATION_WORDS, WORKING_LIFE_AFTER, WORKPLACES } from './occupation-words';
import { NAMED_OTHERS_LISTS, NAMED_OTHERS_PATTERNS } from './named-others-words';

export const NON_PUPIL_WORDS: Readonly<Record<string, readonly string[]>> = {
  ...OCCUPATION_WORDS,
  workplaces: WORKPLACES,
  animals: ANIMALS,
  'fiction-world': FICTION_WORLD_WORDS,
  'family-praise': FAMILY_PRAISE,
  // Patterns, one source each (case-insensitive): read by nonPupilPattern.
  'pattern/school-talk': [SCHOOL_TALK],
  'pattern/own-group-strong': [OWN_GROUP_STRONG],
  'pattern/own-group-weak': [OWN_GROUP_WEAK],
  'pattern/age-reached': [AGE_REACHED],
  'pattern/home-life': [HOME_LIFE],
  'pattern/in-scene': [IN_SCENE],
  'pattern/dressing-up': [DRESSING_UP],
  'pattern/senior-cap': [SENIOR_CAP],
  'pattern/child-play': [CHILD_PLAY],
  'pattern/working-life': [WORKING_LIFE_AFTER],
  ...NAMED_OTHERS_LISTS,
  ...NAMED_OTHERS_PATTERNS,
};
