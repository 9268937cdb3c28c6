// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { seedPolicyPack } from '../../lib/policy';
import type { PolicyPack } from '../../lib/policy/types';
import { PolicyPage } from './PolicyPage';

const pack: PolicyPack = seedPolicyPack;
afterEach(cleanup);

describe('PolicyPage', () => {
  it('shows every clause, each addressable by its number, under its section', () => {
    render(<PolicyPage pack={pack} />);
    expect(document.querySelectorAll('article.clause')).toHaveLength(pack.clauses.length);
    const clause = document.getElementById('6.13')!;
    expect(clause.textContent).toMatch(/does not permit personal use of social media/);
    expect(within(clause).getByRole('link', { name: '6.13' }).getAttribute('href')).toBe('#6.13');
    expect(screen.getByRole('heading', { name: 'Personal use of social media' })).toBeTruthy();
  });

  it('marks the clause the address points at', () => {
    render(<PolicyPage pack={pack} targetId="6.13" />);
    const marked = document.querySelectorAll('[aria-current="location"]');
    expect([...marked].map((el) => el.id)).toEqual(['6.13']);
  });

  it('opens with the search from the address, and reports new searches', () => {
    const onQueryChange = vi.fn();
    render(<PolicyPage pack={pack} initialQuery="friend request" onQueryChange={onQueryChange} />);
    const results = screen.getByRole('list', { name: /matching clauses/ });
    const first = within(results).getAllByRole('listitem')[0]!;
    expect(within(first).getByRole('link').getAttribute('href')).toBe('#6.5');
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'photos' } });
    expect(onQueryChange).toHaveBeenLastCalledWith('photos');
    const photo = within(screen.getByRole('list', { name: /matching clauses/ })).getAllByRole(
      'listitem',
    )[0]!;
    expect(within(photo).getByRole('link').textContent).toBe('Clause 6.9');
    expect([...photo.querySelectorAll('mark')].map((m) => m.textContent)).toContain('Photographs');
  });

  it('finds a clause by its number', () => {
    render(<PolicyPage pack={pack} initialQuery="6.11" />);
    const results = within(screen.getByRole('list', { name: /matching clauses/ }));
    expect(results.getAllByRole('link').map((a) => a.textContent)).toEqual(['Clause 6.11']);
  });
});
