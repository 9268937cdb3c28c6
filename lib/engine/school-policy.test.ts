// Findings cite the school's own policy: a trust policy numbered unlike the seed's, with no
// mapping in the settings (the second built-in sample), and a policy with no clause on some
// kinds. Never a seed number the school's policy does not have, or has about something else.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../policy/parse';
import trustSample from '../sample/trust-sample-settings.json';
import { validateSettings } from '../settings';
import type { SchoolSettings } from '../settings/types';
import { createChecker } from '.';

function load(json: unknown): SchoolSettings {
  const result = validateSettings(json);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.settings;
}

const trust = load(trustSample);
const stAidans = load({
  ...trustSample,
  policy: parsePolicy(
    readFileSync(
      new URL('../../test/fixtures/policies/st-aidans-pdf.txt', import.meta.url),
      'utf8',
    ),
  ),
});
const cited = (settings: SchoolSettings, text: string) =>
  Object.fromEntries(
    createChecker(settings)
      .check(text)
      .map((f) => [f.kind, f.clauses]),
  );

describe('warnings on a school with its own policy and no mapping', () => {
  it('cite the trust policy’s clauses for each kind', () => {
    expect(
      cited(
        trust,
        'Toby was brilliant today, ring me on 07700 900123 or pop round to 14 Acacia Avenue, SR4 7AB. ' +
          'Mrs Maddox agreed. Parents, just message me on Facebook!',
      ),
    ).toEqual({
      'pupil-name': ['4.2'],
      'staff-name': ['4.12'],
      'phone-number': ['4.7'],
      'postal-address': ['4.7'],
      'parent-contact': ['4.3', '4.4'],
    });
  });

  it('says why in what the clause was found to say, not in the seed school’s words', () => {
    const [finding] = createChecker(trust).check('Call 07700 900123');
    expect(finding!.citations).toEqual([
      { id: '4.7', why: 'Keep phone numbers and other contact details off social media.' },
    ]);
    const contact = createChecker(trust)
      .check('Parents, message me on Facebook!')
      .find((f) => f.kind === 'parent-contact');
    expect(contact!.citations!.map((c) => c.why)).toEqual([
      'No contact with pupils through personal accounts.',
      'No contact with parents through personal accounts.',
    ]);
  });

  it('cites nothing when the policy has no clause on it, never a seed number', () => {
    const findings = createChecker(stAidans)
      .check('Email me at head@hillsidepark.example.org.uk')
      .filter((f) => f.kind === 'school-identifier');
    expect(findings.map((f) => [f.text, f.clauses])).toEqual([
      ['head@hillsidepark.example.org.uk', []],
    ]);
    const seedOnly = ['5.4', '6.8', '6.15', '6.10', '6.2.1', '5.5', '3.3'];
    const all = createChecker(stAidans).check(
      'Ring 07700 900123. Maryam Hussain is in my class. The head is a liar who stole the trip money.',
    );
    expect(all.length).toBeGreaterThan(1);
    for (const f of all) for (const id of f.clauses) expect(seedOnly).not.toContain(id);
  });
});
