// The background's attachment and school-email answers, with the real engine, the real
// EXIF reader and JPEGs the tests write (test/fixtures/make-jpeg.ts).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createChecker } from '../../lib/engine';
import { encodePhotoHead } from '../../lib/photo/transfer';
import type { BackgroundMessage, ContentMessage } from '../../lib/messaging/protocol';
import sample from '../../lib/sample/sample-settings.json';
import type { SchoolSettings } from '../../lib/settings/types';
import { makeJpeg } from '../../test/fixtures/make-jpeg';
import { seedPolicyPack } from '../../lib/policy/seed';
import { attachmentContextOf } from './attachments';
import { createCheckService, type CheckPort } from './check-service';
import { getTabFindings, saveTabFindings } from './tab-findings';

const settings = sample as SchoolSettings;
const checker = createChecker(settings);
const context = attachmentContextOf(settings, seedPolicyPack);
const SCHOOL_DOMAIN = settings.school.emailDomains[0]!;

function fakePort(tabId: number, url = 'https://www.facebook.com/') {
  const received: BackgroundMessage[] = [];
  const listeners: ((m: ContentMessage) => void)[] = [];
  const port: CheckPort = {
    sender: { tab: { id: tabId, url }, frameId: 0 },
    postMessage: (m) => received.push(m),
    onMessage: { addListener: (l) => listeners.push(l) },
    onDisconnect: { addListener: () => undefined },
  };
  return { port, received, send: (m: ContentMessage) => listeners.forEach((l) => l(m)) };
}

const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
const lastFindings = (received: BackgroundMessage[]) => {
  const last = received.findLast((m) => m.type === 'findings');
  if (last?.type !== 'findings') throw new Error('no findings yet');
  return last;
};
const withGps = encodePhotoHead(makeJpeg({ gps: { latitude: 52.6776, longitude: -2.4497 } }));
const withoutGps = encodePhotoHead(makeJpeg({ exif: true }));

describe('attachment warnings in the background', () => {
  let service: ReturnType<typeof createCheckService>;
  let enabled: boolean;

  beforeEach(() => {
    fakeBrowser.reset();
    enabled = true;
    service = createCheckService({
      checker: async () => checker,
      attachmentContext: async () => context,
      setBadge: (tabId, text) => fakeBrowser.action.setBadgeText({ tabId, text }),
      saveTab: saveTabFindings,
      openPage: () => undefined,
      siteEnabled: () => enabled,
    });
  });

  it('warns about a photo that records its location, and counts it on the badge', async () => {
    const p = fakePort(1);
    service.connect(p.port);
    p.send({ type: 'check', editorId: 'e1', seq: 1, text: 'Sports day!' });
    p.send({ type: 'attachment', editorId: 'e1', fileName: 'IMG_1.jpg', head: withGps });
    await vi.waitFor(async () => expect(await badge(1)).toBe('1'));
    const message = lastFindings(p.received);
    expect(message.seq).toBe(1);
    expect(message.attachments?.map((w) => [w.id, w.fileName, w.clauses])).toEqual([
      ['photo-location', 'IMG_1.jpg', ['6.15', 'A.5.2']],
    ]);
    expect(message.attachments?.[0]?.guides.length).toBeGreaterThan(0);
    const tab = await getTabFindings(1);
    expect(tab.hasAttachment).toBe(true);
    expect(tab.attachments?.map((w) => w.id)).toEqual(['photo-location']);
  });

  it.each([
    ['a photo without a position', withoutGps],
    ['bytes that are not an image', btoa('not a photo at all')],
    ['a video (no bytes sent)', undefined],
    ['base64 that is broken', '%%%'],
  ])('raises nothing beyond the 6.9 reminder for %s', async (_, head) => {
    const p = fakePort(2);
    service.connect(p.port);
    p.send({ type: 'check', editorId: 'e1', seq: 1, text: 'Sports day!' });
    p.send({ type: 'attachment', editorId: 'e1', fileName: 'x', head });
    await vi.waitFor(async () => expect((await getTabFindings(2)).hasAttachment).toBe(true));
    expect(lastFindings(p.received).attachments).toEqual([]);
    expect(await badge(2)).toBe('');
  });

  it('raises one high 6.9 warning for a photo-restricted pupil named beside a picture', async () => {
    const p = fakePort(3);
    service.connect(p.port);
    p.send({ type: 'check', editorId: 'e1', seq: 1, text: 'Kacper and kacper won' });
    await vi.waitFor(() => expect(p.received).toHaveLength(1));
    expect(lastFindings(p.received).attachments).toEqual([]);
    p.send({ type: 'attachment', editorId: 'e1', fileName: 'team.jpg', head: withoutGps });
    await vi.waitFor(() => expect(p.received).toHaveLength(2));
    const { findings, attachments } = lastFindings(p.received);
    expect(attachments?.map((w) => [w.id, w.severity, w.clauses, w.name])).toEqual([
      ['photo-restricted-pupil', 'high', ['6.9'], 'Kacper'],
    ]);
    expect(await badge(3)).toBe(String(findings.length + 1));
  });

  it('forgets the photos when the editor goes away', async () => {
    const p = fakePort(4);
    service.connect(p.port);
    p.send({ type: 'attachment', editorId: 'e1', fileName: 'a.jpg', head: withGps });
    await vi.waitFor(async () => expect(await badge(4)).toBe('1'));
    p.send({ type: 'editor-gone', editorId: 'e1' });
    await vi.waitFor(async () => expect(await badge(4)).toBe(''));
    p.send({ type: 'check', editorId: 'e1', seq: 2, text: 'Hello' });
    await vi.waitFor(() => expect(lastFindings(p.received).seq).toBe(2));
    expect(lastFindings(p.received).attachments).toEqual([]);
  });

  it.each([
    [`head@${SCHOOL_DOMAIN}`, true],
    [` Head@${SCHOOL_DOMAIN.toUpperCase()} `, true],
    ['someone@gmail.com', false],
    [`head@${SCHOOL_DOMAIN}.evil.com`, false],
    ['not an email', false],
  ])('answers whether %s is a school email address', async (value, expected) => {
    const p = fakePort(5);
    service.connect(p.port);
    p.send({ type: 'email-field', fieldId: '1:1', value });
    await vi.waitFor(() => expect(p.received).toHaveLength(1));
    expect(p.received[0]).toEqual({
      type: 'school-email',
      fieldId: '1:1',
      isSchoolEmail: expected,
      clauses: ['6.10'],
    });
  });

  it('answers no about email, and raises no photo warnings, on a site switched off', async () => {
    enabled = false;
    const p = fakePort(6);
    service.connect(p.port);
    p.send({ type: 'email-field', fieldId: '1:1', value: `head@${SCHOOL_DOMAIN}` });
    p.send({ type: 'attachment', editorId: 'e1', fileName: 'a.jpg', head: withGps });
    await vi.waitFor(() => expect(p.received).toHaveLength(2));
    expect(p.received[0]).toMatchObject({ isSchoolEmail: false });
    expect(lastFindings(p.received).attachments).toEqual([]);
  });
});
