// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PolicyPack } from '../../lib/policy/types';
import trustSample from '../../lib/sample/trust-sample-settings.json';
import { PolicyMapping } from './PolicyMapping';
import { settle } from './test-helpers';

afterEach(cleanup);
const trust = trustSample.policy as PolicyPack;

function setup(pack: PolicyPack = trust) {
  const onSave = vi.fn<(pack: PolicyPack) => Promise<void>>(async () => {});
  render(<PolicyMapping pack={pack} onSave={onSave} />);
  return { onSave };
}
const row = (topic: string) =>
  within(document.querySelector<HTMLElement>(`tr[data-topic="${topic}"]`)!);
const field = (label: string) => screen.getByLabelText(`${label}: clauses`) as HTMLInputElement;

describe('the mapping table', () => {
  it('shows, for a policy with no mapping, the clauses found from its text and what they say', () => {
    setup();
    expect(field('Phone number').value).toBe('4.7');
    expect(
      row('phone-number').getByText(/Staff should never post their personal phone/),
    ).toBeTruthy();
    expect(row('phone-number').getByText('the policy’s text')).toBeTruthy();
    expect(field('Personal contact with parents or pupils').value).toBe('4.3, 4.4');
  });

  it('says plainly when a row has no clause', () => {
    setup({ ...trust, clauses: trust.clauses.filter((c) => c.id !== '4.10') });
    expect(field('Editing Wikipedia').value).toBe('');
    expect(
      row('encyclopaedia').getByText(/No clause: the warning says your policy has none/),
    ).toBeTruthy();
  });

  it('saves a school’s correction, and marks it as the school’s', async () => {
    const { onSave } = setup();
    fireEvent.input(field('Pupil name'), { target: { value: '4.2, 4.13' } });
    expect(row('pupil-name').getByText('your school')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save these clauses' }));
    await settle();
    const saved = onSave.mock.calls[0]![0];
    expect(saved.kindClauses?.['pupil-name']).toEqual(['4.2', '4.13']);
    expect(saved.kindClauses?.['phone-number']).toEqual(['4.7']);
    expect(saved.reminderClauses?.photos).toEqual(['4.8']);
    expect(screen.getByRole('status').textContent).toBe('Saved which clauses each warning cites.');
  });

  it('refuses a number the policy does not have, saving nothing', async () => {
    const { onSave } = setup();
    fireEvent.input(field('Phone number'), { target: { value: '6.15' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save these clauses' }));
    await settle();
    expect(row('phone-number').getByRole('alert').textContent).toBe(
      '6.15: not a clause of this policy',
    );
    expect(onSave).not.toHaveBeenCalled();
  });

  it('finds them again from the text, replacing the school’s changes', async () => {
    const { onSave } = setup({ ...trust, kindClauses: { 'phone-number': ['4.12'] } });
    expect(field('Phone number').value).toBe('4.12');
    fireEvent.click(screen.getByRole('button', { name: 'Find them again from the policy’s text' }));
    await settle();
    expect(onSave.mock.calls[0]![0].kindClauses?.['phone-number']).toEqual(['4.7']);
  });
});
