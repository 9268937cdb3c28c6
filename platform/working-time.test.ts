import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from '#imports';
import sample from '../lib/sample/sample-settings.json';
import type { SchoolSettings } from '../lib/settings/types';
import { settingsItem } from './storage';
import { answerPageReminder, refreshWorkingTime } from './working-time';
import { CHECKER_DATA_FILE } from '../lib/engine/data';
import { checkerDataFileText } from '../lib/engine/shipped-data';

const settings = sample as SchoolSettings; // London, 08:30–16:00, playtime 10:30, lunch 12:00
const utc = (iso: string) => Date.parse(`${iso}Z`);
const ALARM = 'before-you-post/working-time';

beforeEach(() => fakeBrowser.reset());

// The background reads the seed policy with the checker's data, from the extension's own file
// (platform/background/checker-data.ts): served here as the build writes it.
vi.stubGlobal('fetch', async (url: string) =>
  url.endsWith(`/${CHECKER_DATA_FILE}`)
    ? new Response(checkerDataFileText())
    : Promise.reject(new Error(`no such file: ${url}`)),
);

describe('refreshWorkingTime', () => {
  it('titles the toolbar button and sets an alarm for the next change', async () => {
    await settingsItem.setValue(settings);
    await refreshWorkingTime(utc('2026-06-10T08:00')); // 09:00 BST, a Wednesday
    expect(await browser.action.getTitle({})).toBe('Before You Post — Working time until 10:30');
    expect((await browser.alarms.get(ALARM))?.scheduledTime).toBe(utc('2026-06-10T09:30') + 1000);
  });

  it('leaves the badge text (the warning count) alone', async () => {
    await settingsItem.setValue(settings);
    await browser.action.setBadgeText({ text: '3' });
    await refreshWorkingTime(utc('2026-06-10T11:30'));
    expect(await browser.action.getTitle({})).toBe('Before You Post — Lunchtime until 13:00');
    expect(await browser.action.getBadgeText({})).toBe('3');
  });

  it.each([
    ['no timetable', { ...settings, workingHours: undefined }],
    [
      'a timetable it cannot use',
      { ...settings, workingHours: { ...settings.workingHours!, start: 'nine' } },
    ],
  ])('says so and sets no alarm with %s', async (_name, value) => {
    await settingsItem.setValue(value as SchoolSettings);
    await refreshWorkingTime(utc('2026-06-10T08:00'));
    expect(await browser.action.getTitle({})).toBe('Before You Post — no working hours set');
    expect(await browser.alarms.get(ALARM)).toBeUndefined();
  });
});

describe('refreshWorkingTime in Firefox’s MV2 build', () => {
  const fake = fakeBrowser as unknown as Record<'action' | 'browserAction', unknown>;
  const { action, browserAction } = fake;
  afterEach(() => {
    fake.action = action;
    fake.browserAction = browserAction;
  });

  it('titles `browserAction` when there is no `action`', async () => {
    const titles: string[] = [];
    fake.action = undefined;
    fake.browserAction = { setTitle: async ({ title }: { title: string }) => titles.push(title) };
    await settingsItem.setValue(settings);
    await refreshWorkingTime(utc('2026-06-10T08:00'));
    expect(titles).toEqual(['Before You Post — Working time until 10:30']);
  });
});

describe('answerPageReminder', () => {
  it('gives a social site the seed’s clause 6.13 with its text once per half-day', async () => {
    await settingsItem.setValue(settings);
    const first = await answerPageReminder('https://www.facebook.com/', utc('2026-06-10T08:00'));
    expect(first.reminder?.clauses.map((c) => c.id)).toEqual(['6.13']);
    expect(first.reminder?.clauses[0]!.text).toMatch(
      /does not permit personal use of social media/,
    );
    const again = await answerPageReminder('https://facebook.com/groups', utc('2026-06-10T10:00'));
    expect(again.reminder).toBeNull();
    const afternoon = await answerPageReminder(
      'https://www.facebook.com/',
      utc('2026-06-10T13:30'),
    );
    expect(afternoon.reminder?.clauses.map((c) => c.id)).toEqual(['6.13']);
  });

  it('gives Wikipedia’s edit view clause 6.11 at lunchtime too', async () => {
    await settingsItem.setValue(settings);
    const url = 'https://en.wikipedia.org/w/index.php?title=Telford&action=edit';
    const answer = await answerPageReminder(url, utc('2026-06-10T11:30'));
    expect(answer.reminder?.clauses.map((c) => c.id)).toEqual(['6.11']);
    expect(answer.reminder?.clauses[0]!.text).toMatch(/Wikipedia/);
  });

  it('cites the school’s own clause from its policy’s text, or none when it has none', async () => {
    const policy = {
      format: 'policy-pack' as const,
      version: 1 as const,
      title: 'Policy',
      clauses: [
        {
          id: '4.9',
          section: 'Personal accounts',
          text: 'Staff must not use social media for personal reasons during their working hours.',
        },
        {
          id: '4.10',
          section: 'Personal accounts',
          text: 'Staff must not post photographs of pupils on personal accounts.',
        },
      ],
    };
    await settingsItem.setValue({ ...settings, policy });
    const social = await answerPageReminder('https://www.facebook.com/', utc('2026-06-10T08:00'));
    expect(social.reminder?.clauses.map((c) => c.id)).toEqual(['4.9']);
    const url = 'https://en.wikipedia.org/w/index.php?title=Telford&action=edit';
    const wiki = await answerPageReminder(url, utc('2026-06-10T11:30'));
    expect(wiki.reminder?.topic).toBe('encyclopaedia');
    expect(wiki.reminder?.clauses).toEqual([]);
  });

  it('stays quiet with no timetable', async () => {
    await settingsItem.setValue({ ...settings, workingHours: undefined });
    const answer = await answerPageReminder('https://www.facebook.com/', utc('2026-06-10T08:00'));
    expect(answer.reminder).toBeNull();
  });
});
