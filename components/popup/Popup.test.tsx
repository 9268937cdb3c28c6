// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FINDINGS } from '../../test/fixtures/findings';
import { policyPath } from '../../lib/messaging/page-links';
import { KIND_POLICY, seedPolicyPack } from '../../lib/policy';
import type { PolicyPack } from '../../lib/policy/types';
import trustSample from '../../lib/sample/trust-sample-settings.json';
import { Popup, type PopupProps, type SiteView } from './Popup';

const pack: PolicyPack = seedPolicyPack;
const facebook: SiteView = { kind: 'watched', label: 'Facebook' };
const base: PopupProps = {
  tab: { kind: 'ready', site: facebook, findings: [] },
  work: { kind: 'unset' },
  pack,
  links: {
    policy: policyPath,
    options: 'options.html',
    addSite: (host) => `options.html?add-site=${host}`,
  },
};
const show = (props: Partial<PopupProps> = {}) => render(<Popup {...base} {...props} />);

afterEach(cleanup);

describe('Popup warnings', () => {
  it('on a watched site with no warnings, says so and names the site', () => {
    show();
    expect(screen.getByRole('status').textContent).toBe(
      '✓ No warnings so far in what you are writing on Facebook.',
    );
    expect(document.querySelector('.finding')).toBeNull();
  });

  it('on a site that is not watched, says so and offers to add it in the options page', () => {
    const onOpenOptions = vi.fn();
    const site: SiteView = { kind: 'not-watched', host: 'forum.example.org' };
    show({ tab: { kind: 'ready', site, findings: [] }, onOpenOptions });
    const status = screen.getByRole('status');
    expect(status.textContent).toMatch(/^Posts on forum\.example\.org are not checked/);
    expect(status.textContent).not.toMatch(/✓|fine|No warnings/);
    fireEvent.click(within(status).getByRole('link', { name: 'Add forum.example.org in Options' }));
    expect(onOpenOptions).toHaveBeenCalledWith('options.html?add-site=forum.example.org');
  });

  it.each<[string, PopupProps['tab'], RegExp]>([
    [
      'a switched-off site',
      { kind: 'ready', site: { kind: 'switched-off', label: 'Facebook' }, findings: [] },
      /^Posts on Facebook are not checked: it is switched off/,
    ],
    [
      'a browser page',
      { kind: 'ready', site: { kind: 'not-a-site' }, findings: [] },
      /^This page is not a web site, so nothing here is checked/,
    ],
    [
      'a tab whose address the popup was not told',
      { kind: 'ready', site: { kind: 'unknown' }, findings: [] },
      /^Nothing has been checked in this tab yet/,
    ],
    ['a tab that does not exist', { kind: 'no-tab' }, /^There is no such tab/],
  ])('never calls the post fine on %s', (_, tab, message) => {
    show({ tab });
    const status = screen.getByRole('status');
    expect(status.textContent).toMatch(message);
    expect(status.textContent).not.toMatch(/✓|fine|No warnings/);
  });

  it('shows that it is still checking', () => {
    show({ tab: { kind: 'loading' } });
    expect(screen.getByRole('status').textContent).toMatch(/Checking/);
  });

  it('says why the warnings could not be fetched', () => {
    show({ tab: { kind: 'error', message: 'No tab 99' } });
    expect(screen.getByRole('alert').textContent).toMatch(/No tab 99/);
  });

  it('shows each warning on one line, its clauses behind a disclosure', () => {
    show({ tab: { kind: 'ready', site: facebook, findings: FINDINGS } });
    const lines = [...document.querySelectorAll<HTMLElement>('.finding')];
    expect(lines.map((line) => line.querySelector('summary')!.textContent)).toEqual([
      '‼ High risk Pupil name Millie',
      '⚠ Check Phone number 07700 900123',
    ]);
    // The reason and clauses wait inside a closed disclosure.
    for (const line of lines) {
      expect(line.querySelector('details')!.open).toBe(false);
      expect(line.querySelector('details .clauses')).not.toBeNull();
      expect(line.querySelector('summary .clauses, summary blockquote')).toBeNull();
    }
  });

  it('shows each warning with its clauses: number, plain-English why and full text', () => {
    show({ tab: { kind: 'ready', site: facebook, findings: FINDINGS } });
    expect(screen.getByRole('heading', { name: /2 warnings/ })).toBeTruthy();
    const cards = [...document.querySelectorAll<HTMLElement>('.finding')];
    // High severity first, whatever order the background sent.
    expect(cards.map((c) => c.querySelector('q')!.textContent)).toEqual(['Millie', '07700 900123']);
    const pupil = within(cards[0]!);
    expect(pupil.getByText(/High risk/)).toBeTruthy();
    expect(pupil.getByText(/on the Year 4 Oak class list/)).toBeTruthy();
    const link = pupil.getByRole('link', { name: 'Clause 5.4' });
    expect(link.getAttribute('href')).toBe('policy.html#5.4');
    const clause = link.closest('li')!;
    expect(clause.querySelector('.why')!.textContent).toBe(
      KIND_POLICY['pupil-name'].clauses[0]!.why,
    );
    expect(clause.querySelector('blockquote')!.textContent).toMatch(
      /^You must not discuss personal information about pupils, .* on social media\.$/,
    );
    expect(pupil.getByText('Pupil name')).toBeTruthy();
    expect(within(cards[1]!).getByText(/^Check$/)).toBeTruthy();
  });

  it('reminds about clause 6.9 when a photo is attached, even with no text warnings', () => {
    show({ tab: { kind: 'ready', site: facebook, findings: [], hasAttachment: true } });
    expect(screen.queryByText(/No warnings/)).toBeNull();
    expect(screen.getByRole('heading', { name: /1 warning in/ })).toBeTruthy();
    const card = within(document.querySelector<HTMLElement>('.finding')!);
    expect(card.getByText('Photo or video attached')).toBeTruthy();
    expect(card.getByRole('link', { name: 'Clause 6.9' })).toBeTruthy();
    expect(
      card.getByText(/^Photographs, videos or any other types of image of pupils/),
    ).toBeTruthy();
  });

  it('says so when a warning cites a clause the policy lacks', () => {
    const finding = { ...FINDINGS[1]!, clauses: ['99.9'] };
    show({ tab: { kind: 'ready', site: facebook, findings: [finding] } });
    expect(screen.getByText('This policy has no clause 99.9.')).toBeTruthy();
  });
});

