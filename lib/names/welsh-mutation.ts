// Welsh initial-consonant mutation: after "i", "a", "o", "fy" and other words the first
// letter of the next word changes, names included: "Llongyfarchiadau i Gerys" is
// Cerys, "diolch i Fari" is Mari. A pupil's name written mutated is still the pupil.
import { WELSH_MUTATIONS } from './welsh-words';

/** The radical forms a mutated (folded) word may come from: "gerys" → ["cerys"]; a word
 * beginning with a vowel may have lost a soft-mutated "g" ("wen" → "gwen"). */
export function radicalForms(key: string): string[] {
  const out: string[] = [];
  for (const [mutated, radicals] of WELSH_MUTATIONS) {
    if (!key.startsWith(mutated)) continue;
    const rest = key.slice(mutated.length);
    if (rest.length >= 2) for (const r of radicals) out.push(r + rest);
    break;
  }
  if (/^[aeiouwy]/.test(key) && key.length >= 2) out.push('g' + key);
  return out;
}
