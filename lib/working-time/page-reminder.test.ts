import { describe, expect, it } from 'vitest';
import { decidePageReminder, siteOf } from './page-reminder';
import { halfDayKey, isEncyclopaediaEdit } from './reminders';
import type { WorkStatus } from './working-hours';

const at = (state: WorkStatus['state']): WorkStatus => ({
  state,
  changesAt: null,
  nextWorkingAt: null,
});
const morning = { date: '2026-06-10', minutes: 9 * 60 };
const afternoon = { date: '2026-06-10', minutes: 14 * 60 };

describe('isEncyclopaediaEdit', () => {
  it.each([
    ['https://en.wikipedia.org/w/index.php?title=Telford&action=edit', true],
    ['https://en.wikipedia.org/wiki/Telford?veaction=edit', true],
    ['https://en.m.wikipedia.org/w/index.php?title=Telford&action=submit', true],
    ['https://cy.wikipedia.org/wiki/Telford?veaction=editsource', true],
    ['https://en.wikipedia.org/wiki/Telford', false],
    ['https://en.wikipedia.org/w/index.php?title=Telford&action=history', false],
    ['https://wikipedia.org.evil.example/?action=edit', false],
    ['https://en.wikibooks.org/w/index.php?action=edit', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => expect(isEncyclopaediaEdit(url)).toBe(expected));
});

describe('siteOf and halfDayKey', () => {
  it.each([
    ['https://www.facebook.com/home', 'facebook.com'],
    ['https://m.facebook.com/', 'facebook.com'],
    ['https://x.com/compose/post', 'x.com'],
  ])('%s → %s', (url, site) => expect(siteOf(url)).toBe(site));
  it.each([
    [11 * 60 + 59, '2026-06-10-am'],
    [12 * 60, '2026-06-10-pm'],
  ])('%i minutes → %s', (minutes, key) => expect(halfDayKey('2026-06-10', minutes)).toBe(key));
});

describe('decidePageReminder', () => {
  const social = 'https://www.facebook.com/';
  it('shows the working-time reminder on a social site in working time and records the half-day', () => {
    expect(decidePageReminder(social, at('working'), morning, {})).toEqual({
      reminder: expect.objectContaining({ topic: 'working-hours' }),
      record: { site: 'facebook.com', slot: '2026-06-10-am' },
    });
  });
  it('shows it once per site per half-day', () => {
    const shown = { 'facebook.com': '2026-06-10-am' };
    expect(decidePageReminder(social, at('working'), morning, shown)).toBeNull();
    expect(decidePageReminder(social, at('working'), afternoon, shown)?.reminder.topic).toBe(
      'working-hours',
    );
    expect(decidePageReminder('https://x.com/', at('working'), morning, shown)).not.toBeNull();
  });
  it.each([['break'], ['outside-hours'], ['holiday']] as const)(
    'stays quiet on social sites in %s',
    (state) => expect(decidePageReminder(social, at(state), morning, {})).toBeNull(),
  );
  it('stays quiet with no timetable', () => {
    expect(decidePageReminder(social, null, null, {})).toBeNull();
  });

  const edit = 'https://en.wikipedia.org/w/index.php?title=Telford&action=edit';
  it.each([
    ['working', edit, 'encyclopaedia'],
    ['break', edit, 'encyclopaedia'],
    ['outside-hours', edit, undefined],
    ['working', 'https://en.wikipedia.org/wiki/Telford', undefined],
  ] as const)('Wikipedia in %s: %s → %s', (state, url, topic) => {
    const decision = decidePageReminder(url, at(state), morning, {});
    expect(decision?.reminder.topic).toBe(topic);
    expect(decision?.record).toBeUndefined();
  });
});
