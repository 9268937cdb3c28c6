// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { School } from '../../lib/settings/types';
import { SchoolProfile } from './SchoolProfile';
import { settle } from './test-helpers';

afterEach(cleanup);

function setup(school: School | null = null, managed = false) {
  const onSave = vi.fn<(school: School) => Promise<void>>(async () => {});
  render(<SchoolProfile school={school} managed={managed} onSave={onSave} />);
  return onSave;
}
const save = () => screen.getByRole('button', { name: 'Save school profile' }) as HTMLButtonElement;
const state = () => document.querySelector('.save-state')!.textContent;

describe('SchoolProfile', () => {
  it('says whether the profile on screen is the saved one', () => {
    const school: School = {
      name: 'Old Park Primary',
      aliases: [],
      addresses: [],
      postcodes: [],
      emailDomains: [],
      websites: [],
      phones: [],
      socialHandles: [],
      hashtags: [],
    };
    setup(school);
    expect(state()).toBe('✓ Saved: this is what is in effect.');
    fireEvent.input(screen.getByLabelText('School name'), { target: { value: 'Old Park' } });
    expect(state()).toBe('● Changes not saved: the saved version is still in effect.');
    cleanup();
    setup(null);
    expect(state()).toMatch(/^○ Not saved: no school profile is saved yet/);
  });

  it('checks fields as the person types and names the bad line', () => {
    setup();
    expect(save().disabled).toBe(true);
    expect(screen.getByText("Enter the school's name.")).toBeTruthy();
    fireEvent.input(screen.getByLabelText('School name'), {
      target: { value: 'Old Park Primary' },
    });
    expect(save().disabled).toBe(false);
    const postcodes = screen.getByLabelText(/^Postcodes/);
    fireEvent.input(postcodes, { target: { value: 'TF3 1AA\nTF3 1A' } });
    expect(postcodes.getAttribute('aria-invalid')).toBe('true');
    const error = document.getElementById(postcodes.getAttribute('aria-describedby')!)!;
    expect(error.textContent).toBe('Line 2, "TF3 1A", is not a full UK postcode.');
    expect(error.getAttribute('aria-live')).toBe('polite');
    expect(save().disabled).toBe(true);
  });

  it.each([
    ['Official email domains', 'office@oldpark.example.sch.uk', /part after @/],
    ['Social media handles', 'Old Park', /start with @/],
    ['Hashtags', 'OldPark', /start with #/],
    ['Phone numbers', '12345', /not a UK phone number/],
    ['Websites', 'not a site', /not a web address/],
  ])('%s: %j is refused', (label, value, message) => {
    setup({ name: 'Old Park' } as School);
    fireEvent.input(screen.getByLabelText(new RegExp(`^${label}`)), { target: { value } });
    expect(screen.getByText(message)).toBeTruthy();
  });

  it('saves lists one a line, keeping fields it does not edit', async () => {
    const onSave = setup({
      name: 'Old Park',
      aliases: [],
      addresses: [],
      postcodes: [],
      emailDomains: [],
      websites: [],
      phones: [],
      socialHandles: [],
      hashtags: [],
      motto: 'kept',
    } as School);
    fireEvent.input(screen.getByLabelText(/^Other names/), {
      target: { value: 'Old Park Primary\n\n Old Park School ' },
    });
    fireEvent.input(screen.getByLabelText(/^Phone numbers/), {
      target: { value: '+44 1952 000000' },
    });
    fireEvent.submit(save().closest('form')!);
    await settle();
    expect(onSave.mock.calls[0]![0]).toMatchObject({
      name: 'Old Park',
      aliases: ['Old Park Primary', 'Old Park School'],
      phones: ['+44 1952 000000'],
      motto: 'kept',
    });
    expect(screen.getByRole('status').textContent).toBe('School profile saved.');
  });

  it('a managed profile is read-only', () => {
    setup({ name: 'Old Park' } as School, true);
    expect(
      (screen.getByLabelText('School name') as HTMLInputElement).closest('fieldset')!.disabled,
    ).toBe(true);
    expect(screen.getByText(/Set by your school/)).toBeTruthy();
  });
});
