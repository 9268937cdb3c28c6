// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { citationsFor, seedPolicyPack } from '../../lib/policy';
import type { Finding } from '../../lib/engine/finding';
import {
  listPlacement,
  Overlay,
  summary,
  WORD_SIZE,
  wordPlacement,
  type OverlayProps,
} from './Overlay';

const millie: Finding = {
  kind: 'pupil-name',
  start: 12,
  end: 18,
  text: 'Millie',
  clauses: ['5.4', '6.8'],
  citations: citationsFor(seedPolicyPack, seedPolicyPack)['pupil-name'],
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
      {
        key: 'pupil-name:12-18',
        severity: 'high',
        rects: [{ left: 100, top: 60, width: 40, height: 18 }],
      },
    ],
    box: { left: 40, top: 40, right: 640, bottom: 200 },
    caretLine: null,
    viewport: { width: 1280, height: 800 },
    findings: [millie, phone],
    hasAttachment: false,
    open: null,
    live: false,
    scheme: 'light',
    status: '2 things to check before you post',
    shortcut: 'Alt+Shift+Y',
    pillTabIndex: -1,
    onToggle: vi.fn(),
    onShowAll: vi.fn(),
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
  const { container, unmount } = render(
    <Overlay {...props({ findings, open: open ? { mode: 'list' } : null })} />,
  );
  const style = (selector: string) => container.querySelector<HTMLElement>(selector)?.style;
  const result = JSON.stringify([style('.indicator')?.cssText, style('.card')?.cssText]);
  unmount();
  return result;
}

describe('Overlay', () => {
  it('shows the count and announces it politely', () => {
    render(<Overlay {...props()} />);
    const button = screen.getByRole('button', { name: /Show the list/ });
    expect(button.textContent).toContain('2');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByRole('status').getAttribute('aria-live')).toBe('polite');
    expect(screen.getByRole('status').textContent).toBe('2 things to check before you post');
  });

  it('draws the indicator when nothing is found too, so its presence says nothing', () => {
    const { container } = render(
      <Overlay {...props({ findings: [], underlines: [], status: '' })} />,
    );
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
    render(<Overlay {...props({ open: { mode: 'list' }, longPost: true, more: 12 })} />);
    const card = screen.getByRole('region', { name: /^Before you post/ });
    expect(card.textContent).toMatch(/only the 10,000 characters\s+around where you are typing/);
    expect(card.textContent).toContain('And 12 more');
    expect(screen.getByRole('button', { name: /^2\+ things/ })).toBeTruthy();
  });

  it('lists each warning with its clauses and why, and dismisses one', () => {
    const p = props({ open: { mode: 'list' } });
    render(<Overlay {...p} />);
    const card = screen.getByRole('region', { name: /^Before you post/ });
    expect(card.textContent).toContain('Millie is on the Year 4 Oak class list');
    for (const { why } of millie.citations!) expect(card.textContent).toContain(why);
    expect(millie.citations!.map((c) => c.why)).toContain(
      'You must not discuss personal information about pupils on social media.',
    );
    expect(card.textContent).toContain('6.15');
    fireEvent.click(screen.getByText('Not a pupil'));
    expect(p.onDismiss).toHaveBeenCalledWith([millie], 'pupil-name:millie');
    expect(screen.getByText('Ignore for this post')).toBeTruthy();
  });

  it('offers "Not fair? Dismiss" on a disparaging warning, and dismisses it', () => {
    const remark: Finding = {
      kind: 'disparaging',
      start: 0,
      end: 28,
      text: 'They never read the letters',
      clauses: ['5.5'],
      severity: 'medium',
      reason: 'This could read as an attack on parents.',
      detector: 'disparaging',
      rule: 'disparaging',
    };
    const p = props({ findings: [remark], open: { mode: 'list' } });
    render(<Overlay {...p} />);
    fireEvent.click(screen.getByText('Not fair? Dismiss'));
    expect(p.onDismiss).toHaveBeenCalledWith([remark], expect.any(String));
    expect(screen.queryByText('Ignore for this post')).toBeNull();
  });

  it('opens clause and popup links through the background, not by navigating', () => {
    const p = props({ open: { mode: 'list' } });
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
    const button = screen.getByRole('button', { name: /Show the list/ });
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
          open: { mode: 'list' },
          status: 'a reminder about photos',
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
        {...props({
          findings: [uncited],
          hasAttachment: true,
          photoClauses: [],
          open: { mode: 'list' },
        })}
      />,
    );
    const card = screen.getByRole('region', { name: /^Before you post/ });
    expect(card.textContent).toContain('Your school’s policy has no clause on this.');
    expect(card.textContent).toContain('Your school’s policy has no clause on photos.');
    expect(card.querySelectorAll('.clause a')).toHaveLength(0);
  });
});

