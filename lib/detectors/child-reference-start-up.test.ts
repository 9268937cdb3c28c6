// What a first check builds of the child cues (issue 15): nothing when the engine is
// imported, and only the cues whose literals the text holds. A cue built is a cue compiled
// by V8 on its first run, about half a millisecond each for their Unicode classes.
import { describe, expect, it } from 'vitest';
import { buildChecker, createChecker, SHIPPED_DATA, type Checker } from '../engine';
import { childCuesOf, COVER_CUE, GROUP_CUE, NAME_PAIR } from '../names/child-cues';
import { CHILD_CUE_SOURCES } from '../names/child-cue-list';

/** The cues as the checkers made from the shipped data run them. */
const CHILD_CUES = childCuesOf(CHILD_CUE_SOURCES);
import { namesSettings } from '../../test/fixtures/names-settings';

const cue = (id: string) => CHILD_CUES.find((c) => c.id === id)!.pattern;
const built = () =>
  [...CHILD_CUES.map((c) => [c.id, c.pattern] as const), ['cover', COVER_CUE] as const]
    .concat([['pair', NAME_PAIR] as const, ['group', GROUP_CUE] as const])
    .filter(([, pattern]) => pattern.isBuilt)
    .map(([id]) => id);

describe('child cues at start-up', () => {
  it('are not built when the engine is imported or a checker created', () => {
    createChecker(namesSettings);
    expect(built()).toEqual([]);
  });

  it('are built only when the text holds a whole literal they need', () => {
    const checker = createChecker(namesSettings);
    // "anyone" holds "one" and "moment" holds "ment": neither opens "one of my" or "mentee"
    // ("Year 1" passes the detector's first cheap test, CUE_HINT).
    checker.check(
      'Such a proud moment when the choir sang at the care home. Can anyone recommend a good ' +
        'phonics app for a reluctant reader in Year 1?',
    );
    expect(cue('child-reference/one-of-my').isBuilt).toBe(false);
    expect(cue('child-reference/mentoring').isBuilt).toBe(false);
    expect(built().length).toBeLessThan(CHILD_CUES.length / 4);
    expect(checker.check('One of my Year 6s, Jenson, won the spelling bee.')).toContainEqual(
      expect.objectContaining({ kind: 'child-reference', text: 'Jenson' }),
    );
    expect(cue('child-reference/one-of-my').isBuilt).toBe(true);
  });

  it('cues that open on a capitalised word wait for the words their lookahead needs', () => {
    // "Ffion, a child from…", "Rhodri, brother of…": the cue's own words come after the name,
    // in a lookahead; a post holding none of them builds neither cue (their gates are
    // "child", "kid"… and "brother", "sister"…, lib/text/literal-gate.ts).
    const checker = createChecker(namesSettings);
    checker.check('Lovely afternoon, everyone. The quiz was won by the blue table, again.');
    expect(cue('child-reference/sibling-appositive').isBuilt).toBe(false);
    expect(cue('child-reference/name-then-child').isBuilt).toBe(false);
    checker.check('Tiago, brother of the new starter, joined the choir.');
    expect(cue('child-reference/sibling-appositive').isBuilt).toBe(true);
  });
});

/** The children on no list a checker finds in a text, with the rule that raised each. */
const kids = (c: Checker, text: string) =>
  c
    .check(text)
    .filter((f) => f.kind === 'child-reference')
    .map((f) => `${f.text} ${f.rule}`);

describe('child cues from the data file', () => {
  it('are read from the checker data, and without them the general step still finds children', () => {
    // The background reads the cues from data/checker-data.json (CheckerData.childCues); a file
    // without them leaves the cue-driven rules silent and the context rules working.
    const withCues = buildChecker(namesSettings, SHIPPED_DATA);
    const { childCues: _cues, ...rest } = SHIPPED_DATA;
    const without = buildChecker(namesSettings, rest);
    const called = 'A girl in my class called Ottilie drew me a horse.';
    expect(kids(withCues, called)).toEqual(['Ottilie child-reference/called']);
    expect(kids(without, called)).toEqual([]);
    const joining = 'Welcoming Ottoline and Caspar who start with us next week!';
    expect(kids(without, joining)).toEqual(kids(withCues, joining));
    expect(kids(without, joining)).toHaveLength(2);
  });
});
