import { describe, expect, it } from 'vitest';
import { seedPolicyPack } from '../lib/policy';
import type { Finding } from '../lib/engine/finding';
import { formatReport } from '../scripts/scan/report';

const text = 'Well done Millie!\nCall 07700 900123 or see #OldParkPrimary';
const at = (needle: string) => text.indexOf(needle);
const finding = (
  kind: Finding['kind'],
  needle: string,
  clauses: string[],
  reason: string,
): Finding => ({
  kind,
  start: at(needle),
  end: at(needle) + needle.length,
  text: needle,
  clauses,
  severity: kind === 'pupil-name' ? 'high' : 'medium',
  reason,
  detector: kind,
  rule: kind,
});

describe('formatReport', () => {
  it('groups findings by kind with positions, reasons and clauses, then explains the clauses', () => {
    const report = formatReport(
      'post.txt',
      text,
      [
        finding('pupil-name', 'Millie', ['5.4', '6.8'], 'Millie is on the Year 4 Oak class list'),
        finding('phone-number', '07700 900123', ['6.15'], 'A phone number'),
        finding('school-identifier', '#OldParkPrimary', ['6.1', '6.12'], "The school's hashtag"),
      ],
      seedPolicyPack,
    );
    expect(report).toBe(
      [
        'post.txt: 3 warnings',
        '',
        'Pupil name (pupil-name, high): 1',
        '  1:11  "Millie"  Millie is on the Year 4 Oak class list  [5.4, 6.8]',
        '',
        'Identifies the school (school-identifier, medium): 1',
        '  2:26  "#OldParkPrimary"  The school\'s hashtag  [6.1, 6.12]',
        '',
        'Phone number (phone-number, medium): 1',
        '  2:6  "07700 900123"  A phone number  [6.15]',
        '',
        'Policy clauses:',
        '  5.4 (Principles – be professional, responsible and respectful): You must not discuss personal information about pupils on social media.',
        '  6.1 (Personal use of social media): Do not identify yourself as working for the school in your personal webspace.',
        '  6.8 (Personal use of social media): Information you have about pupils and their families through your job stays off your personal webspace.',
        "  6.12 (Personal use of social media): The school's and the council's names, logos and brands must not be used on personal social media.",
        '  6.15 (Personal use of social media): It is not safe to reveal home addresses, telephone numbers and other personal information online.',
        '',
      ].join('\n'),
    );
  });

  it('says so when there is nothing to warn about', () => {
    expect(formatReport('post.txt', 'Hello', [], seedPolicyPack)).toBe('post.txt: no warnings.\n');
  });

  it('marks clauses that the policy in use does not have', () => {
    const report = formatReport(
      'p',
      text,
      [finding('phone-number', '07700 900123', ['9.9'], 'x')],
      seedPolicyPack,
    );
    expect(report).toContain('  9.9 (not in this policy)');
  });
});
