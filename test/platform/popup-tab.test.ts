// The popup shows a tab's warnings from storage.session as soon as it has read them, without
// waiting for a service worker that may still be starting; the background's answer follows
// and wins. No clock: a background that never answers, and the order the two arrive in.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabView } from '../../components/popup/Popup';
import type { TabFindings } from '../../lib/messaging/protocol';
import { storedTabFindings, watchTabView, type TabSource } from '../../platform/popup-tab';
import { DEFAULT_SITE_LIST } from '../../platform/sites';
import { createTabFindingsStore } from '../../platform/tab-state';
import { oneNameFindings } from '../fixtures/findings';

const state = (tabId: number, text: string): TabFindings =>
  oneNameFindings(tabId, text, 'https://x.com/compose/post');

const never = <T>() => new Promise<T>(() => undefined);
const failing = async () => Promise.reject(new Error('Could not establish connection'));
const texts = (view: TabView | undefined) =>
  view?.kind === 'ready' ? view.findings.map((f) => f.text) : view?.kind;

beforeEach(() => fakeBrowser.reset());

function source(overrides: Partial<TabSource>): TabSource {
  return {
    findTab: async () => ({ id: 7 }),
    ask: never,
    stored: (tabId) => storedTabFindings(tabId),
    ...overrides,
  };
}

/** Runs the popup's watcher and waits until it has shown `count` views. */
async function views(from: TabSource, count: number): Promise<TabView[]> {
  const shown: TabView[] = [];
  void watchTabView(from, DEFAULT_SITE_LIST, (view) => shown.push(view));
  await expect.poll(() => shown.length).toBeGreaterThanOrEqual(count);
  return shown;
}

describe('the popup, before the background answers', () => {
  it('shows the warnings storage holds while the background never answers', async () => {
    await createTabFindingsStore().setValue({ 7: state(7, 'Millie') });
    const shown = await views(source({}), 1);
    expect(shown.map(texts)).toEqual([['Millie']]);
    expect(shown[0]).toMatchObject({ kind: 'ready', site: { kind: 'watched' } });
  });

  it('shows "no warnings" for a tab storage has nothing for, not "Checking…"', async () => {
    const shown = await views(source({}), 1);
    expect(shown.map(texts)).toEqual([[]]);
  });

  it('then shows the background’s answer, which knows a check storage has not seen yet', async () => {
    await createTabFindingsStore().setValue({ 7: state(7, 'Millie') });
    let answer!: (found: TabFindings) => void;
    const shown = await views(
      source({ ask: () => new Promise<TabFindings>((resolve) => (answer = resolve)) }),
      1,
    );
    answer(state(7, 'Kacper'));
    await expect.poll(() => shown.length).toBe(2);
    expect(shown.map(texts)).toEqual([['Millie'], ['Kacper']]);
  });

  it('never shows storage read after the answer: the answer is as new or newer', async () => {
    let read!: (found: TabFindings) => void;
    const shown: TabView[] = [];
    const done = watchTabView(
      source({
        ask: async () => state(7, 'Kacper'),
        stored: () => new Promise<TabFindings>((resolve) => (read = resolve)),
      }),
      DEFAULT_SITE_LIST,
      (view) => shown.push(view),
    );
    await done;
    read(state(7, 'Millie'));
    await Promise.resolve();
    expect(shown.map(texts)).toEqual([['Kacper']]);
  });

  it('a damaged stored entry is not shown; the background decides', async () => {
    await fakeBrowser.storage.session.set({ tabFindings: { 7: { tabId: 7, findings: 'x' } } });
    expect(await storedTabFindings(7)).toBeUndefined();
    const shown = await views(source({ ask: async () => state(7, 'Kacper') }), 1);
    expect(shown.map(texts)).toEqual([['Kacper']]);
  });

  it('if the background fails, what storage showed stays; with nothing shown, the error', async () => {
    await createTabFindingsStore().setValue({ 7: state(7, 'Millie') });
    const kept: TabView[] = [];
    await watchTabView(source({ ask: failing }), DEFAULT_SITE_LIST, (v) => kept.push(v));
    expect(kept.map(texts)).toEqual([['Millie']]);
    const alone: TabView[] = [];
    await watchTabView(
      source({ ask: failing, stored: async () => undefined }),
      DEFAULT_SITE_LIST,
      (v) => alone.push(v),
    );
    expect(alone).toEqual([{ kind: 'error', message: 'Could not establish connection' }]);
  });

  it('reads the tab while the settings are read, and shows it once the sites are known', async () => {
    await createTabFindingsStore().setValue({ 7: state(7, 'Millie') });
    let sitesKnown!: (sites: typeof DEFAULT_SITE_LIST) => void;
    let read = false;
    const shown: TabView[] = [];
    void watchTabView(
      source({ stored: (tabId) => ((read = true), storedTabFindings(tabId)) }),
      new Promise((resolve) => (sitesKnown = resolve)),
      (view) => shown.push(view),
    );
    await expect.poll(() => read).toBe(true);
    expect(shown).toEqual([]);
    sitesKnown(DEFAULT_SITE_LIST);
    await expect.poll(() => shown.map(texts)).toEqual([['Millie']]);
  });

  it('reads nothing where there is no storage.session (Firefox before 115)', async () => {
    expect(await storedTabFindings(7, { storage: {} })).toBeUndefined();
  });
});
