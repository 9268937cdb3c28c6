// What importing the engine builds (issue 15): a woken service worker imports it before its
// first answer, so module-level work is paid on every start. Long regular expressions are
// built where they are first needed, behind a cheap test (parent-contact's INVITATION, some
// 6,000 characters, once cost a first check 12-16 ms), never when the module loads.
import { afterEach, describe, expect, it, vi } from 'vitest';

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
});
