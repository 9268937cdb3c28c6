// The unit tests look words up directly (isEnglishWord, posOf…) without building a checker
// first: give them the words the repository holds, as createChecker would (lib/text/word-data.ts).
import { installWordData } from '../lib/text/word-data';
import { SHIPPED_WORDS } from '../lib/text/shipped-words';

installWordData(SHIPPED_WORDS);
