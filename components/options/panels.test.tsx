// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WorkingHours } from '../../lib/settings/types';
import { PrivacyPanel } from './PrivacyPanel';
import { SiteListSection } from './SiteListSection';
import { TimetableEditor } from './TimetableEditor';
import { Welcome } from './Welcome';
import { settle } from './test-helpers';

afterEach(cleanup);

function setupTimetable(hours?: WorkingHours) {
  const onSave = vi.fn<(hours: WorkingHours | undefined) => Promise<void>>(async () => {});
  render(<TimetableEditor hours={hours} managed={false} onSave={onSave} />);
  return onSave;
}
const state = () => document.querySelector('.save-state')!.textContent;
const saveButton = () =>
  screen.getByRole('button', { name: 'Save working hours' }) as HTMLButtonElement;

describe('TimetableEditor', () => {
  it('lists every problem live and blocks saving until fixed', () => {
    setupTimetable();
    fireEvent.input(screen.getByLabelText('Day ends'), { target: { value: '08:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add a term' }));
    expect(screen.getByText('The day must end after it starts.')).toBeTruthy();
    expect(screen.getByText('Term 1 needs a first and a last day.')).toBeTruthy();
    expect(saveButton().disabled).toBe(true);
  });

  it('edits days, breaks, terms and closed days and saves them', async () => {
    const onSave = setupTimetable();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Friday' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add a break' }));
    fireEvent.input(screen.getByLabelText('Break 1 name'), { target: { value: 'Lunch' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add a term' }));
    fireEvent.input(screen.getByLabelText('Term 1 first day'), { target: { value: '2026-09-02' } });
    fireEvent.input(screen.getByLabelText('Term 1 last day'), { target: { value: '2026-10-23' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add a closed day' }));
    fireEvent.input(screen.getByLabelText('Closed day 1'), { target: { value: '2026-11-27' } });
    fireEvent.submit(saveButton().closest('form')!);
    await settle();
    expect(onSave).toHaveBeenCalledWith({
      timeZone: 'Europe/London',
      days: ['mon', 'tue', 'wed', 'thu'],
      start: '08:30',
      end: '16:00',
      breaks: [{ label: 'Lunch', start: '12:00', end: '13:00' }],
      termDates: [{ start: '2026-09-02', end: '2026-10-23' }],
      closedDays: ['2026-11-27'],
    });
  });

  it('with nothing saved, says the times shown are only a suggestion and not in effect', () => {
    setupTimetable();
    expect(
      screen.getByText(/No working hours are saved, so there are no clause 6\.13/),
    ).toBeTruthy();
    expect(document.querySelector('.save-state')!.textContent).toMatch(
      /^○ Not saved: these times are a suggestion and no reminders are in effect\.$/,
    );
    expect(screen.queryByRole('button', { name: 'Remove working hours' })).toBeNull();
  });

  it('says whether what is on screen is saved, and can remove the saved hours', async () => {
    const saved: WorkingHours = {
      timeZone: 'Europe/London',
      days: ['mon', 'tue', 'wed', 'thu', 'fri'],
      start: '08:45',
      end: '15:15',
      breaks: [],
      closedDays: [],
    };
    const onSave = setupTimetable(saved);
    expect(screen.queryByText(/No working hours are saved/)).toBeNull();
    expect(state()).toBe('✓ Saved: this is what is in effect.');
    fireEvent.input(screen.getByLabelText('Day ends'), { target: { value: '15:30' } });
    expect(state()).toBe('● Changes not saved: the saved version is still in effect.');
    fireEvent.input(screen.getByLabelText('Day ends'), { target: { value: '15:15' } });
    expect(state()).toBe('✓ Saved: this is what is in effect.');
    fireEvent.click(screen.getByRole('button', { name: 'Remove working hours' }));
    await settle();
    expect(onSave).toHaveBeenCalledWith(undefined);
  });

  it('a break outside the day is refused', () => {
    setupTimetable();
    fireEvent.click(screen.getByRole('button', { name: 'Add a break' }));
    fireEvent.input(screen.getByLabelText('Break 1 ends'), { target: { value: '17:00' } });
    expect(screen.getByText('Break 1 must fall within the working day.')).toBeTruthy();
  });
});

describe('SiteListSection', () => {
  it('turns built-in sites on and off and adds a site, showing refusals', async () => {
    const onToggle = vi.fn(async () => {});
    const onAdd = vi.fn<(input: string) => Promise<string | null>>(async (input) =>
      input === 'bad' ? 'Permission to run on bad was not given, so it was not added.' : null,
    );
    render(
      <SiteListSection
        sites={{
          builtIn: { x: false },
          extra: [{ pattern: 'https://a.example.org/*', label: 'a.example.org' }],
        }}
        managed={false}
        onToggle={onToggle}
        onAdd={onAdd}
        onRemove={async () => {}}
      />,
    );
    expect(
      (screen.getByRole('checkbox', { name: 'X (Twitter)' }) as HTMLInputElement).checked,
    ).toBe(false);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Facebook' }));
    expect(onToggle).toHaveBeenCalledWith('facebook', false);
    const field = screen.getByLabelText(/Add a site/);
    fireEvent.input(field, { target: { value: 'bad' } });
    fireEvent.submit(field.closest('form')!);
    await settle();
    expect(screen.getByRole('alert').textContent).toMatch(/not given/);
    expect(screen.getByRole('button', { name: 'Remove a.example.org' })).toBeTruthy();
  });
});

describe('PrivacyPanel', () => {
  it('says what is stored and deletes only after confirming', async () => {
    const onDeleteAll = vi.fn(async () => {});
    render(
      <PrivacyPanel pupilCount={30} classCount={2} staffCount={4} onDeleteAll={onDeleteAll} />,
    );
    expect(
      screen.getByText(/30 pupils in 2 classes and 4 staff. They never leave this browser/),
    ).toBeTruthy();
    const statement = screen.getByRole('link', { name: 'Read the privacy statement' });
    expect(statement.getAttribute('href')).toBe('privacy.html');
    fireEvent.click(screen.getByRole('button', { name: 'Delete all school data' }));
    expect(onDeleteAll).not.toHaveBeenCalled();
    const confirm = screen.getByRole('button', { name: 'Yes, delete everything' });
    expect(document.activeElement).toBe(confirm);
    fireEvent.click(confirm);
    await settle();
    expect(onDeleteAll).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status').textContent).toMatch(/deleted/);
  });
});

describe('Welcome', () => {
  it('explains, offers three ways to start, each reachable from here', () => {
    const onTrySample = vi.fn(async () => {});
    render(
      <>
        <Welcome onTrySample={onTrySample} onClose={() => {}} />
        <input id="import-class-list" type="file" aria-label="Import class list" />
      </>,
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    fireEvent.click(screen.getByRole('link', { name: 'Import a class list' }));
    expect(document.activeElement?.id).toBe('import-class-list');
    expect(screen.getByText(/never sends anything anywhere/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try it with the sample school' }));
    expect(onTrySample).toHaveBeenCalled();
  });
});
