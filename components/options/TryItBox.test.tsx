// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../lib/engine/finding';
import type { TryCheckAnswer } from '../../lib/messaging/try-protocol';
import { findClause, seedPolicyPack } from '../../lib/policy';
import { FINDINGS } from '../../test/fixtures/findings';
import { TryItBox } from './TryItBox';

afterEach(cleanup);

/** The background's answer: the findings and the text of the clauses they cite. */
function answer(findings: Finding[]): TryCheckAnswer {
  const ids = [...new Set(findings.flatMap((f) => f.clauses))];
  return { findings, clauses: ids.map((id) => findClause(seedPolicyPack, id)!) };
}

/** Flags each listed word found in the text, as the background would. */
function fakeCheck(words: Record<string, Finding>) {
  return vi.fn(async (text: string) =>
    answer(
      Object.entries(words)
        .filter(([word]) => text.includes(word))
        .map(([, finding]) => finding),
    ),
  );
}

const [phone, pupil] = FINDINGS as [Finding, Finding];

function show(check: (text: string) => Promise<TryCheckAnswer>, example = '') {
  render(<TryItBox check={check} clauseHref={(id) => `#${id}`} example={example} />);
  return screen.getByLabelText('Try a post') as HTMLTextAreaElement;
}

describe('TryItBox', () => {
  it('checks the example at once and warns as the person types', async () => {
    const check = fakeCheck({ Millie: pupil, '07700': phone });
    const box = show(check, 'Well done Millie!');
    const status = screen.getByRole('status');
    await waitFor(() => expect(status.textContent).toMatch(/^1 warning:/));
    expect(document.querySelector('.finding summary')!.textContent).toBe(
      '‼ High risk Pupil name Millie',
    );
    // The clause text comes with the answer.
    expect(document.querySelector('.finding blockquote')!.textContent).toMatch(
      /^You must not discuss personal information about pupils/,
    );
    fireEvent.input(box, { target: { value: 'Well done Millie! Ring 07700 900123' } });
    await waitFor(() => expect(status.textContent).toMatch(/^2 warnings:/));
    fireEvent.input(box, { target: { value: 'Well done everyone!' } });
    await waitFor(() => expect(status.textContent).toBe('No warnings for this text.'));
    expect(document.querySelector('.finding')).toBeNull();
  });

  it('has its live region on the page before the first answer', () => {
    show(() => new Promise(() => {}), 'Hello');
    expect(screen.getByRole('status').textContent).toBe('Checking…');
  });

  it('ignores an older answer that arrives after a newer one', async () => {
    let answerFirst: ((result: TryCheckAnswer) => void) | undefined;
    const check = vi
      .fn<(text: string) => Promise<TryCheckAnswer>>()
      .mockImplementationOnce(() => new Promise((resolve) => (answerFirst = resolve)))
      .mockImplementation(async () => answer([]));
    const box = show(check, 'Well done Millie!');
    await waitFor(() => expect(check).toHaveBeenCalledTimes(1));
    fireEvent.input(box, { target: { value: 'Well done everyone!' } });
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('No warnings for this text.'),
    );
    answerFirst!(answer([pupil]));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(screen.getByRole('status').textContent).toBe('No warnings for this text.');
  });

  it('says so when the check cannot run', async () => {
    show(async () => {
      throw new Error('no background');
    }, 'Hello');
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toMatch(/check could not run/),
    );
  });
});
