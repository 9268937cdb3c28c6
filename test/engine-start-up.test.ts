// What importing the engine builds (issue 15): a woken service worker imports it before its
// first answer, so module-level work is paid on every start. Long regular expressions are
// built where they are first needed, behind a cheap test (parent-contact's INVITATION, some
// 6,000 characters, once cost a first check 12-16 ms), never when the module loads.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { namesSettings } from './fixtures/names-settings';

/** The sources of the expressions `new RegExp` built while `run` ran. */
async function regExpsBuiltBy(run: () => Promise<unknown>): Promise<string[]> {
  const built: string[] = [];
  const Original = globalThis.RegExp;
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?]) {
      built.push(args[0] instanceof Original ? args[0].source : String(args[0]));
      return Reflect.construct(target, args) as RegExp;
    },
  });
  try {
    await run();
  } finally {
    globalThis.RegExp = Original;
  }
  return built;
}

afterEach(() => vi.resetModules());

describe('importing the engine', () => {
  it('builds no long expression', async () => {
    vi.resetModules();
    const built = await regExpsBuiltBy(() => import('../lib/engine'));
    // Something was seen: the proxy is in the path of what the modules construct.
    expect(built.length).toBeGreaterThan(10);
    expect(built.filter((source) => source.length > 1000)).toEqual([]);
  });

  it('builds none of the child cues or the invitation phrases', async () => {
    vi.resetModules();
    const built = await regExpsBuiltBy(() => import('../lib/engine'));
    const { CHILD_CUE_SOURCES } = await import('../lib/names/child-cue-list');
    const { INVITATIONS } = await import('../lib/contact/invitation-phrases');
    const cues = new Set(CHILD_CUE_SOURCES.map((cue) => cue.source));
    expect(built.filter((source) => cues.has(source))).toEqual([]);
    expect(built.filter((source) => source.includes(INVITATIONS[0]!))).toEqual([]);
  });

  it("builds none of parent-contact's phrase lists: each is built on the first line that asks it", async () => {
    // Built at import, V8 still compiled each on first use, to bytecode: 10-30 ms for some
    // (OTHER_OCCASION) on the first check with an invitation. Built on first use they go
    // straight to machine code (lib/text/machine-code.ts), under 1 ms each.
    // They ship in the checker's data (CheckerData.invitations): making a checker must not
    // build them either.
    vi.resetModules();
    const built = await regExpsBuiltBy(async () => {
      const { createChecker } = await import('../lib/engine');
      createChecker(namesSettings);
    });
    const phrases = await import('../lib/contact/invitation-phrases');
    const widened = Object.values(phrases)
      .filter((v): v is string => typeof v === 'string' && v.length > 100)
      .map((v) => v.replaceAll(' ', '\\s+'));
    expect(widened.length).toBeGreaterThan(10);
    expect(built.filter((source) => widened.includes(source))).toEqual([]);
  });
});

describe('the first check of a line with a personal number', () => {
  it("reads the other-language invitations' gate from the build-time table, not their 4,000-character source", async () => {
    // Parsed at run time (requiredLiterals), this cost the first check after a worker woke
    // 20-50 ms: "Ring me on 07700 900123" asks for it.
    const { phrasesOf } = await import('../lib/detectors/parent-contact');
    const { SHIPPED_DATA } = await import('../lib/engine');
    const LANGUAGE_PATTERNS = phrasesOf(SHIPPED_DATA.invitations!).language;
    const { LITERAL_GATES } = await import('../lib/text/gate-data');
    const { requiredLiterals, sourceKey } = await import('../lib/text/literal-gate');
    const source = LANGUAGE_PATTERNS.invitation.source;
    expect(source.length).toBeGreaterThan(1000);
    expect(LITERAL_GATES[sourceKey(source)]).toBe(requiredLiterals(source)!.join('|'));
  });
});
