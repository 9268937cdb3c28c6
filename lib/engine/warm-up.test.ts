// A woken worker builds the built-in expressions while it waits for its settings, one a task,
// and stops as soon as the wait is over (warm-up.ts).
import { describe, expect, it } from 'vitest';
import { PARENT_CONTACT_PATTERNS } from '../detectors/parent-contact';
import { CHILD_CUES } from '../names/child-cues';
import { LazyPattern } from '../text/lazy-pattern';
import { builtInPatterns, warmPatterns } from './warm-up';

const patterns = () => ['a+', 'b+', 'c+', 'd+'].map((s) => new LazyPattern(s, 'g'));

describe('warmPatterns', () => {
  it('builds one expression a task, in order, until the wait is over, and no more', async () => {
    const list = patterns();
    let release!: () => void;
    const wait = new Promise<void>((resolve) => (release = resolve));
    let tasks = 0;
    const nextTask = async () => {
      tasks++;
      if (tasks === 3) release();
      await Promise.resolve();
    };
    const built = await warmPatterns(list, wait, nextTask);
    expect(built).toBe(2);
    expect(list.map((p) => p.isBuilt)).toEqual([true, true, false, false]);
    // Built whole: the same expression a first use would have built.
    expect(list[0]!.regexp.source).toBe('a+');
    expect(list[0]!.regexp.lastIndex).toBe(0);
  });

  it('builds nothing when the wait is already over', async () => {
    const list = patterns();
    const built = await warmPatterns(list, Promise.resolve(), () => Promise.resolve());
    expect(built).toBe(0);
    expect(list.some((p) => p.isBuilt)).toBe(false);
  });

  it('builds them all if the wait outlasts them, skipping those already built', async () => {
    const list = patterns();
    void list[1]!.regexp;
    const built = await warmPatterns(list, new Promise(() => undefined), () => Promise.resolve());
    expect(built).toBe(3);
    expect(list.every((p) => p.isBuilt)).toBe(true);
  });
});

describe('builtInPatterns', () => {
  it("holds parent-contact's invitation first and every child cue", () => {
    const list = builtInPatterns();
    expect(list[0]).toBe(PARENT_CONTACT_PATTERNS[0]);
    expect(PARENT_CONTACT_PATTERNS[0]!.source.length).toBeGreaterThan(5000);
    for (const cue of CHILD_CUES) expect(list).toContain(cue.pattern);
    expect(new Set(list).size).toBe(list.length);
  });
});
