// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { policyPath } from '../../lib/messaging/page-links';
import { restrictedPhotoWarning } from '../../lib/photo/restricted-photo';
import { photoLocationWarning } from '../../lib/photo/warnings';
import { seedPolicyPack } from '../../lib/policy';
import { FINDINGS } from '../../test/fixtures/findings';
import type { Finding } from '../../lib/engine/finding';
import { Popup } from './Popup';

const kacper: Finding = {
  ...FINDINGS[0]!,
  start: 90,
  end: 96,
  text: 'Kacper',
  severity: 'high',
  reason: "Kacper is on the school's do-not-name list",
  restricted: true,
};
const located = photoLocationWarning({ latitude: 52.6, longitude: -2.4 }, 'IMG_1.jpg', [
  '6.15',
  'A.5.2',
])!;

const show = (findings: Finding[], attachments = [located]) =>
  render(
    <Popup
      tab={{
        kind: 'ready',
        site: { kind: 'watched', label: 'Facebook' },
        findings,
        hasAttachment: true,
        attachments,
      }}
      work={{ kind: 'unset' }}
      pack={seedPolicyPack}
      links={{ policy: policyPath, options: 'options.html', addSite: () => 'options.html' }}
    />,
  );

afterEach(cleanup);

describe('Popup: restricted pupils and attachment warnings', () => {
  it('lists a photo location warning, with how to remove it, and counts it', () => {
    show([]);
    expect(screen.getByRole('heading', { name: /2 warnings/ })).toBeTruthy();
    const card = screen.getByText('Photo location').closest('.finding')!;
    expect(card.querySelector('q')?.textContent).toBe('IMG_1.jpg');
    expect(card.textContent).toMatch(/iPhone: .*Location/);
    expect([...card.querySelectorAll('.clause a')].map((a) => a.textContent)).toEqual([
      'Clause 6.15',
      'Clause A.5.2',
    ]);
  });

  it('puts a do-not-name pupil and a not-in-photos warning before the rest, in words', () => {
    show([...FINDINGS, kacper], [located, restrictedPhotoWarning('Kacper', ['6.9'])]);
    const labels = [...document.querySelectorAll('.finding .kind')].map((k) => k.textContent);
    expect(labels[0]).toBe('⛔ Not in photos');
    expect(labels[1]).toMatch(/^⛔ Do not name/);
    expect(labels.at(-2)).toBe('Photo location');
    expect(labels.at(-1)).toBe('Photo or video attached');
  });
});
