import { describe, expect, it } from 'vitest';
import { isOfficialSchoolEmail, SCHOOL_EMAIL_REMINDER } from './school-email';

const settings = {
  school: { emailDomains: ['oldpark.example.sch.uk', '@Telford.example.gov.uk '] },
};

describe('isOfficialSchoolEmail', () => {
  it.each([
    'd.hughes@oldpark.example.sch.uk',
    'D.Hughes@OldPark.Example.SCH.uk',
    '  office@oldpark.example.sch.uk  ',
    'head@staff.oldpark.example.sch.uk',
    'someone@telford.example.gov.uk',
  ])('flags %j', (value) => {
    expect(isOfficialSchoolEmail(value, settings)).toBe(true);
  });

  it.each([
    '',
    'dawn.hughes@gmail.com',
    'd.hughes@notoldpark.example.sch.uk',
    'd.hughes@oldpark.example.sch.uk.evil.com',
    'oldpark.example.sch.uk',
    '@oldpark.example.sch.uk',
    'a b@oldpark.example.sch.uk',
    'one@oldpark.example.sch.uk, two@gmail.com',
    'd.hughes@example.sch.uk',
  ])('does not flag %j', (value) => {
    expect(isOfficialSchoolEmail(value, settings)).toBe(false);
  });

  it('flags nothing when the school has no email domains', () => {
    expect(
      isOfficialSchoolEmail('d.hughes@oldpark.example.sch.uk', { school: { emailDomains: [] } }),
    ).toBe(false);
    expect(isOfficialSchoolEmail('x@gmail.com', { school: { emailDomains: [' '] } })).toBe(false);
  });
});

it('the reminder cites clause 6.10 only', () => {
  expect(SCHOOL_EMAIL_REMINDER.reason).toMatch(/personal social media accounts/);
});
