// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../lib/engine/finding';
import { seedPolicyPack } from '../../lib/policy';
import { FINDINGS } from '../../test/fixtures/findings';
import { TryItBox } from './TryItBox';

afterEach(cleanup);

/** Flags each listed word found in the text, as the background would. */
function fakeCheck(words: Record<string, Finding>) {
  return vi.fn(async (text: string) =>
    Object.entries(words)
      .filter(([word]) => text.includes(word))
      .map(([, finding]) => finding),
  );
}

const [phone, pupil] = FINDINGS as [Finding, Finding];

function show(check: (text: string) => Promise<Finding[]>, example = '') {
  render(
    <TryItBox
      check={check}
      pack={seedPolicyPack}
      clauseHref={(id) => `#${id}`}
      example={example}
    />,
  );
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
    let answerFirst: (findings: Finding[]) => void = () => {};
    const check = vi
      .fn<(text: string) => Promise<Finding[]>>()
      .mockImplementationOnce(() => new Promise((resolve) => (answerFirst = resolve)))
      .mockImplementation(async () => []);
    const box = show(check, 'Well done Millie!');
    await waitFor(() => expect(check).toHaveBeenCalledTimes(1));
    fireEvent.input(box, { target: { value: 'Well done everyone!' } });
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('No warnings for this text.'),
    );
    answerFirst([pupil]);
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
