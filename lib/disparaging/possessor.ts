// A child named only as someone's ("her kid", "their son"), in a sentence whose subject is that
// someone, is not who the sentence is about: "Her kid is late every day and she still blames
// the traffic" is about the parent. The reason then names parents, not "a pupil" (issue 18:
// attacks on a parent were described as attacks on pupils). Only the reason changes: the
// targets, and so the tone model's signals, stay as they are.
import type { TargetHit } from './lexicon';

/** "her son", "their kid", "his daughter's": the possessive names the parent. */
const CHILD_OF = /^(her|his|their) (?:kid|child|boy|girl|lad|son|daughter)/;
/** The subject each possessive agrees with: "her kid … she", "their kid … they". */
const SUBJECT_OF: Record<string, RegExp> = {
  her: /(?<![\p{L}'])she(?:'s|'d|'ll)?(?![\p{L}'])/u,
  his: /(?<![\p{L}'])he(?:'s|'d|'ll)?(?![\p{L}'])/u,
  their: /(?<![\p{L}'])they(?:'re|'ve|'d|'ll)?(?![\p{L}'])/u,
};

/**
 * Whether the sentence names a child as possessed by its own subject ("They can't get their
 * kid in before the bell": yes; "He pushed her son": no, he is not her; "Her son is a
 * nightmare": no, no subject but the child). The caller applies it only where the sentence
 * would otherwise be described as about a pupil. `text` is the lower-cased line the targets'
 * offsets point into, `sentence` the sentence's words.
 */
export function aboutTheParent(text: string, sentence: string, named: TargetHit[]): boolean {
  return named.some((t) => {
    const possessive = t.label === 'a pupil' && CHILD_OF.exec(text.slice(t.start, t.end))?.[1];
    return !!possessive && SUBJECT_OF[possessive]!.test(sentence);
  });
}
