// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WORKING_TIME_REMINDER } from '../../lib/working-time/reminders';
import { mountReminderBanner } from './reminder-banner';

const reminder = {
  ...WORKING_TIME_REMINDER,
  clauses: [{ id: '6.13', text: 'Old Park does not permit personal use.' }],
};
afterEach(() => document.body.replaceChildren());

const note = () => document.querySelector('[role="note"]');
const buttonNamed = (name: string) =>
  [...document.querySelectorAll('button')].find((b) => b.textContent === name);

describe('reminder banner', () => {
  it('is a note, not a dialog, and goes away when dismissed', () => {
    const onDismiss = vi.fn();
    mountReminderBanner(document.body, { reminder, onOpenClause: vi.fn(), onDismiss });
    expect(note()?.getAttribute('aria-label')).toBe('Reminder: clause 6.13');
    expect(note()?.textContent).toMatch(/It is working time/);
    expect(document.querySelector('[role="dialog"]')).toBeNull();
    buttonNamed('Dismiss')!.click();
    expect(note()).toBeNull();
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('shows the clause on request, then opens the policy at it', () => {
    const onOpenClause = vi.fn();
    mountReminderBanner(document.body, { reminder, onOpenClause });
    expect(note()?.textContent).not.toMatch(/does not permit/);
    buttonNamed('Show clause 6.13')!.click();
    expect(note()?.querySelector('blockquote')?.textContent).toMatch(
      /does not permit personal use/,
    );
    expect(buttonNamed('Show clause 6.13')).toBeUndefined();
    buttonNamed('Open the policy')!.click();
    expect(onOpenClause).toHaveBeenCalledWith('6.13');
  });

  it('shows every clause a school’s policy gives it', () => {
    const two = {
      ...reminder,
      clauses: [
        { id: '4.9', text: 'No personal use in working hours.' },
        { id: '4.10', text: 'Not in front of pupils either.' },
      ],
    };
    mountReminderBanner(document.body, { reminder: two, onOpenClause: vi.fn() });
    expect(note()?.getAttribute('aria-label')).toBe('Reminder: clauses 4.9 and 4.10');
    buttonNamed('Show the clauses')!.click();
    expect([...document.querySelectorAll('blockquote')].map((q) => q.textContent)).toEqual([
      'Clause 4.9. No personal use in working hours.',
      'Clause 4.10. Not in front of pupils either.',
    ]);
  });

  it('says plainly when the policy has no clause on it, and cites no number', () => {
    const onOpenClause = vi.fn();
    mountReminderBanner(document.body, { reminder: { ...reminder, clauses: [] }, onOpenClause });
    expect(note()?.getAttribute('aria-label')).toBe('Reminder: It is working time');
    const words = [...note()!.querySelectorAll('p, button')].map((e) => e.textContent).join(' ');
    expect(words).toContain('Your school’s policy has no clause on this.');
    expect(words).not.toMatch(/\d\.\d/);
    buttonNamed('Open the policy')!.click();
    expect(onOpenClause).toHaveBeenCalledWith('');
  });

  it('puts the page’s text in as text, never as markup', () => {
    const hostile = { ...reminder, why: '<img src=x onerror=alert(1)>' };
    mountReminderBanner(document.body, { reminder: hostile, onOpenClause: vi.fn() });
    expect(document.querySelector('img')).toBeNull();
    expect(note()?.textContent).toContain('<img src=x');
  });
});