describe('Popup on a school with its own policy', () => {
  const trust = trustSample.policy as PolicyPack;
  const working = {
    kind: 'status' as const,
    reminder: true,
    text: { headline: 'Working time until 10:15' },
  };

  it('cites the school’s own clauses for photos and working time, found from their text', () => {
    show({
      pack: trust,
      work: working,
      tab: { kind: 'ready', site: facebook, findings: [], hasAttachment: true },
    });
    const card = within(document.querySelector<HTMLElement>('.finding')!);
    expect(card.getByRole('link', { name: 'Clause 4.8' })).toBeTruthy();
    expect(card.queryByRole('link', { name: 'Clause 6.9' })).toBeNull();
    const panel = screen.getByRole('region', { name: 'Working hours' });
    expect(panel.querySelector('summary')!.textContent).toContain('clause 4.9');
    expect(within(panel).getByLabelText('Clause 4.9').textContent).toMatch(/working hours/);
  });

  it('says plainly when the policy has no clause on a warning, and cites nothing', () => {
    const finding = { ...FINDINGS[0]!, clauses: [], citations: [] };
    show({ pack: trust, tab: { kind: 'ready', site: facebook, findings: [finding] } });
    const card = document.querySelector<HTMLElement>('.finding')!;
    expect(card.textContent).toContain('Your school’s policy has no clause on this.');
    expect(card.querySelectorAll('.clauses a')).toHaveLength(0);
  });
});

describe('Popup working hours', () => {
  it('explains how to set a timetable when none is set', () => {
    const onOpenOptions = vi.fn();
    show({ onOpenOptions });
    const panel = screen.getByRole('region', { name: 'Working hours' });
    expect(panel.textContent).toMatch(/No working hours set/);
    fireEvent.click(within(panel).getByRole('link', { name: 'Set them in Options' }));
    expect(onOpenOptions).toHaveBeenCalledExactlyOnceWith('options.html');
  });

  it('in working time, one line, with clause 6.13 in full on demand', () => {
    show({
      work: {
        kind: 'status',
        reminder: true,
        text: { headline: 'Working time until 10:30', detail: 'Personal social media waits.' },
      },
    });
    const panel = screen.getByRole('region', { name: 'Working hours' });
    expect(panel.querySelector('summary')!.textContent).toBe(
      'Working time until 10:30 · clause 6.13',
    );
    expect(panel.querySelector('details')!.open).toBe(false);
    expect(within(panel).getByLabelText('Clause 6.13').closest('details')).not.toBeNull();
    expect(within(panel).getByLabelText('Clause 6.13').textContent).toMatch(
      /does not permit personal use of social media while at work/,
    );
  });

  it('shows the break without the reminder', () => {
    show({
      work: { kind: 'status', reminder: false, text: { headline: 'Lunchtime until 13:00' } },
    });
    const panel = screen.getByRole('region', { name: 'Working hours' });
    expect(panel.textContent).toMatch(/Lunchtime until 13:00/);
    expect(within(panel).queryByLabelText('Clause 6.13')).toBeNull();
  });

  it('outside working time, one line, with when it starts on demand', () => {
    show({
      work: {
        kind: 'status',
        reminder: false,
        text: { headline: 'Outside working hours', detail: 'Working time starts Mon 08:30.' },
      },
    });
    const panel = screen.getByRole('region', { name: 'Working hours' });
    expect(panel.querySelector('summary')!.textContent).toBe('Outside working hours');
    expect(panel.querySelector('details')!.open).toBe(false);
    expect(panel.querySelector('details .detail')!.textContent).toBe(
      'Working time starts Mon 08:30.',
    );
    expect(within(panel).queryByLabelText('Clause 6.13')).toBeNull();
  });

  it('reports an unusable timetable', () => {
    show({ work: { kind: 'error', message: 'workingHours.start: expected a time' } });
    expect(screen.getByRole('alert').textContent).toMatch(/workingHours.start/);
  });
});

describe('Popup policy search', () => {
  it('ranks and highlights matches, linking to the clause and to all results', () => {
    show();
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'friend request' } });
    const results = screen.getByRole('list', { name: /matching clauses/ });
    const first = within(results).getAllByRole('listitem')[0]!;
    expect(within(first).getByRole('link').getAttribute('href')).toBe('policy.html#6.5');
    expect([...first.querySelectorAll('mark')].map((m) => m.textContent)).toContain('requests');
    expect(within(results).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getByRole('link', { name: /All \d+ matches/ }).getAttribute('href')).toBe(
      'policy.html?q=friend%20request',
    );
  });

  it('says when nothing matches', () => {
    show();
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'zebra' } });
    expect(screen.getByText(/No clause matches “zebra”/)).toBeTruthy();
  });
});
