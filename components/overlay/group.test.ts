import { describe, expect, it } from 'vitest';
import type { Finding } from '../../lib/engine/finding';
import { distinctTexts, groupFindings, groupKey } from './group';

const at = (kind: Finding['kind'], text: string, start: number, extra: Partial<Finding> = {}) =>
  ({
    kind,
    text,
    start,
    end: start + text.length,
    clauses: [],
    severity: 'medium',
    reason: '',
    detector: kind,
    rule: kind,
    ...extra,
  }) as Finding;

describe('groupFindings', () => {
  it('puts the same name together once, with how often, in the order of the text', () => {
    const millies = Array.from({ length: 9 }, (_, i) =>
      at('pupil-name', i === 4 ? 'MILLIE' : 'Millie', 100 + i * 50, { severity: 'high' }),
    );
    const groups = groupFindings([at('phone-number', '07700 900123', 20), ...millies]);
    expect(groups.map((g) => [g.finding.text, g.all.length])).toEqual([
      ['Millie', 9],
      ['07700 900123', 1],
    ]);
    expect(groups[0]!.finding.start).toBe(100);
  });

  it('treats one number written two ways as one, and different numbers apart', () => {
    const groups = groupFindings([
      at('phone-number', '07700 900123', 0),
      at('phone-number', '07700-900-123', 30),
      at('phone-number', '07700 900124', 60),
    ]);
    expect(groups.map((g) => g.all.length)).toEqual([2, 1]);
  });

  it('keeps kinds apart, and the same words as different kinds apart', () => {
    expect(groupKey(at('pupil-name', 'Grace', 0))).not.toBe(groupKey(at('staff-name', 'Grace', 0)));
  });

  it('puts a do-not-name pupil first, with the group’s worst severity and restriction', () => {
    const groups = groupFindings([
      at('phone-number', '07700 900123', 0, { severity: 'high' }),
      at('pupil-name', 'Kacper', 20, { severity: 'medium' }),
      at('pupil-name', 'kacper', 40, { severity: 'high', restricted: true }),
    ]);
    expect(groups[0]!.finding).toMatchObject({
      text: 'Kacper',
      severity: 'high',
      restricted: true,
    });
  });

  it('dismisses each distinct text of a group once, whatever its case', () => {
    const [group] = groupFindings([
      at('pupil-name', 'Millie', 0),
      at('pupil-name', 'millie', 10),
      at('pupil-name', 'Millie', 20),
    ]);
    expect(distinctTexts(group!).map((f) => f.text)).toEqual(['Millie']);
  });
});
