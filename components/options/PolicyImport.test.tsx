// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PolicyReading } from '../../lib/policy/parse';
import { previewPolicy } from '../../lib/policy/preview';
import { PolicyImport } from './PolicyImport';
import { settle, textFile } from './test-helpers';

afterEach(cleanup);

// import.meta.url is not a file URL under happy-dom; tests run from the project root.
const fixture = (name: string) =>
  readFileSync(join(process.cwd(), 'test/fixtures/policies', name), 'utf8');

function setup(
  readFile = async (_name: string, bytes: ArrayBuffer) => new TextDecoder().decode(bytes),
) {
  const onSave = vi.fn<(reading: PolicyReading, label: string) => Promise<void>>(async () => {});
  render(
    <PolicyImport
      readFile={readFile}
      preview={async (text) => previewPolicy(text)}
      onSave={onSave}
    />,
  );
  return { onSave, input: screen.getByLabelText('Import policy') as HTMLInputElement };
}

async function choose(input: HTMLInputElement, file: File) {
  fireEvent.change(input, { target: { files: [file] } });
  await settle();
  await settle();
}

describe('Import policy', () => {
  it('previews the clauses by section with what to check, and saves only when asked', async () => {
    const { onSave, input } = setup();
    await choose(input, textFile('seed.txt', fixture('social-media-policy-old-park.txt')));
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(
      'Preview of seed.txt: 83 clauses in 14 sections',
    );
    expect(screen.getByText(/No clause 6\.6 or 6\.7 between 6\.5 and 6\.8/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Personal use of social media' })).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
    expect(document.activeElement?.textContent).toBe('Use this policy (83 clauses)');
    fireEvent.click(screen.getByRole('button', { name: 'Use this policy (83 clauses)' }));
    await settle();
    expect(onSave).toHaveBeenCalledOnce();
    expect(onSave.mock.calls[0]![1]).toBe('seed.txt');
    expect(screen.getByRole('status').textContent).toBe('Saved 83 clauses from seed.txt.');
  });

  it('lists the page furniture it left out', async () => {
    const { input } = setup();
    await choose(input, textFile('st-aidans.txt', fixture('st-aidans-pdf.txt')));
    expect(screen.getByText('Uncontrolled when printed')).toBeTruthy();
    expect(screen.getAllByText(/Staff Social Media Policy \| Page \d of 3/).length).toBe(3);
  });

  it('previews pasted text, and cancelling saves nothing', async () => {
    const { onSave } = setup();
    fireEvent.input(screen.getByLabelText('The policy, as copied from Word or a PDF'), {
      target: { value: fixture('trust-hillside.txt') },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Preview pasted policy' }));
    await settle();
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(
      'Preview of the pasted policy: 27 clauses in 6 sections',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('heading', { level: 3 })).toBeNull();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('refuses text with no numbered clauses, and a file it cannot read, saving nothing', async () => {
    const { onSave, input } = setup(async (name, bytes) => {
      if (name.endsWith('.doc')) throw new Error('This is an older Word file (.doc).');
      return new TextDecoder().decode(bytes);
    });
    await choose(input, textFile('notes.txt', fixture('no-clauses.txt')));
    expect(screen.getByRole('alert').textContent).toMatch(
      /^notes\.txt: no numbered clauses were found .* Nothing was saved\.$/,
    );
    await choose(input, textFile('old.doc', 'x'));
    expect(screen.getByRole('alert').textContent).toBe(
      'old.doc: This is an older Word file (.doc). Nothing was saved.',
    );
    expect(onSave).not.toHaveBeenCalled();
  });
});
