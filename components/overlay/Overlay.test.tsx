// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { citationsFor, seedPolicyPack } from '../../lib/policy';
import type { Finding } from '../../lib/engine/finding';
import { cardPosition, Overlay, summary, type OverlayProps } from './Overlay';

const millie: Finding = {
  kind: 'pupil-name',
  start: 12,
  end: 18,
  text: 'Millie',
  clauses: ['5.4', '6.8'],
  citations: citationsFor(seedPolicyPack)['pupil-name'],
  severity: 'high',
  reason: 'Millie is on the Year 4 Oak class list',
  detector: 'pupil-name',
  rule: 'pupil-name',
};
const phone: Finding = {
  kind: 'phone-number',
  start: 30,
  end: 42,
  text: '07700 900123',
  clauses: ['6.15'],
  severity: 'medium',
  reason: 'A UK mobile number',
  detector: 'phone-number',
  rule: 'phone-number',
};

function props(overrides: Partial<OverlayProps> = {}): OverlayProps {
  return {
    underlines: [
      { key: 'a', severity: 'high', rects: [{ left: 10, top: 10, width: 40, height: 18 }] },
    ],
    corner: { right: 600, bottom: 200 },
    findings: [millie, phone],
    hasAttachment: false,
    open: false,
    viewportHeight: 800,
    onToggle: vi.fn(),
    popupHref: 'chrome-extension://id/popup.html?tab=3',
    policyHref: (c) => `chrome-extension://id/policy.html#${c}`,
    onOpenClause: vi.fn(),
    onOpenPopup: vi.fn(),
    onDismiss: vi.fn(),
    ...overrides,
  };
}

afterEach(cleanup);

/** The inline styles of the indicator and the card: where they are and how big. */
function layout(findings: Finding[], open: boolean): string {
  const { container, unmount } = render(<Overlay {...props({ findings, open })} />);
  const style = (selector: string) => container.querySelector<HTMLElement>(selector)?.style;
  const result = JSON.stringify([style('.indicator')?.cssText, style('.card')?.cssText]);
  unmount();
  return result;
}

describe('Overlay', () => {
  it('shows the count and announces it politely', () => {
    render(<Overlay {...props()} />);
    const button = screen.getByRole('button');
    expect(button.textContent).toContain('2');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByRole('status').getAttribute('aria-live')).toBe('polite');
    expect(screen.getByRole('status').textContent).toBe('2 things to check before you post');
  });

  it('draws the indicator when nothing is found too, so its presence says nothing', () => {
    const { container } = render(<Overlay {...props({ findings: [], underlines: [] })} />);
    const indicator = container.querySelector('.indicator')!;
    expect(indicator.textContent).toContain('✓');
    expect(indicator.getAttribute('aria-label')).toMatch(/nothing to check/);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('lays out the indicator and the card the same whatever is found', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({
      ...millie,
      start: i * 10,
      end: i * 10 + 6,
    }));
    for (const open of [false, true]) {
      expect(layout([millie, phone], open)).toBe(layout([], open));
      expect(layout(many, open)).toBe(layout([], open));
    }
  });

  it('says when only part of a very long post is checked, and when more were found', () => {
    render(<Overlay {...props({ open: true, longPost: true, more: 12 })} />);
    const card = screen.getByRole('region', { name: 'Before you post' });
    expect(card.textContent).toMatch(/only the 10,000 characters\s+around where you are typing/);
    expect(card.textContent).toContain('And 12 more');
    expect(screen.getByRole('button', { name: /^2\+ things/ })).toBeTruthy();
  });

  it('lists each warning with its clauses and why, and dismisses one', () => {
    const p = props({ open: true });
    render(<Overlay {...p} />);
    const card = screen.getByRole('region', { name: 'Before you post' });
    expect(card.textContent).toContain('Millie is on the Year 4 Oak class list');
    for (const { why } of millie.citations!) expect(card.textContent).toContain(why);
    expect(millie.citations!.map((c) => c.why)).toContain(
      'You must not discuss personal information about pupils on social media.',
    );
    expect(card.textContent).toContain('6.15');
    fireEvent.click(screen.getByText('Not a pupil'));
    expect(p.onDismiss).toHaveBeenCalledWith(millie);
    expect(screen.getByText('Ignore for this post')).toBeTruthy();
  });

  it('opens clause and popup links through the background, not by navigating', () => {
    const p = props({ open: true });
    render(<Overlay {...p} />);
    const link = screen.getByText('6.15');
    expect(link.getAttribute('href')).toBe('chrome-extension://id/policy.html#6.15');
    fireEvent.click(link);
    expect(p.onOpenClause).toHaveBeenCalledWith('6.15');
    fireEvent.click(screen.getByText('All warnings on this tab'));
    expect(p.onOpenPopup).toHaveBeenCalled();
  });

  it('keeps focus in the editor when the indicator is pressed', () => {
    const p = props();
    render(<Overlay {...p} />);
    const button = screen.getByRole('button');
    const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    button.dispatchEvent(down);
    expect(down.defaultPrevented).toBe(true);
    fireEvent.click(button);
    expect(p.onToggle).toHaveBeenCalledWith(true);
  });

  it('shows one photo reminder for an attachment, citing the school’s clause, even with no warnings', () => {
    render(
      <Overlay
        {...props({
          findings: [],
          underlines: [],
          hasAttachment: true,
          photoClauses: ['4.8'],
          open: true,
        })}
      />,
    );
    expect(screen.getAllByText(/photo or video is attached/)).toHaveLength(1);
    expect(screen.getByText('4.8').getAttribute('href')).toBe(
      'chrome-extension://id/policy.html#4.8',
    );
    expect(screen.getByRole('status').textContent).toBe('a reminder about photos');
  });

  it('says plainly when the school’s policy has no clause, and cites no other number', () => {
    const uncited = { ...phone, clauses: [], citations: [] };
    render(
      <Overlay
        {...props({ findings: [uncited], hasAttachment: true, photoClauses: [], open: true })}
      />,
    );
    const card = screen.getByRole('region', { name: 'Before you post' });
    expect(card.textContent).toContain('Your school’s policy has no clause on this.');
    expect(card.textContent).toContain('Your school’s policy has no clause on photos.');
    expect(card.querySelectorAll('.clause a')).toHaveLength(0);
  });
});

describe('cardPosition and summary', () => {
  it('puts the card below the box when there is room, above it when not', () => {
    expect(cardPosition({ right: 600, bottom: 200 }, 800)).toMatchObject({ top: 206, left: 280 });
    const above = cardPosition({ right: 200, bottom: 760 }, 800);
    expect(above.top).toBeUndefined();
    expect(above.left).toBe(8);
    expect(above.bottom).toBe(72);
  });

  it('counts in words', () => {
    expect(summary(1, false)).toBe('1 thing to check before you post');
    expect(summary(3, true)).toBe('3 things to check before you post and a reminder about photos');
  });
});