describe('the card of one warning at its words', () => {
  it('opens below its words, left to right in British English, passing the pointer through', () => {
    const { container } = render(
      <Overlay
        {...props({
          open: { mode: 'word', key: 'pupil-name:12-18' },
          box: { left: 40, top: 40, right: 640, bottom: 400 },
        })}
      />,
    );
    const card = container.querySelector<HTMLElement>('.card.word')!;
    expect(card.getAttribute('dir')).toBe('ltr');
    expect(card.getAttribute('lang')).toBe('en-GB');
    expect(card.textContent).toContain('Millie is on the Year 4 Oak class list');
    expect(card.textContent).not.toContain('07700');
    expect(card.textContent).toContain('Serious');
    expect(card.textContent).toContain('Alt+Shift+Y');
    // Below the underlined word (top 60, height 18), aligned with it.
    expect(card.style.top).toBe('84px');
    expect(card.style.left).toBe('100px');
    expect(card.classList.contains('live')).toBe(false);
  });

  it('leads to the whole list, and dismisses its own warning', () => {
    const p = props({ open: { mode: 'word', key: 'pupil-name:12-18' }, live: true });
    render(<Overlay {...p} />);
    fireEvent.click(screen.getByText('All 2 warnings'));
    expect(p.onShowAll).toHaveBeenCalled();
    fireEvent.click(screen.getByText('Not a pupil'));
    expect(p.onDismiss).toHaveBeenCalledWith([millie], 'pupil-name:12-18');
  });
});

describe('the shortcut in the cards', () => {
  it('shows the key the browser has assigned, and no line when the person removed it', () => {
    const { container, rerender } = render(
      <Overlay {...props({ open: { mode: 'list' }, shortcut: 'Ctrl+Shift+P' })} />,
    );
    expect(container.querySelector('.shortcut kbd')?.textContent).toBe('Ctrl+Shift+P');
    rerender(<Overlay {...props({ open: { mode: 'list' }, shortcut: '' })} />);
    expect(container.querySelector('.shortcut')).toBeNull();
    rerender(
      <Overlay {...props({ open: { mode: 'word', key: 'pupil-name:12-18' }, shortcut: '' })} />,
    );
    expect(container.querySelector('.card.word')).not.toBeNull();
    expect(container.querySelector('.shortcut')).toBeNull();
  });
});

describe('the grouped list', () => {
  it('lists the same name once with its count, under a header with the count and Close', () => {
    const millies = Array.from({ length: 9 }, (_, i) => ({
      ...millie,
      start: 100 + i * 20,
      end: 106 + i * 20,
    }));
    const p = props({ findings: [...millies, phone], open: { mode: 'list' } });
    const { container } = render(<Overlay {...p} />);
    const head = container.querySelector('.card-head')!;
    expect(head.textContent).toMatch(/10 things to check \(2 different\)/);
    expect(head.querySelector('button')!.textContent).toBe('Close');
    const items = [...container.querySelectorAll('.card-body [data-item]')];
    expect(items.map((li) => li.querySelector('.flagged')!.textContent)).toEqual([
      'Millie',
      '07700 900123',
    ]);
    expect(items[0]!.textContent).toContain('×9');
    fireEvent.click(screen.getByText('Not a pupil (all 9)'));
    expect(p.onDismiss).toHaveBeenCalledWith([millies[0]], 'pupil-name:millie');
    fireEvent.click(screen.getByText('Close'));
    expect(p.onToggle).toHaveBeenCalledWith(false);
  });

  it('takes the page’s dark scheme, and is laid out left to right on any page', () => {
    const { container } = render(
      <Overlay {...props({ scheme: 'dark', open: { mode: 'list' } })} />,
    );
    const layer = container.querySelector<HTMLElement>('.layer')!;
    expect(layer.classList.contains('dark')).toBe(true);
    expect(layer.getAttribute('style')).toMatch(/--card:\s*#1f2937/);
    expect(container.querySelector('.card')!.getAttribute('dir')).toBe('ltr');
  });
});

describe('placement of the cards', () => {
  const viewport = { width: 1280, height: 800 };
  const box = { left: 40, top: 100, right: 640, bottom: 400 };

  it('puts the list beside a box with room, clear of its bottom edge', () => {
    expect(listPlacement(box, null, viewport)).toMatchObject({ side: 'right', left: 646 });
  });

  it('at 200 % zoom (640 × 400) keeps the list clear of the caret line and the bottom edge', () => {
    const small = { width: 640, height: 400 };
    const wide = { left: 40, top: 60, right: 600, bottom: 300 };
    const caretLine = { left: 40, right: 600, top: 80, bottom: 100 };
    const p = listPlacement(wide, caretLine, small);
    expect(p.height).toBeGreaterThanOrEqual(100);
    expect(p.top).toBeGreaterThanOrEqual(caretLine.bottom);
    expect(p.top + p.height).toBeLessThanOrEqual(wide.bottom - 8);
  });

  it('goes past the bottom edge rather than cramped beside its words, in a short box', () => {
    const short = { left: 40, top: 100, right: 640, bottom: 200 };
    const words = { left: 100, top: 110, right: 150, bottom: 130 };
    const p = wordPlacement(words, short, null, viewport);
    expect(p.side).toBe('below');
    expect(p.top).toBe(short.bottom + 56 + 6);
    expect(p.height).toBe(WORD_SIZE.height);
  });

  it('flips the word card above words on the last line', () => {
    const words = { left: 100, top: 370, right: 150, bottom: 390 };
    const p = wordPlacement(words, box, null, viewport);
    expect(p.side).toBe('above');
    expect(p.top + p.height).toBeLessThanOrEqual(words.top);
  });
});

describe('summary', () => {
  it('counts in words', () => {
    expect(summary(1, false)).toBe('1 thing to check before you post');
    expect(summary(3, true)).toBe('3 things to check before you post and a reminder about photos');
  });
});
