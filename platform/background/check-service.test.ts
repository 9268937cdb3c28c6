import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Checker } from '../../lib/engine';
import type { BackgroundMessage, ContentMessage } from '../../lib/messaging/protocol';
import type { Finding } from '../../lib/engine/finding';
import { createCheckService, type CheckPort } from './check-service';
import { getTabFindings, saveTabFindings } from './tab-findings';

/** Flags every "Millie": stands in for the engine, which has its own tests. */
const findMillies = (text: string) =>
  [...text.matchAll(/Millie/g)].map((m): Finding => ({
    kind: 'pupil-name',
    start: m.index,
    end: m.index + 6,
    text: 'Millie',
    clauses: ['5.4'],
    severity: 'high',
    reason: 'Millie is on a class list',
    detector: 'pupil-name',
    rule: 'pupil-name',
  }));
const millieChecker: Checker = {
  check: findMillies,
  checkWithin: (text) => ({ findings: findMillies(text), complete: true }),
};

function fakePort(tabId: number, frameId = 0) {
  const received: BackgroundMessage[] = [];
  const listeners: ((m: unknown) => void)[] = [];
  const disconnects: (() => void)[] = [];
  const port: CheckPort = {
    sender: { tab: { id: tabId, url: 'https://x.com/compose' }, frameId },
    postMessage: (m) => received.push(m),
    onMessage: { addListener: (l) => listeners.push(l) },
    onDisconnect: { addListener: (l) => disconnects.push(l) },
  };
  return {
    port,
    received,
    send: (m: ContentMessage | Record<string, unknown>) => listeners.forEach((l) => l(m)),
    disconnect: () => disconnects.forEach((l) => l()),
  };
}

function findingsOf(message: BackgroundMessage | undefined): Finding[] {
  if (message?.type !== 'findings') throw new Error(`expected findings, got ${message?.type}`);
  return message.findings;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });

