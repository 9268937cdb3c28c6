import { describe, expect, it } from 'vitest';
import { createChecker } from '../engine';
import { toPageFinding } from './page-safe';
import { validateSettings } from '../settings';

const result = validateSettings({
  school: { name: 'Hazel Bank Primary School' },
  classes: [
    {
      name: 'Year 5 Rowan',
      pupils: [
        { first: 'Ysolde', last: 'Tremayne' },
        { first: 'Kacper', last: 'Nowak', restrictions: ['name'] },
      ],
    },
  ],
  staff: [{ first: 'Dawn', last: 'Hughes', title: 'Mrs' }],
});
if (!result.ok) throw new Error('fixture settings are invalid');
const checker = createChecker(result.settings);

const pageReasons = (text: string) =>
  checker.check(text).map((f) => [f.kind, toPageFinding(f).reason, f.reason] as const);
const only = (text: string) => {
  const all = pageReasons(text);
  expect(all).toHaveLength(1);
  return all[0]!;
};

describe('toPageFinding', () => {
  it('keeps the class name out of the page but not out of the full reason', () => {
    const [kind, page, full] = only('So proud of Ysolde today');
    expect(kind).toBe('pupil-name');
    expect(full).toContain('Year 5 Rowan');
    expect(page).toBe("“Ysolde” matches a pupil on the school's class lists");
  });

  it('never spells out a name the person did not type', () => {
    const page = pageReasons('Well done Ysolda and thanks Mrs Hughes').map(([, p]) => p);
    expect(page.join(' ')).not.toMatch(/Ysolde|Dawn|Tremayne/);
    expect(page).toContain("“Mrs Hughes” matches a name on the school's staff list");
  });

  it('still says when a pupil is on the do-not-name list', () => {
    expect(pageReasons('Kacper was brilliant')[0]?.[1]).toBe(
      "“Kacper” is on the school's do-not-name list",
    );
  });

  it('leaves reasons built only from the typed text alone', () => {
    const [kind, page, full] = only('ring 07700 900123');
    expect(kind).toBe('phone-number');
    expect(page).toBe(full);
  });
});
