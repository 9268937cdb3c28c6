// Working hours: days, start and end, breaks, term dates and closed days (INSET, bank holidays).
import { useState } from 'preact/hooks';
import type { WorkingHours } from '../../lib/settings/types';
import { ManagedNote } from './Problems';
import { SaveState, saveStateOf } from './SaveState';
import { DEFAULT_HOURS, WEEKDAYS, checkTimetable } from './timetable-checks';

export interface TimetableEditorProps {
  hours: WorkingHours | undefined;
  managed: boolean;
  onSave(hours: WorkingHours | undefined): Promise<void>;
}

const value = (event: Event) => (event.currentTarget as HTMLInputElement).value;

export function TimetableEditor({ hours, managed, onSave }: TimetableEditorProps) {
  const [draft, setDraft] = useState<WorkingHours>(hours ?? DEFAULT_HOURS);
  const [status, setStatus] = useState('');
  // Only a different stored timetable replaces the draft (see SchoolProfile).
  const [shown, setShown] = useState(() => JSON.stringify(hours));
  if (JSON.stringify(hours) !== shown) {
    setShown(JSON.stringify(hours));
    setDraft(hours ?? DEFAULT_HOURS);
  }
  const problems = checkTimetable(draft);
  const edit = (next: Partial<WorkingHours>) => {
    setStatus('');
    setDraft({ ...draft, ...next });
  };
  const terms = draft.termDates ?? [];

  async function save(event: Event) {
    event.preventDefault();
    if (problems.length) return;
    await onSave(draft);
    setStatus('Working hours saved: clause 6.13 reminders follow them.');
  }

  async function remove() {
    await onSave(undefined);
    setStatus('Working hours removed: no clause 6.13 reminders.');
  }

  return (
    <section aria-labelledby="timetable-heading">
      <h2 id="timetable-heading">Working hours</h2>
      <ManagedNote managed={managed} />
      <p>Used to remind staff when they post about school during the working day.</p>
      {hours ? null : (
        <p class="notice warn">
          No working hours are saved, so there are no clause 6.13 reminders. The times below are
          only a suggestion until you save them.
        </p>
      )}
      {managed ? null : (
        <SaveState
          kind={saveStateOf(draft, hours)}
          nothingSaved="these times are a suggestion and no reminders are in effect."
        />
      )}
      <form onSubmit={save}>
        <fieldset disabled={managed}>
          <fieldset>
            <legend>Working days</legend>
            {WEEKDAYS.map(({ day, label }) => (
              <label key={day}>
                <input
                  type="checkbox"
                  checked={draft.days.includes(day)}
                  onChange={(e) =>
                    edit({
                      days: e.currentTarget.checked
                        ? WEEKDAYS.map((w) => w.day).filter(
                            (d) => d === day || draft.days.includes(d),
                          )
                        : draft.days.filter((d) => d !== day),
                    })
                  }
                />{' '}
                {label}
              </label>
            ))}
          </fieldset>
          <label for="day-start">Day starts</label>
          <input
            id="day-start"
            type="time"
            value={draft.start}
            onInput={(e) => edit({ start: value(e) })}
          />
          <label for="day-end">Day ends</label>
          <input
            id="day-end"
            type="time"
            value={draft.end}
            onInput={(e) => edit({ end: value(e) })}
          />
          <fieldset>
            <legend>Breaks</legend>
            {draft.breaks.map((b, i) => {
              const setBreak = (part: Partial<typeof b>) =>
                edit({ breaks: draft.breaks.map((x, j) => (j === i ? { ...x, ...part } : x)) });
              return (
                <div key={i}>
                  <input
                    aria-label={`Break ${i + 1} name`}
                    value={b.label}
                    onInput={(e) => setBreak({ label: value(e) })}
                  />
                  <input
                    aria-label={`Break ${i + 1} starts`}
                    type="time"
                    value={b.start}
                    onInput={(e) => setBreak({ start: value(e) })}
                  />
                  <input
                    aria-label={`Break ${i + 1} ends`}
                    type="time"
                    value={b.end}
                    onInput={(e) => setBreak({ end: value(e) })}
                  />
                  <button
                    type="button"
                    onClick={() => edit({ breaks: draft.breaks.filter((_, j) => j !== i) })}
                  >
                    Remove break {i + 1}
                  </button>
                </div>
              );
            })}
            <button
              type="button"
              onClick={() =>
                edit({ breaks: [...draft.breaks, { label: '', start: '12:00', end: '13:00' }] })
              }
            >
              Add a break
            </button>
          </fieldset>
          <fieldset>
            <legend>Term dates (none = every week is term time)</legend>
            {terms.map((term, i) => {
              const setTerm = (part: Partial<typeof term>) =>
                edit({ termDates: terms.map((x, j) => (j === i ? { ...x, ...part } : x)) });
              return (
                <div key={i}>
                  <input
                    aria-label={`Term ${i + 1} first day`}
                    type="date"
                    value={term.start}
                    onInput={(e) => setTerm({ start: value(e) })}
                  />
                  <input
                    aria-label={`Term ${i + 1} last day`}
                    type="date"
                    value={term.end}
                    onInput={(e) => setTerm({ end: value(e) })}
                  />
                  <button
                    type="button"
                    onClick={() => edit({ termDates: terms.filter((_, j) => j !== i) })}
                  >
                    Remove term {i + 1}
                  </button>
                </div>
              );
            })}
            <button
              type="button"
              onClick={() => edit({ termDates: [...terms, { start: '', end: '' }] })}
            >
              Add a term
            </button>
          </fieldset>
          <fieldset>
            <legend>Closed days (INSET days, bank holidays)</legend>
            {draft.closedDays.map((day, i) => (
              <div key={i}>
                <input
                  aria-label={`Closed day ${i + 1}`}
                  type="date"
                  value={day}
                  onInput={(e) =>
                    edit({ closedDays: draft.closedDays.map((x, j) => (j === i ? value(e) : x)) })
                  }
                />
                <button
                  type="button"
                  onClick={() => edit({ closedDays: draft.closedDays.filter((_, j) => j !== i) })}
                >
                  Remove closed day {i + 1}
                </button>
              </div>
            ))}
            <button type="button" onClick={() => edit({ closedDays: [...draft.closedDays, ''] })}>
              Add a closed day
            </button>
          </fieldset>
          {problems.length ? (
            <ul class="error" aria-live="polite">
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          ) : null}
          <div class="actions">
            <button type="submit" class="primary" disabled={problems.length > 0}>
              Save working hours
            </button>
            {hours ? (
              <button type="button" onClick={() => void remove()}>
                Remove working hours
              </button>
            ) : null}
          </div>
        </fieldset>
      </form>
      <p role="status">{status}</p>
    </section>
  );
}
