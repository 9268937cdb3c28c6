// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FINDINGS } from '../../test/fixtures/findings';
import { policyPath } from '../../lib/messaging/page-links';
import { KIND_POLICY, seedPolicyPack } from '../../lib/policy';
import type { PolicyPack } from '../../lib/policy/types';
import trustSample from '../../lib/sample/trust-sample-settings.json';
import { Popup, type PopupProps } from './Popup';

const pack: PolicyPack = seedPolicyPack;
const base: PopupProps = {
  tab: { kind: 'ready', findings: [] },
  work: { kind: 'unset' },
  pack,
  links: { policy: policyPath, options: 'options.html' },
};
const show = (props: Partial<PopupProps> = {}) => render(<Popup {...base} {...props} />);

afterEach(cleanup);

describe('Popup warnings', () => {
  it('says the post looks fine when there are no warnings', () => {
    show();
    expect(screen.getByRole('status').textContent).toMatch(/post looks fine/);
    expect(document.querySelector('.finding')).toBeNull();
  });

  it('shows that it is still checking', () => {
    show({ tab: { kind: 'loading' } });
    expect(screen.getByRole('status').textContent).toMatch(/Checking/);
  });

  it('says why the warnings could not be fetched', () => {
    show({ tab: { kind: 'error', message: 'No tab 99' } });
    expect(screen.getByRole('alert').textContent).toMatch(/No tab 99/);
  });

  it('shows each warning with its clauses: number, plain-English why and full text', () => {
    show({ tab: { kind: 'ready', findings: FINDINGS } });
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
    show({ tab: { kind: 'ready', findings: [], hasAttachment: true } });
    expect(screen.queryByText(/post looks fine/)).toBeNull();
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
    show({ tab: { kind: 'ready', findings: [finding] } });
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
    show({ pack: trust, work: working, tab: { kind: 'ready', findings: [], hasAttachment: true } });
    const card = within(document.querySelector<HTMLElement>('.finding')!);
    expect(card.getByRole('link', { name: 'Clause 4.8' })).toBeTruthy();
    expect(card.queryByRole('link', { name: 'Clause 6.9' })).toBeNull();
    const panel = screen.getByRole('region', { name: 'Working hours' });
    expect(within(panel).getByLabelText('Clause 4.9').textContent).toMatch(/working hours/);
  });

  it('says plainly when the policy has no clause on a warning, and cites nothing', () => {
    const finding = { ...FINDINGS[0]!, clauses: [], citations: [] };
    show({ pack: trust, tab: { kind: 'ready', findings: [finding] } });
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
    fireEvent.click(within(panel).getByRole('link', { name: 'Options' }));
    expect(onOpenOptions).toHaveBeenCalledOnce();
  });

  it('shows clause 6.13 in full in working time', () => {
    show({
      work: {
        kind: 'status',
        reminder: true,
        text: { headline: 'Working time until 10:30', detail: 'Personal social media waits.' },
      },
    });
    const panel = screen.getByRole('region', { name: 'Working hours' });
    expect(panel.textContent).toMatch(/Working time until 10:30/);
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