describe('check service', () => {
  let opened: string[];
  let service: ReturnType<typeof createCheckService>;

  beforeEach(() => {
    fakeBrowser.reset();
    opened = [];
    service = createCheckService({
      checker: async () => millieChecker,
      setBadge: (tabId, text) => fakeBrowser.action.setBadgeText({ tabId, text }),
      saveTab: saveTabFindings,
      openPage: (page, tabId, clause) => void opened.push(`${page}:${tabId}:${clause ?? ''}`),
    });
  });

  it('answers a check with findings and counts them on the badge', async () => {
    const p = fakePort(7);
    service.connect(p.port);
    p.send({ type: 'check', editorId: 'e1', seq: 1, text: 'Well done Millie and Millie' });
    await settle();
    expect(p.received).toHaveLength(1);
    expect(p.received[0]).toMatchObject({ type: 'findings', editorId: 'e1', seq: 1, tabId: 7 });
    expect(findingsOf(p.received[0]).map((f) => f.start)).toEqual([10, 21]);
    expect(await badge(7)).toBe('2');
    expect((await getTabFindings(7)).findings).toHaveLength(2);
  });

  it('empties the badge for clean text and when the editor goes away', async () => {
    const p = fakePort(3);
    service.connect(p.port);
    p.send({ type: 'check', editorId: 'e1', seq: 1, text: 'Millie' });
    await settle();
    expect(await badge(3)).toBe('1');
    p.send({ type: 'check', editorId: 'e1', seq: 2, text: 'A lovely day' });
    await settle();
    expect(await badge(3)).toBe('');
    p.send({ type: 'check', editorId: 'e1', seq: 3, text: 'Millie' });
    p.send({ type: 'editor-gone', editorId: 'e1' });
    await settle();
    expect(await badge(3)).toBe('');
    expect((await getTabFindings(3)).findings).toEqual([]);
  });

  it('shows the count of the editor being edited, not of the whole tab', async () => {
    const top = fakePort(4, 0);
    const frame = fakePort(4, 2);
    service.connect(top.port);
    service.connect(frame.port);
    top.send({ type: 'check', editorId: 'a', seq: 1, text: 'Millie Millie' });
    await settle();
    frame.send({ type: 'check', editorId: 'a', seq: 1, text: 'Millie' });
    await settle();
    expect(await badge(4)).toBe('1');
    frame.disconnect();
    await settle();
    expect(await badge(4)).toBe('');
  });

  it('keeps a dismissed finding away for the rest of the post only', async () => {
    const p = fakePort(5);
    service.connect(p.port);
    p.send({ type: 'check', editorId: 'e1', seq: 1, text: 'Millie' });
    p.send({ type: 'dismiss', editorId: 'e1', kind: 'pupil-name', text: 'millie' });
    p.send({ type: 'check', editorId: 'e1', seq: 2, text: 'Millie again' });
    await settle();
    expect(findingsOf(p.received.at(-1))).toEqual([]);
    expect(await badge(5)).toBe('');
    p.send({ type: 'editor-gone', editorId: 'e1' });
    p.send({ type: 'check', editorId: 'e1', seq: 3, text: 'Millie' });
    await settle();
    expect(await badge(5)).toBe('1');
  });

  it('remembers an attachment and opens the popup for the right tab', async () => {
    const p = fakePort(9);
    service.connect(p.port);
    p.send({ type: 'check', editorId: 'e1', seq: 1, text: '', hasAttachment: true });
    p.send({ type: 'open-page', page: 'popup' });
    p.send({ type: 'open-page', page: 'policy', clause: '6.9' });
    await settle();
    expect((await getTabFindings(9)).hasAttachment).toBe(true);
    expect(opened).toEqual(['popup:9:', 'policy:9:6.9']);
  });

  it('saves the findings for the popup even when the browser refuses the badge', async () => {
    // Firefox's MV2 build once threw here (no `action`), and the popup then showed nothing.
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const noBadge = createCheckService({
      checker: async () => millieChecker,
      setBadge: () => {
        throw new TypeError('can\'t access property "setBadgeText", n.action is undefined');
      },
      saveTab: saveTabFindings,
      openPage: () => undefined,
    });
    const p = fakePort(14);
    noBadge.connect(p.port);
    p.send({ type: 'check', editorId: 'e1', seq: 1, text: 'Well done Millie' });
    await settle();
    expect((await getTabFindings(14)).findings.map((f) => f.text)).toEqual(['Millie']);
    errors.mockRestore();
  });

  it('checks nothing on a site the school switched off', async () => {
    const off = createCheckService({
      checker: async () => millieChecker,
      setBadge: (tabId, text) => fakeBrowser.action.setBadgeText({ tabId, text }),
      saveTab: saveTabFindings,
      openPage: () => undefined,
      siteEnabled: (url) => !url?.startsWith('https://x.com/'),
    });
    const p = fakePort(11);
    off.connect(p.port);
    p.send({ type: 'check', editorId: 'e1', seq: 1, text: 'Millie' });
    await settle();
    expect(findingsOf(p.received.at(-1))).toEqual([]);
    expect(await badge(11)).toBe('');
  });

  it('applies edits to the text it holds, and asks for the whole text when it has none', async () => {
    const p = fakePort(12);
    service.connect(p.port);
    p.send({ type: 'edit', editorId: 'e1', seq: 1, from: 0, to: 0, insert: 'Millie' });
    await settle();
    expect(p.received).toEqual([{ type: 'need-text', editorId: 'e1' }]);
    p.send({ type: 'check', editorId: 'e1', seq: 2, text: 'Hello there' });
    p.send({ type: 'edit', editorId: 'e1', seq: 3, from: 6, to: 11, insert: 'Millie' });
    await settle();
    expect(findingsOf(p.received.at(-1)).map((f) => f.start)).toEqual([6]);
    expect(await badge(12)).toBe('1');
  });

  it('checks with the thread of the last check, through later edits, until a check has none', async () => {
    const threads: (string | undefined)[] = [];
    const threaded = createCheckService({
      checker: async () => ({
        check: findMillies,
        checkWithin: (text, { thread }) => {
          threads.push(thread);
          return { findings: findMillies(text), complete: true };
        },
      }),
      setBadge: () => {},
      saveTab: () => {},
      openPage: () => {},
    });
    const p = fakePort(14);
    threaded.connect(p.port);
    p.send({ type: 'check', editorId: 'e1', seq: 1, text: 'They', thread: 'The council said no.' });
    await settle();
    p.send({ type: 'edit', editorId: 'e1', seq: 2, from: 4, to: 4, insert: ' again' });
    await settle();
    p.send({ type: 'check', editorId: 'e1', seq: 3, text: 'They again' });
    await settle();
    expect(threads).toEqual(['The council said no.', 'The council said no.', undefined]);
  });

  it('sends the keyboard shortcut to the editor being edited only', async () => {
    const first = fakePort(13, 0);
    const second = fakePort(13, 4);
    service.connect(first.port);
    service.connect(second.port);
    service.toggleCard(13); // nothing edited yet: nothing to open
    first.send({ type: 'check', editorId: 'a', seq: 1, text: 'Millie' });
    second.send({ type: 'check', editorId: 'b', seq: 1, text: 'Millie' });
    await settle();
    service.toggleCard(13);
    expect(second.received.at(-1)).toEqual({ type: 'toggle-card', editorId: 'b' });
    expect(first.received.some((m) => m.type === 'toggle-card')).toBe(false);
  });

  it('returns an empty answer for a tab it has never seen', async () => {
    expect(await getTabFindings(42)).toEqual({ tabId: 42, findings: [] });
  });
});
