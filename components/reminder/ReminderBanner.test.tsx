// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WORKING_TIME_REMINDER } from '../../lib/working-time/reminders';
import { ReminderBanner } from './ReminderBanner';

const reminder = { ...WORKING_TIME_REMINDER, clauseText: 'Old Park does not permit personal use.' };
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

  it('offers the policy straight away when the pack lacks the clause', () => {
    const onOpenClause = vi.fn();
    render(<ReminderBanner reminder={WORKING_TIME_REMINDER} onOpenClause={onOpenClause} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open the policy' }));
    expect(onOpenClause).toHaveBeenCalledWith('6.13');
  });
});
