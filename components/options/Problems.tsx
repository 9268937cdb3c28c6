// Errors a person must act on, announced to screen readers as soon as they appear.
import type { SettingsProblem } from '../../lib/settings';

export function ProblemList({ title, problems }: { title: string; problems: SettingsProblem[] }) {
  return (
    <div role="alert" class="problems">
      <p>{title}</p>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            {problem.path ? <code>{problem.path}</code> : null}
            {problem.path ? ': ' : ''}
            {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ErrorMessage({ id, message }: { id?: string; message: string | null }) {
  return message ? (
    <p role="alert" id={id} class="error">
      {message}
    </p>
  ) : null;
}

export function ManagedNote({ managed }: { managed: boolean }) {
  return managed ? (
    <p class="managed">Set by your school — change it in your school's admin console.</p>
  ) : null;
}

/**
 * Moves keyboard focus to an element when it appears (the `autofocus` attribute does nothing
 * for elements added after the page has loaded). Stable, so Preact calls it only on mount.
 */
export const focusOnMount = (element: HTMLElement | null) => element?.focus();
