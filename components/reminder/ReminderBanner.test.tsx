// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WORKING_TIME_REMINDER } from '../../lib/working-time/reminders';
import { ReminderBanner } from './ReminderBanner';

const reminder = {
  ...WORKING_TIME_REMINDER,
  clauses: [{ id: '6.13', text: 'Old Park does not permit personal use.' }],
};
afterEach(cleanup);

describe('ReminderBanner', () => {
  it('is a note, not a dialog, and goes away when dismissed', () => {
    const onDismiss = vi.fn();
    render(<ReminderBanner reminder={reminder} onOpenClause={vi.fn()} onDismiss={onDismiss} />);
    const note = screen.getByRole('note', { name: 'Reminder: clause 6.13' });
    expect(note.textContent).toMatch(/It is working time/);
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('note')).toBeNull();
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('shows the clause on request, then opens the policy at it', () => {
    const onOpenClause = vi.fn();
    render(<ReminderBanner reminder={reminder} onOpenClause={onOpenClause} />);
    expect(screen.queryByText(/does not permit/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show clause 6.13' }));
    expect(screen.getByText(/does not permit personal use/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Open the policy' }));
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
    render(<ReminderBanner reminder={two} onOpenClause={vi.fn()} />);
    expect(screen.getByRole('note', { name: 'Reminder: clauses 4.9 and 4.10' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show the clauses' }));
    expect(screen.getByText(/No personal use in working hours/)).toBeTruthy();
    expect(screen.getByText(/Not in front of pupils/)).toBeTruthy();
  });

  it('says plainly when the policy has no clause on it, and cites no number', () => {
    const onOpenClause = vi.fn();
    render(<ReminderBanner reminder={{ ...reminder, clauses: [] }} onOpenClause={onOpenClause} />);
    expect(screen.getByText('Your school’s policy has no clause on this.')).toBeTruthy();
    expect(screen.getByRole('note', { name: 'Reminder: It is working time' })).toBeTruthy();
    const words = [...screen.getByRole('note').querySelectorAll('p, button')].map(
      (e) => e.textContent,
    );
    expect(words.join(' ')).not.toMatch(/\d\.\d/);
    fireEvent.click(screen.getByRole('button', { name: 'Open the policy' }));
    expect(onOpenClause).toHaveBeenCalledWith('');
  });
});
