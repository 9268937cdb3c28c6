// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { restrictedPhotoWarning } from '../../lib/photo/restricted-photo';
import { photoLocationWarning } from '../../lib/photo/warnings';
import type { Finding } from '../../lib/engine/finding';
import { Overlay, type OverlayProps } from './Overlay';

const finding = (over: Partial<Finding>): Finding => ({
  kind: 'pupil-name',
  start: 0,
  end: 6,
  text: 'Millie',
  clauses: ['5.4'],
  severity: 'high',
  reason: 'Millie is on the Year 4 Oak class list',
  detector: 'pupil-name',
  rule: 'pupil-name',
  ...over,
});
const phone = finding({
  kind: 'phone-number',
  start: 2,
  end: 14,
  text: '07700 900123',
  severity: 'medium',
  reason: 'A UK mobile number',
});
const millie = finding({ start: 20, end: 26 });
const kacper = finding({
  start: 40,
  end: 46,
  text: 'Kacper',
  reason: "Kacper is on the school's do-not-name list",
  restricted: true,
});
const located = photoLocationWarning({ latitude: 52.6, longitude: -2.4 }, 'IMG_1.jpg', [
  '6.15',
  'A.5.2',
])!;

function props(overrides: Partial<OverlayProps>): OverlayProps {
  return {
    underlines: [],
    box: { left: 40, top: 40, right: 640, bottom: 200 },
    caretLine: null,
    viewport: { width: 1280, height: 800 },
    findings: [],
    hasAttachment: false,
    open: { mode: 'list' },
    live: false,
    scheme: 'light',
    status: '',
    shortcut: 'Alt+Shift+Y',
    pillTabIndex: -1,
    onToggle: vi.fn(),
    onShowAll: vi.fn(),
    popupHref: 'popup.html?tab=3',
    policyHref: (c) => `policy.html#${c}`,
    onOpenClause: vi.fn(),
    onOpenPopup: vi.fn(),
    onDismiss: vi.fn(),
    ...overrides,
  };
}

afterEach(cleanup);

describe('overlay card: restricted pupils and attachments', () => {
  it('shows do-not-name pupils first with a label in words, then other warnings', () => {
    render(<Overlay {...props({ findings: [phone, millie, kacper] })} />);
    const items = [...document.querySelectorAll('li.finding')];
    expect(items.map((li) => li.querySelector('.flagged')?.textContent)).toEqual([
      'Kacper',
      'Millie',
      '07700 900123',
    ]);
    expect(items[0]?.querySelector('.restricted-label')?.textContent).toContain('Do not name');
    expect(items[1]?.querySelector('.restricted-label')).toBeNull();
  });

  it('lists a photo location warning with clauses and how to remove it, and counts it', () => {
    render(
      <Overlay {...props({ findings: [millie], attachments: [located], hasAttachment: true })} />,
    );
    expect(document.querySelector('.indicator .count')?.textContent).toBe('2');
    const item = document.querySelector('[data-attachment="photo-location"]')!;
    expect(item.textContent).toContain('IMG_1.jpg');
    expect([...item.querySelectorAll('.clause a')].map((a) => a.textContent)).toEqual([
      '6.15',
      'A.5.2',
    ]);
    expect(screen.getByText('How to remove the location')).toBeTruthy();
    expect(item.textContent).toContain('iPhone');
    expect(document.querySelectorAll('.reminder')).toHaveLength(1);
  });

  it('puts a restricted-photo warning above every text warning', () => {
    const warning = restrictedPhotoWarning('Kacper', ['6.9']);
    render(
      <Overlay {...props({ findings: [kacper], attachments: [warning], hasAttachment: true })} />,
    );
    const first = document.querySelector('li.finding')!;
    expect(first.getAttribute('data-attachment')).toBe('photo-restricted-pupil');
    expect(first.textContent).toContain('Not in photos');
    expect(first.textContent).toContain('Kacper must not appear in photos');
  });
});
